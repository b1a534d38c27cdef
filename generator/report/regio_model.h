#ifndef MTVP_REGIO_MODEL_H_
#define MTVP_REGIO_MODEL_H_

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/report.h"

namespace mtvp {

// What the project leader follows up. Each predicate is named here once and
// every page, workbook and results file asks it.

/// A submission to chase: late, missing, expected (year ended, due date not
/// passed) or rejected. The overview's Volledigheid and the regio workbook's
/// "Op te volgen".
bool InzendingOpvolgen(InzendStatus s);
/// A submission that is overdue: missing, rejected or late (not merely
/// expected). The roll-ups' "achterstallig" and the practice's list of what
/// to fix.
bool Achterstallig(InzendStatus s);
/// A status that holds a practice back: voldoet niet or onvolledig (an
/// accepted afwijking does not). The knelpunten and the years to follow up.
bool HoudtTegen(Status s);
/// A verdict the project leader follows up: VraagtAandacht for an eis or an
/// advies (the regio workbook's Oordelen).
bool VerdictOpvolgen(const Verdict& v);

/// A rule that holds practices back: its eis-verdicts that do not pass,
/// counted once per practice over all years.
struct Knelpunt {
  std::string regel;
  Verdict voorbeeld;                                          // the first such verdict, for the rule's texts
  std::set<std::string> voldoet_niet, onvolledig, afwijking;  // AGB codes
  std::vector<size_t> tegengehouden;                          // practices (report index) held back, by AGB
};

/// One roll-up row: the practices of a wijk or cohort by overall verdict.
struct Groep {
  std::string naam;
  std::map<Status, size_t> per_oordeel;
  size_t aantal = 0;
  size_t achterstallig = 0;  // Achterstallig submissions
};

/// One thing to chase for a practice: a submission or a year's verdict.
struct Opvolgpunt {
  int jaar = 1;
  std::optional<InzendStatus> inzending;  // InzendingOpvolgen
  std::optional<Status> oordeel;          // HoudtTegen
};

/// A submission to chase: practice (report index) and programme year.
struct InzendingTeVolgen {
  size_t praktijk = 0;
  int jaar = 1;
};

/// The project leader's figures, built once after judging from the report
/// (the summary report suffices). The overview and problemen pages, the
/// regio workbook and data/resultaten.json read this and decide nothing.
/// Practices are report indices, so the model stays valid when the report
/// is moved.
struct RegioModel {
  ReportCounts counts;
  std::vector<InzendingTeVolgen> inzendingen;     // in report order, then year
  std::vector<Knelpunt> knelpunten;               // most practices held back first
  std::vector<std::vector<Opvolgpunt>> opvolgen;  // per practice (report index)
  std::vector<Groep> wijken;                      // by name; "(geen wijk opgegeven)" last, when any
  bool heeft_wijken = false;                      // a practice names a wijk
  std::vector<Groep> cohorten;                    // in regioplan order
};

RegioModel BuildRegioModel(const Report& report);

/// Sets the models a report's renderers read (Report::regio, Report::regels),
/// once, after judging.
void AddModels(Report* report);

}  // namespace mtvp

#endif  // MTVP_REGIO_MODEL_H_
