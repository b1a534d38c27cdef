#include "rules/rule_kinds.h"

#include <algorithm>

#include "rules/deelname_check.h"
#include "rules/groeimodel_check.h"
#include "rules/intervisie_check.h"
#include "rules/voorwaarde_check.h"

namespace mtvp {
namespace {

using Keys = std::span<const std::string_view>;
constexpr Keys kNone;

// Keys of the kinds, as docs/formats.md and schemas/regioplan.schema.json
// give them. The metric-based kinds share the role and waiver keys.
constexpr std::string_view kMetriekWaarde[] = {"metriek", "waarde"};
constexpr std::string_view kMetriekWaardeRol[] = {"metriek", "waarde", "rol"};
constexpr std::string_view kMetriek[] = {"metriek"};
constexpr std::string_view kOpties[] = {"opties"};
constexpr std::string_view kRolOntheffing[] = {"rol", "bij_afwezige_rol", "ontheffing"};
constexpr std::string_view kRolOntheffingPer[] = {"rol", "bij_afwezige_rol", "ontheffing", "per"};
constexpr std::string_view kAfwezigOntheffing[] = {"bij_afwezige_rol", "ontheffing"};
constexpr std::string_view kWaarde[] = {"waarde"};
constexpr std::string_view kInterventie[] = {"interventie"};
constexpr std::string_view kMinTekens[] = {"min_tekens"};
constexpr std::string_view kMinSessies[] = {"min_sessies"};
constexpr std::string_view kDuurBijeenkomst[] = {"min_duur_minuten", "bijeenkomst"};
constexpr std::string_view kMinDeelnemers[] = {"min_deelnemers"};
constexpr std::string_view kUitwisselingOpties[] = {"plangroep_telt", "kbz_vrijgesteld_cohorten"};
constexpr std::string_view kBijeenkomst[] = {"bijeenkomst"};

constexpr RuleFamily kV = RuleFamily::kVoorwaarde;
constexpr RuleFamily kG = RuleFamily::kGroeimodel;
constexpr RuleFamily kI = RuleFamily::kIntervisie;
constexpr RuleFamily kD = RuleFamily::kDeelname;

// In the order of `Soort`.
constexpr std::array<RuleKind, kSoortCount> kTable = {{
    {Soort::kMinimaal, "minimaal", kV, kMetriekWaarde, kRolOntheffingPer, CheckMinMaxVoorwaarde},
    {Soort::kMaximaal, "maximaal", kV, kMetriekWaarde, kRolOntheffing, CheckMinMaxVoorwaarde},
    {Soort::kAandeel, "aandeel", kV, kMetriekWaardeRol, kAfwezigOntheffing, CheckAandeelVoorwaarde},
    {Soort::kJaNee, "ja_nee", kV, kMetriek, kRolOntheffing, CheckJaNeeVoorwaarde},
    {Soort::kEenVan, "een_van", kV, kOpties, kRolOntheffing, CheckEenVanVoorwaarde},
    {Soort::kMinInterventies, "min_interventies", kG, kWaarde, kNone, CheckMinInterventies},
    {Soort::kMinNieuw, "min_nieuw", kG, kWaarde, kNone, CheckMinNieuw},
    {Soort::kVorigeVoortgezet, "vorige_voortgezet", kG, kNone, kNone, CheckVorigeVoortgezet},
    {Soort::kMinVoortgezet, "min_voortgezet", kG, kWaarde, kNone, CheckMinVoortgezet},
    {Soort::kMinDoorontwikkeling, "min_doorontwikkeling", kG, kWaarde, kNone, CheckMinDoorontwikkeling},
    {Soort::kNieuwOfDoorontwikkeling, "nieuw_of_doorontwikkeling", kG, kWaarde, kNone, CheckNieuwOfDoorontwikkeling},
    {Soort::kOnderbouwingBijDoorontwikkeling, "onderbouwing_bij_doorontwikkeling", kG, kNone, kMinTekens,
     CheckOnderbouwingBijDoorontwikkeling},
    {Soort::kNooitEnige, "nooit_enige", kG, kNone, kNone, CheckNooitEnige},
    {Soort::kInterventieVerplicht, "interventie_verplicht", kG, kInterventie, kNone, CheckInterventieVerplicht},
    {Soort::kPerHuisarts, "per_huisarts", kI, kMinSessies, kDuurBijeenkomst, CheckPerHuisarts},
    {Soort::kUitwisselbijeenkomsten, "uitwisselbijeenkomsten", kI, kMinDeelnemers, kUitwisselingOpties,
     CheckUitwisselbijeenkomsten},
    {Soort::kMinBijeenkomsten, "min_bijeenkomsten", kI, kWaarde, kBijeenkomst, CheckMinBijeenkomsten},
    {Soort::kElkKwartaal, "elk_kwartaal", kI, kNone, kBijeenkomst, CheckElkKwartaal},
    {Soort::kVrijeVorm, "vrije_vorm", kI, kNone, kNone, CheckVrijeVorm},
    {Soort::kKoptarief, "koptarief", kD, kWaarde, kNone, CheckDeelname},
}};

constexpr bool InEnumOrder() {
  for (size_t i = 0; i < kTable.size(); ++i) {
    // Not `check == nullptr` here: with -fsanitize (no null-pointer-check
    // deletion) GCC cannot compare a function's address in a constant
    // expression; rule_kinds_test checks every row has its check function.
    if (kTable[i].soort != static_cast<Soort>(i) || kTable[i].name.empty()) {
      return false;
    }
  }
  return true;
}
static_assert(InEnumOrder(), "kTable has one complete row per Soort, in enum order");

// No default: a Soort added after kKoptarief fails the build here (-Wswitch
// with -Werror) until kSoortCount and the table have it.
constexpr bool Counted(Soort s) {
  switch (s) {
    case Soort::kMinimaal:
    case Soort::kMaximaal:
    case Soort::kAandeel:
    case Soort::kJaNee:
    case Soort::kEenVan:
    case Soort::kMinInterventies:
    case Soort::kMinNieuw:
    case Soort::kVorigeVoortgezet:
    case Soort::kMinVoortgezet:
    case Soort::kMinDoorontwikkeling:
    case Soort::kNieuwOfDoorontwikkeling:
    case Soort::kOnderbouwingBijDoorontwikkeling:
    case Soort::kNooitEnige:
    case Soort::kInterventieVerplicht:
    case Soort::kPerHuisarts:
    case Soort::kUitwisselbijeenkomsten:
    case Soort::kMinBijeenkomsten:
    case Soort::kElkKwartaal:
    case Soort::kVrijeVorm:
    case Soort::kKoptarief: return static_cast<size_t>(s) < kSoortCount;
  }
  return false;
}
static_assert(Counted(Soort::kKoptarief));

}  // namespace

const std::array<RuleKind, kSoortCount> kRuleKinds = kTable;

const RuleKind& KindOf(Soort soort) { return kRuleKinds[static_cast<size_t>(soort)]; }

bool AllowedIn(RuleFamily family, Soort soort) {
  const RuleFamily own = KindOf(soort).family;
  return own == family || (family == RuleFamily::kGroeimodel && own == RuleFamily::kVoorwaarde);
}

bool UsesKey(const RuleKind& kind, std::string_view key) {
  return std::find(kind.required.begin(), kind.required.end(), key) != kind.required.end() ||
         std::find(kind.optional.begin(), kind.optional.end(), key) != kind.optional.end();
}

void CheckRegel(const Regel& regel, const CheckContext& ctx, Verdict* v) { KindOf(regel.soort).check(regel, ctx, v); }

bool IsVoorwaardeSoort(Soort s) { return KindOf(s).family == RuleFamily::kVoorwaarde; }
bool IsGroeimodelSoort(Soort s) { return KindOf(s).family == RuleFamily::kGroeimodel; }
bool IsIntervisieSoort(Soort s) { return KindOf(s).family == RuleFamily::kIntervisie; }
bool IsDeelnameSoort(Soort s) { return KindOf(s).family == RuleFamily::kDeelname; }

}  // namespace mtvp
