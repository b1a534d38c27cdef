#ifndef MTVP_REGIOPLAN_H_
#define MTVP_REGIOPLAN_H_

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/dates.h"

namespace mtvp {

/// Severity of a rule: an `eis` fails the practice, an `advies` warns, `info`
/// only shows.
enum class Ernst { kEis, kAdvies, kInfo };
/// Whether a rule is literal source text or our interpretation (aanname).
enum class Zekerheid { kLetterlijk, kAanname };
/// Which practices a rule applies to.
enum class GeldtVoor { kAlle, kKbz, kNietKbz };

/// The outcome of one rule for one practice and programme year. kUitgetreden
/// is only an overall verdict: the practice withdrew before completing jaar 3
/// (Utrecht §2.2: committed "voor de volle drie jaar").
///
/// kOnbeslist is where a verdict starts: a check that forgets to decide leaves
/// it there, and it is the worst status, never a passing one. It never reaches
/// output (tests/unit/rule_kinds_test.cc proves that on every rule case and
/// sample).
enum class Status {
  kVoldoet,
  kVoldoetNiet,
  kAfwijkingGeaccepteerd,
  kOnvolledig,
  kNietVanToepassing,
  kUitgetreden,
  kOnbeslist,  // stays last: kStatusCount counts up to here
};
inline constexpr size_t kStatusCount = static_cast<size_t>(Status::kOnbeslist) + 1;

/// Every kind of check a regioplan can ask for. The first group judges figures
/// (voorwaarden), the second the choice of interventions over the years
/// (groeimodel), the third intervisie attendance, the fourth the registry's
/// facts (deelname: koptarief). Each has its row in the
/// table of rule kinds (rule_kinds.h): name, family, keys and check.
enum class Soort {
  kMinimaal,
  kMaximaal,
  kAandeel,
  kJaNee,
  kEenVan,
  kMinInterventies,
  kMinNieuw,
  kVorigeVoortgezet,
  kMinVoortgezet,
  kMinDoorontwikkeling,
  kNieuwOfDoorontwikkeling,
  kOnderbouwingBijDoorontwikkeling,
  kNooitEnige,
  kInterventieVerplicht,
  kPerHuisarts,
  kUitwisselbijeenkomsten,
  kMinBijeenkomsten,
  kElkKwartaal,  // at least one meeting in every quarter of the programme year
  kVrijeVorm,
  kKoptarief,  // registry facts: koptarief only with KBZ and achterstand >= waarde %
               // stays last: kSoortCount counts up to here
};
/// How many kinds there are; rule_kinds.h has a row for each.
inline constexpr size_t kSoortCount = static_cast<size_t>(Soort::kKoptarief) + 1;

/// The family of a kind (rule_kinds.h): metric-based kinds that may appear
/// as voorwaarde, choice-of-interventions kinds, intervisie kinds.
bool IsVoorwaardeSoort(Soort soort);
bool IsGroeimodelSoort(Soort soort);
bool IsIntervisieSoort(Soort soort);
/// True for the kinds judged on the registry's facts (`deelname`).
bool IsDeelnameSoort(Soort soort);

/// A voorwaarde is waived ("niet van toepassing") when the submission sets
/// this yes/no metric to true.
struct Ontheffing {
  std::string metriek;
  std::string omschrijving;
};

/// One rule of any family. Which fields matter depends on `soort`; the loader
/// checks that the ones a kind needs are present.
struct Regel {
  std::string id;
  std::string omschrijving;
  std::string bron;
  Ernst ernst = Ernst::kEis;
  Zekerheid zekerheid = Zekerheid::kLetterlijk;
  GeldtVoor geldt_voor = GeldtVoor::kAlle;
  Soort soort = Soort::kMinimaal;
  /// Programme years in which the rule applies (voorwaarden); empty = every year.
  std::vector<int> jaren;

  // Voorwaarde kinds.
  std::string metriek;
  double waarde = 0;
  bool per_normpraktijk = false;
  /// `per` naming a metric: the requirement is `waarde` × that figure of the
  /// submission (Utrecht GG: one scholing per new staff member).
  std::string per_metriek;
  std::string rol;  // "alle" for all staff
  Status bij_afwezige_rol = Status::kNietVanToepassing;
  std::optional<Ontheffing> ontheffing;
  std::vector<Regel> opties;  // een_van

  // Groeimodel kinds.
  std::string interventie;  // interventie_verplicht
  int min_tekens = 1;       // onderbouwing_bij_doorontwikkeling

  // Intervisie kinds.
  int min_sessies = 0;
  int min_duur_minuten = 0;
  std::string bijeenkomst;
  int min_deelnemers = 1;
  bool plangroep_telt = false;
  std::vector<std::string> kbz_vrijgesteld_cohorten;
};

struct Kernelement {
  std::string id;
  std::string naam;
  std::string bron;
  /// Minimum number of kiesbare interventions the RHO must offer (GM-15: the
  /// anders-werken menu has at least three); 0 when not required.
  int min_menu = 0;
  std::map<int, std::vector<Regel>> groeimodel;  // programme year -> rules
};

enum class MetriekType { kGeheelGetal, kGetal, kJaNee };

/// A figure submissions may report, declared by the regioplan.
struct Metriek {
  std::string id;
  std::string label;
  std::string eenheid;
  MetriekType type = MetriekType::kGeheelGetal;
};

/// A sub-region exclusion ("dubbelloop in financiering").
struct Uitsluiting {
  std::vector<std::string> subregios;
  std::string kenmerk;  // only when the practice's kenmerk is true; "" = always
  std::string reden;
  std::string bron;
};

/// One item of the intervention menu.
struct Interventie {
  std::string id;
  std::string naam;
  std::string kernelement;
  std::string bron;
  std::string ondersteuning;
  bool kiesbaar = true;
  std::string reden;
  std::string alias_van;
  /// A follow-up: choosing this intervention develops that one further
  /// (HOOG's Verrijkingsworkshop after the basis training); "" when none.
  std::string doorontwikkeling_van;
  std::vector<int> jaren;  // empty = every year
  std::vector<Uitsluiting> uitgesloten;
  std::vector<Regel> voorwaarden;
};

struct Cohort {
  std::string id;
  std::string naam;
  Date start;
  std::vector<Date> uitwisselbijeenkomsten;
};

struct Rol {
  std::string id;
  std::string label;
};

/// Whom practices write to about the programme: where a submission is sent,
/// where questions and objections to a verdict go (`contact` in regioplan.json).
struct Contact {
  std::string naam;         // e.g. "Projectbureau MTVP"
  std::string organisatie;  // optional, e.g. "Sterkzorg / HUS"
  std::string email;
  std::string telefoon;  // optional
  std::string bezwaar;   // optional: how to object to a verdict, in plain Dutch
};

/// A source document the rules cite (`bronnen` in regioplan.json). A rule's
/// `bron` starts with the id ("S004 §6.1 L137"); practices see the title.
struct Bron {
  std::string id;           // as cited in `bron`, e.g. "S004"
  std::string titel;        // e.g. "Regioplan jaar 3 Utrecht stad"
  std::string organisatie;  // e.g. "Sterkzorg / HUS"
  std::string datum;        // optional: date or year as printed in the document
  std::string versie;       // optional: version as printed (one of datum/versie)
  std::string link;         // optional: where a practice can read it
};

/// A region's rules as data: what `regioplan.json` holds.
struct Regioplan {
  std::string regio;
  std::string rho;
  std::string programma = "MTVP";
  Date peildatum;
  int inzendtermijn_dagen = 0;
  double normpraktijk_patienten = 0;
  std::vector<std::string> subregios;
  std::vector<std::string> wijken;
  std::vector<Rol> rollen;
  std::vector<Cohort> cohorten;
  std::vector<Kernelement> kernelementen;
  std::vector<Metriek> metrieken;
  std::vector<Interventie> interventies;
  std::map<int, std::vector<Regel>> intervisie;
  /// Rules on the registry's facts per programme year (Utrecht koptarief).
  std::map<int, std::vector<Regel>> deelname;
  std::string toelichting;
  std::optional<Contact> contact;
  std::vector<Bron> bronnen;

  const Bron* FindBron(std::string_view id) const;

  const Kernelement* FindKernelement(const std::string& id) const;
  const Metriek* FindMetriek(const std::string& id) const;
  const Interventie* FindInterventie(const std::string& id) const;
  const Cohort* FindCohort(const std::string& id) const;
  const Rol* FindRol(const std::string& id) const;
  /// The intervention an id counts as: the alias target, or itself.
  const Interventie* Canonical(const std::string& id) const;
  /// The Dutch label of a role ("doktersassistent"), or the id.
  std::string RolLabel(const std::string& id) const;
};

inline constexpr int kProgrammajaren = 3;

}  // namespace mtvp

#endif  // MTVP_REGIOPLAN_H_
