#ifndef MTVP_REPORT_H_
#define MTVP_REPORT_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/dates.h"
#include "base/diagnostics.h"
#include "model/regioplan.h"
#include "model/registry.h"
#include "model/submission.h"

namespace mtvp {

struct RegioModel;
class RegelIndex;

/// Which part of the regioplan a verdict belongs to; kDeelname: a rule on the
/// registry's facts (`deelname`, e.g. Utrecht's koptarief).
enum class Onderdeel { kGroeimodel, kVoorwaarde, kMenu, kIntervisie, kDeelname };

/// Where a programme year's submission stands at the peildatum.
enum class InzendStatus {
  kCompleet,             // received by the due date
  kTeLaat,               // received after the due date
  kOntbreekt,            // not received, due date passed
  kVerwacht,             // year ended, due date not yet passed
  kNogNietVerschuldigd,  // year not ended
  kUitgetreden,          // practice withdrew before the year started
  kOngeldig,             // received but rejected by the loader
};

std::string_view Name(Onderdeel o);
std::string_view Name(InzendStatus s);

/// An accepted deviation as applied to one verdict; `geldig` is false when it
/// expired before the peildatum and so no longer changes the status.
struct AfwijkingToepassing {
  bool geldig = true;
  std::string reden;
  std::string goedgekeurd_door;
  Date geldig_tot;
  std::string bron;
};

/// The outcome of one rule for one practice and year, with everything needed
/// to explain it: the rule and its source, actual against required, the
/// shortfall and where in the submission the figure came from.
struct Verdict {
  std::string regel;  // full rule id, see docs/formats.md
  Onderdeel onderdeel = Onderdeel::kVoorwaarde;
  std::string kernelement;  // "" for intervisie
  std::string interventie;  // for voorwaarden and menu findings
  std::string omschrijving;
  std::string bron;
  Ernst ernst = Ernst::kEis;
  Zekerheid zekerheid = Zekerheid::kLetterlijk;
  Status status = Status::kOnbeslist;  // the check sets it
  std::string werkelijk;               // display texts, Dutch ("19", "ja", "1 van 2")
  std::string vereist;
  std::string tekort;  // "" when there is none
  std::optional<double> werkelijk_getal;
  std::optional<double> vereist_getal;
  std::optional<double> tekort_getal;
  std::string herkomst;  // "inzendingen/<agb>/jaar-2.json#/waarden/x"
  std::string uitleg;    // one or two Dutch sentences
  std::optional<AfwijkingToepassing> afwijking;
};

/// An intervention as the practice listed it, with how it was counted.
struct InterventieKeuze {
  std::string id;
  std::string naam;
  std::string kernelement;
  InterventieStatus status = InterventieStatus::kNieuw;
  std::optional<int> sinds_jaar;
  std::string onderbouwing;
  std::string telt_als;  // canonical id when this is an alias
  bool telt = true;      // false when not kiesbaar, excluded, or stopped
};

struct KernelementOordeel {
  std::string kernelement;
  Status status = Status::kNietVanToepassing;
};

/// What a programme year's full result and its summary share.
struct JaarKern {
  int jaar = 1;
  Periode periode;
  Date uiterste_datum;  // due date of the submission
  InzendStatus inzending = InzendStatus::kNogNietVerschuldigd;
  /// The valid submission, when there is one; shared with the loaded input
  /// (no copy).
  std::shared_ptr<const Inzending> gegevens;
  std::string bestand;  // submission file, also when invalid
  /// Combined verdict; only meaningful when `gegevens` is set.
  Status oordeel = Status::kNietVanToepassing;
  std::vector<KernelementOordeel> per_kernelement;  // in regioplan order
  Status intervisie = Status::kNietVanToepassing;
  std::vector<InterventieKeuze> interventies;

  bool Beoordeeld() const { return gegevens != nullptr; }
};

/// One programme year of one practice with every verdict: what the
/// practice's own page, workbook, results and explanation read.
struct JaarResultaat : JaarKern {
  std::vector<Verdict> verdicts;
};

/// One programme year as the region's summary holds it: only the verdicts
/// to follow up (VraagtAandacht), some 2% of them.
struct JaarSamenvatting : JaarKern {
  std::vector<Verdict> aandacht;
};

/// What a practice's full result and its summary share.
struct PraktijkKern {
  Praktijk praktijk;
  /// The programme year running at the peildatum (4 when all three ended).
  int lopend_jaar = 1;
  /// Worst of the evaluated years, and onvolledig when a due submission is
  /// missing or invalid.
  Status oordeel = Status::kNietVanToepassing;
  bool uitgetreden = false;
};

/// Everything known about one registered practice, with every verdict.
/// Judged one practice at a time (RegionEvaluator) and rendered for that
/// practice only; a region never holds all of these at once in a build.
struct PraktijkResultaat : PraktijkKern {
  std::vector<JaarResultaat> jaren;  // programme years 1..3
};

/// One practice as the region's report holds it: everything but the
/// verdicts that need no follow-up. What region-wide outputs read.
struct PraktijkSamenvatting : PraktijkKern {
  std::vector<JaarSamenvatting> jaren;  // programme years 1..3
};

/// The summary of a judged practice: every verdict that does not need
/// following up (VraagtAandacht) left out.
PraktijkSamenvatting Samenvatting(PraktijkResultaat praktijk);

/// The evaluated region: the plan, every practice's summary, and every
/// input problem. Region-wide renderers read only this; a practice's own
/// outputs also read its PraktijkResultaat.
struct Report {
  std::shared_ptr<const Regioplan> plan;
  Date peildatum;
  std::vector<PraktijkSamenvatting> praktijken;  // sorted by AGB
  std::vector<Diagnostic> problemen;
  /// Built once after judging (AddModels in regio_model.h): the project
  /// leader's figures, and the plan's rules by full id.
  std::shared_ptr<const RegioModel> regio;
  std::shared_ptr<const RegelIndex> regels;
};

/// A region judged with every verdict: the summary report and every
/// practice in full, in the same order. For tests, the fuzz targets and the
/// intake preview; a build never holds every verdict at once.
struct Beoordeling {
  Report report;
  std::vector<PraktijkResultaat> praktijken;  // report.praktijken in full
};

/// Headline figures of a report, for summaries on screen and on pages.
struct ReportCounts {
  size_t praktijken = 0;
  size_t uitgetreden = 0;
  std::map<Status, size_t> per_oordeel;          // practices by overall verdict
  std::map<InzendStatus, size_t> per_inzending;  // programme years by submission status
  size_t fouten = 0;
  size_t waarschuwingen = 0;
};

ReportCounts Count(const Report& report);

/// A verdict the project leader follows up: voldoet niet, onvolledig or
/// afwijking geaccepteerd. About 2% of verdicts in a typical region; what
/// a summary keeps (JaarSamenvatting::aandacht).
bool VraagtAandacht(Status s);

/// Combines statuses for a group of verdicts: any voldoet niet wins, then
/// onvolledig, then afwijking geaccepteerd, then voldoet.
Status Combine(Status a, Status b);

}  // namespace mtvp

#endif  // MTVP_REPORT_H_
