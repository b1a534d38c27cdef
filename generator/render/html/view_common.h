#ifndef MTVP_HTML_VIEW_COMMON_H_
#define MTVP_HTML_VIEW_COMMON_H_

#include <optional>
#include <string>
#include <vector>

#include "model/report.h"
#include "model/vocabulary.h"
#include "render/html/templates.h"
#include "report/praktijk_model.h"

namespace mtvp::html {

/// Helpers shared by the page views: how statuses, years and names look on
/// every page, so the overview, the practice page and the insurer report
/// agree.

/// A status badge: {klasse, label, naam, teken, rang}. `teken` is a symbol shown
/// next to the text (never instead of it); `rang` sorts worst first.
Data StatusView(Status s);
/// StatusView as a shared, read-only view (Data::Ref), for the many badges
/// of a page.
Data StatusRef(Status s);
/// StatusView for a practice's overall verdict: "niet van toepassing" reads
/// "nog niet beoordeeld" there (no programme year has ended yet).
Data OordeelView(Status s);
/// OordeelView as a shared, read-only view (Data::Ref).
Data OordeelRef(Status s);
/// The same for a submission status.
Data InzendView(InzendStatus s);
/// CSS class suffix of a status ("voldoet-niet").
std::string StatusKlasse(Status s);

/// A table cell for templates/statuscel.mustache and statuskort.mustache:
/// {heeft_status, status, rang}; no status reads "nog niet beoordeeld".
/// A shared, read-only view (Data::Ref).
Data StatusCelView(const std::optional<Status>& s);

/// A list value for Mustache, built from a vector of views.
Data ListOf(std::vector<Data> items);

/// The head of every page: regio, rho, programma, peildatum, titel.
Data PageView(const Report& report, const std::string& titel);

std::string KernelementNaam(const Regioplan& plan, const std::string& id);
std::string CohortNaam(const Regioplan& plan, const std::string& id);
std::string InterventieNaam(const Regioplan& plan, const std::string& id);

/// "jaar 2" for a running programme year, "afgerond" when all three ended.
std::string ProgrammajaarTekst(int lopend_jaar);
/// "1 april 2023 t/m 31 maart 2024".
std::string PeriodeTekst(const Periode& p);
/// "apr 2023 – mrt 2024", for narrow table columns.
std::string KortePeriode(const Periode& p);

/// Sort key that keeps numbers in order as text ("003").
std::string SortKey(int n);

}  // namespace mtvp::html

#endif  // MTVP_HTML_VIEW_COMMON_H_
