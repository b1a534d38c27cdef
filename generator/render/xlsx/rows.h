#ifndef MTVP_XLSX_ROWS_H_
#define MTVP_XLSX_ROWS_H_

#include <map>
#include <string>
#include <vector>

#include "model/report.h"
#include "model/rule_ids.h"
#include "render/xlsx/xlsx_workbook.h"

namespace mtvp::xlsx {

/// Table parts shared by the project leader's and the practice's workbooks,
/// so a verdict reads the same in both.

std::string KernelementNaam(const Regioplan& plan, const std::string& id);
std::string InterventieNaam(const Regioplan& plan, const std::string& id);

/// Programme-year columns: period, due date, submission, status per
/// kernelement, intervisie and the year's verdict, then the file and the
/// practice's own toelichting.
std::vector<Kolom> JaarKolommen(const Regioplan& plan);
void JaarCellen(Tabel* t, const Regioplan& plan, const JaarSamenvatting& jr);

/// Verdict columns: rule, what it judges, status, actual/required/shortfall
/// as numbers where the model has them (and as the Dutch text), source,
/// origin, explanation, deviation.
std::vector<Kolom> VerdictKolommen();
void VerdictCellen(Tabel* t, const Regioplan& plan, const RegelIndex& index, const Verdict& v);

/// Intervention columns: what the practice listed and how it was counted.
std::vector<Kolom> InterventieKolommen();
void InterventieCellen(Tabel* t, const Regioplan& plan, const InterventieKeuze& k);

/// Appends `b` to `a`.
std::vector<Kolom> Plus(std::vector<Kolom> a, const std::vector<Kolom>& b);

}  // namespace mtvp::xlsx

#endif  // MTVP_XLSX_ROWS_H_
