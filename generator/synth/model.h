#ifndef MTVP_SYNTH_MODEL_H_
#define MTVP_SYNTH_MODEL_H_

// Internal types of the synthetic-region generator, shared by plan_info.cc,
// praktijk_synth.cc and synth.cc. Not part of the core's interface.

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/dates.h"
#include "model/regioplan.h"

namespace mtvp::synth {

using OJson = nlohmann::ordered_json;

/// What a practice's scenario aims for. Every scenario has a name in the
/// manifest ("groeimodel-min_nieuw", "voorwaarde-aandeel-net-onder", ...).
enum class Doelsoort {
  kVoldoet,
  kTeLaat,
  kOntbreekt,
  kUitgetreden,
  kOngeldigJson,
  kOngeldigType,
  kOngeldigInterventie,
  kOngeldigPeriode,
  kGroeimodel,               // fail a choice rule of the groeimodel
  kMinimaalNetOnder,         // one below a minimum
  kMinimaalOpDrempel,        // exactly at the minimum: passes
  kPerNormpraktijkNetOnder,  // 19 where 1.6 x 12 = 19.2 is required
  kPerNormpraktijkNetBoven,  // 20 where 19.2 is required: passes
  kMaximaalNetBoven,         // one above a maximum
  kAandeelNetOnder,          // one person short of a share
  kJaNeeNee,                 // the attestation is false
  kEenVanGeenOptie,          // none of the options holds
  kAfwezigeRol,              // the role a rule needs is absent
  kOntbrekendeWaarde,        // the figure is not reported: onvolledig
  kOntheffing,               // the waiver metric is set: niet van toepassing
  kIntervisie,               // fail an intervisie rule
  kMenuNietKiesbaar,
  kMenuUitgesloten,
  kMenuBuitenJaren,
  kAfwijkingGeldig,    // a failure with a valid accepted deviation
  kAfwijkingVerlopen,  // ... with an expired one
};

/// One place in the plan a scenario can aim at: a programme year and, for
/// rule scenarios, the rule.
struct Site {
  int jaar = 0;
  const Regel* regel = nullptr;
  std::string regel_id;             // full rule id
  const Kernelement* ke = nullptr;  // groeimodel rules
  const Interventie* iv = nullptr;  // owner of a voorwaarde, or the menu item
  const Uitsluiting* uitsluiting = nullptr;
  /// The rule's metric is read by no other rule of the plan, so a value
  /// chosen to fail it fails nothing else.
  bool schoon = false;
};

struct Scenario {
  std::string naam;
  Doelsoort soort = Doelsoort::kVoldoet;
  std::vector<Site> sites;  // empty for voldoet
  int gewicht = 0;          // per mille of the randomly assigned practices
};

/// Where a cohort's programme year stands at the peildatum.
struct JaarKalender {
  Periode periode;
  Date uiterste_datum;
  bool afgelopen = false;           // the year ended before the peildatum
  bool termijn_verstreken = false;  // the due date passed before the peildatum
};

/// What the generator needs to know about a regioplan, worked out once.
struct PlanInfo {
  const Regioplan* plan = nullptr;
  std::vector<Scenario> scenarios;             // scenarios[0] is voldoet
  std::vector<std::string> kenmerken;          // kenmerk names used by uitgesloten, sorted
  std::set<std::string> verplichte_rollen;     // a rule fails without them
  std::map<std::string, int> metriek_gebruik;  // rules reading each metric
  std::set<std::string> ontheffing_metrieken;
  std::set<std::string> regel_bijeenkomsten;                                  // session kinds that rules count
  size_t min_tekens = 1;                                                      // longest onderbouwing any rule asks for
  std::map<std::string, std::array<JaarKalender, kProgrammajaren>> kalender;  // per cohort
  std::map<std::string, std::vector<const Interventie*>> aliassen;            // canonical -> aliases

  const JaarKalender& Jaar(const Cohort& c, int jaar) const { return kalender.at(c.id)[jaar - 1]; }
};

PlanInfo AnalysePlan(const Regioplan& plan);

/// True when a practice of cohort `c` can reach site `s` of scenario `sc` at
/// the peildatum (the year has ended, the due date has passed, ...).
bool Mogelijk(const PlanInfo& info, const Scenario& sc, const Site& s, const Cohort& c);

/// True when rule `g` is judged for a practice with this kbz status.
bool Geldt(const Regel& g, bool kbz);
/// True when rule `g` applies in programme year `jaar` (a voorwaarde's `jaren`).
bool GeldtInJaar(const Regel& g, int jaar);

/// A registered practice as the generator designs it, with its scenario.
struct PraktijkSpec {
  int index = 0;
  std::string agb;
  std::string naam;
  std::string wijk;
  std::string subregio;
  const Cohort* cohort = nullptr;
  int normpraktijken_tienden = 10;
  bool kbz = false;
  int achterstand_pct = 0;
  std::string plangroep;
  bool vertegenwoordiger = false;       // attends for the whole plangroep
  bool vertrouwt_op_plangroep = false;  // reports no attendance of its own
  std::optional<Date> uitgetreden_op;
  std::map<std::string, bool> kenmerken;
  const Scenario* scenario = nullptr;
  Site site;  // the scenario's target
};

/// How a programme year of one practice turns out.
enum class Toestand { kNietVerschuldigd, kUitgetreden, kOntbreekt, kVerwacht, kIngediend };

struct JaarOpzet {
  Toestand toestand = Toestand::kNietVerschuldigd;
  Date ingediend_op;
  bool te_laat = false;
  bool ongeldig = false;  // written but deliberately invalid
};

/// What one practice contributes to the region.
struct PraktijkUitvoer {
  std::vector<std::pair<std::string, std::string>> bestanden;  // submissions
  OJson praktijk;                                              // its praktijken.json entry
  std::vector<OJson> afwijkingen;
  std::vector<OJson> ongeldig;      // manifest entries of invalid files
  OJson verwachting;                // manifest entry
  std::vector<std::string> doelen;  // scenario and tags reached
};

}  // namespace mtvp::synth

#endif  // MTVP_SYNTH_MODEL_H_
