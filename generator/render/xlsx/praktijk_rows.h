#ifndef MTVP_XLSX_PRAKTIJK_ROWS_H_
#define MTVP_XLSX_PRAKTIJK_ROWS_H_

#include <functional>
#include <string>
#include <vector>

#include "model/report.h"
#include "render/xlsx/xlsx_workbook.h"

namespace mtvp::xlsx {

/// The rows of the practice's own workbook, in the words of its page: no
/// rule ids, internal citations, JSON pointers, file paths, "aanname" or
/// severity tags (those stay in the project leader's regio workbook, whose
/// rows are in rows.h). `verberg` hides other practices' names and codes
/// in texts, as on the page.
using Verberg = std::function<std::string(const std::string&)>;

/// Programme years: period, due date, submission, verdict per kernelement,
/// intervisie and the year, the practice's own toelichting (no file name).
std::vector<Kolom> PraktijkJaarKolommen(const Regioplan& plan);
void PraktijkJaarCellen(Tabel* t, const Regioplan& plan, const JaarResultaat& jr, const Verberg& verberg);

/// Verdicts: programme year, part, kernelement, intervention, what is asked,
/// advies/info note, verdict, "Uw inzending", "Gevraagd", "Tekort", the
/// explanation and the source as the practice knows it (BronVoorPraktijk).
std::vector<Kolom> PraktijkVerdictKolommen();
void PraktijkVerdictCellen(Tabel* t, const Regioplan& plan, int jaar, const Verdict& v, const Verberg& verberg);

/// Interventions by name (never by id), and how they were counted.
std::vector<Kolom> PraktijkInterventieKolommen();
void PraktijkInterventieCellen(Tabel* t, const Regioplan& plan, int jaar, const InterventieKeuze& k,
                               const Verberg& verberg);

}  // namespace mtvp::xlsx

#endif  // MTVP_XLSX_PRAKTIJK_ROWS_H_
