// Whole-plan checks of a regioplan that the field-by-field loader cannot do:
// unique ids, references that must resolve, and rule kinds that must fit the
// metric they read.
#include <algorithm>
#include <set>

#include "load/regioplan_loader.h"
#include "model/vocabulary.h"
#include "rules/rule_kinds.h"

namespace mtvp {
namespace {

// Ids of kernelementen and interventies become part of full rule ids, which
// are joined with dots, so those may not contain a dot themselves.
bool IsValidId(const std::string& id, bool allow_dot) {
  return !id.empty() && id.size() <= 100 && std::all_of(id.begin(), id.end(), [&](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           (allow_dot && c == '.');
  });
}

template <typename T>
std::vector<std::string> Ids(const std::vector<T>& items) {
  std::vector<std::string> ids;
  for (const T& t : items) ids.push_back(t.id);
  return ids;
}

class Validator {
 public:
  Validator(const Regioplan& plan, const std::string& file, Diagnostics* diags)
      : plan_(plan), file_(file), diags_(diags) {}

  void Run() {
    CheckIds(plan_.rollen, "/rollen", "rol");
    CheckIds(plan_.cohorten, "/cohorten", "cohort");
    CheckIds(plan_.kernelementen, "/kernelementen", "kernelement", /*allow_dot=*/false);
    CheckIds(plan_.metrieken, "/metrieken", "metriek");
    CheckIds(plan_.interventies, "/interventies", "interventie", /*allow_dot=*/false);
    CheckCohorten();
    CheckKernelementen();
    CheckInterventies();
    for (const auto& [jaar, regels] : plan_.intervisie) {
      const std::string at = PointerJoin("/intervisie", std::to_string(jaar));
      CheckIds(regels, at, "intervisieregel");
      for (size_t i = 0; i < regels.size(); ++i) CheckRegel(regels[i], PointerJoin(at, i));
    }
    for (const auto& [jaar, regels] : plan_.deelname) {
      const std::string at = PointerJoin("/deelname", std::to_string(jaar));
      CheckIds(regels, at, "deelnameregel");
      for (size_t i = 0; i < regels.size(); ++i) CheckRegel(regels[i], PointerJoin(at, i));
    }
  }

 private:
  void Error(const std::string& at, std::string msg) { diags_->Error(file_, at, std::move(msg)); }
  void Warning(const std::string& at, std::string msg) { diags_->Warning(file_, at, std::move(msg)); }

  template <typename T>
  void CheckIds(const std::vector<T>& items, const std::string& at, std::string_view what, bool allow_dot = true) {
    std::set<std::string> seen;
    for (size_t i = 0; i < items.size(); ++i) {
      const std::string iat = PointerJoin(PointerJoin(at, i), "id");
      if (!IsValidId(items[i].id, allow_dot)) {
        Error(iat, "ongeldige id \"" + items[i].id + "\"; gebruik letters, cijfers, '-', '_'" +
                       (allow_dot ? " of '.'" : "") + " (hoogstens 100 tekens)");
      } else if (!seen.insert(items[i].id).second) {
        Error(iat, "dubbele " + std::string(what) + "-id \"" + items[i].id + "\"");
      }
    }
  }

  void CheckCohorten() {
    for (size_t i = 0; i < plan_.cohorten.size(); ++i) {
      const Cohort& c = plan_.cohorten[i];
      if (!std::is_sorted(c.uitwisselbijeenkomsten.begin(), c.uitwisselbijeenkomsten.end())) {
        Error(PointerJoin(PointerJoin("/cohorten", i), "uitwisselbijeenkomsten"),
              "de data van de uitwisselbijeenkomsten staan niet op volgorde");
      }
    }
  }

  void CheckKernelementen() {
    for (size_t k = 0; k < plan_.kernelementen.size(); ++k) {
      const Kernelement& ke = plan_.kernelementen[k];
      const std::string at = PointerJoin("/kernelementen", k);
      for (const auto& [jaar, regels] : ke.groeimodel) {
        const std::string jat = PointerJoin(PointerJoin(at, "groeimodel"), std::to_string(jaar));
        CheckIds(regels, jat, "groeimodelregel");
        for (size_t i = 0; i < regels.size(); ++i) CheckRegel(regels[i], PointerJoin(jat, i));
      }
      if (ke.min_menu > 0) {
        const auto kiesbaar = std::count_if(
            plan_.interventies.begin(), plan_.interventies.end(),
            [&](const Interventie& iv) { return iv.kernelement == ke.id && iv.kiesbaar && iv.alias_van.empty(); });
        if (kiesbaar < ke.min_menu) {
          Error(PointerJoin(at, "min_menu"),
                "het menu voor \"" + ke.naam + "\" heeft " + std::to_string(kiesbaar) +
                    " kiesbare interventie(s); de praktijk moet kunnen kiezen uit minimaal " +
                    std::to_string(ke.min_menu) + " (landelijk groeimodel)");
        }
      }
    }
  }

  void CheckInterventies() {
    const std::vector<std::string> kernelement_ids = Ids(plan_.kernelementen);
    const std::vector<std::string> interventie_ids = Ids(plan_.interventies);
    for (size_t i = 0; i < plan_.interventies.size(); ++i) {
      const Interventie& iv = plan_.interventies[i];
      const std::string at = PointerJoin("/interventies", i);
      if (!plan_.FindKernelement(iv.kernelement)) {
        Error(PointerJoin(at, "kernelement"),
              UnknownWithSuggestion("onbekend kernelement", iv.kernelement, kernelement_ids));
      }
      if (!iv.kiesbaar && iv.reden.empty()) {
        Error(PointerJoin(at, "reden"), "een niet-kiesbare interventie moet een reden hebben");
      }
      if (!iv.alias_van.empty()) CheckAlias(iv, at, interventie_ids);
      if (!iv.doorontwikkeling_van.empty()) {
        const Interventie* basis = plan_.Canonical(iv.doorontwikkeling_van);
        if (!basis) {
          Error(PointerJoin(at, "doorontwikkeling_van"),
                UnknownWithSuggestion("onbekende interventie", iv.doorontwikkeling_van, interventie_ids));
        } else if (basis == plan_.Canonical(iv.id)) {
          Error(PointerJoin(at, "doorontwikkeling_van"),
                "een interventie kan geen doorontwikkeling van zichzelf (of van haar alias) zijn");
        }
      }
      for (size_t u = 0; u < iv.uitgesloten.size(); ++u) {
        for (const std::string& s : iv.uitgesloten[u].subregios) {
          if (std::find(plan_.subregios.begin(), plan_.subregios.end(), s) == plan_.subregios.end()) {
            Error(PointerJoin(PointerJoin(PointerJoin(at, "uitgesloten"), u), "subregios"),
                  UnknownWithSuggestion("onbekende subregio", s, plan_.subregios));
          }
        }
      }
      const std::string vat = PointerJoin(at, "voorwaarden");
      CheckIds(iv.voorwaarden, vat, "voorwaarde");
      for (size_t v = 0; v < iv.voorwaarden.size(); ++v) {
        CheckRegel(iv.voorwaarden[v], PointerJoin(vat, v));
      }
    }
  }

  void CheckAlias(const Interventie& iv, const std::string& at, const std::vector<std::string>& interventie_ids) {
    const Interventie* target = plan_.FindInterventie(iv.alias_van);
    if (!target) {
      Error(PointerJoin(at, "alias_van"),
            UnknownWithSuggestion("onbekende interventie", iv.alias_van, interventie_ids));
    } else if (target == &iv || !target->alias_van.empty()) {
      Error(PointerJoin(at, "alias_van"), "een alias moet verwijzen naar een interventie die zelf geen alias is");
    } else if (target->kernelement != iv.kernelement) {
      Error(PointerJoin(at, "kernelement"),
            "een alias hoort bij hetzelfde kernelement als \"" + target->id + "\" (" + target->kernelement + ")");
    }
    if (!iv.voorwaarden.empty()) {
      Error(PointerJoin(at, "voorwaarden"),
            "een alias heeft geen eigen voorwaarden; die van \"" + iv.alias_van + "\" gelden");
    }
  }

  // The references a rule makes, by the keys its kind uses (rule_kinds.cc),
  // then what a kind needs of the rest of the plan.
  void CheckRegel(const Regel& g, const std::string& at) {
    const RuleKind& kind = KindOf(g.soort);
    if (UsesKey(kind, "metriek")) CheckMetriek(g, at);
    if (UsesKey(kind, "per") && !g.per_metriek.empty()) CheckPerMetriek(g, at);
    if (g.ontheffing) CheckOntheffing(*g.ontheffing, PointerJoin(at, "ontheffing"));
    if (!g.rol.empty() && g.rol != "alle" && !plan_.FindRol(g.rol)) {
      Error(PointerJoin(at, "rol"), UnknownWithSuggestion("onbekende rol", g.rol, Ids(plan_.rollen)));
    }
    if (UsesKey(kind, "interventie") && !plan_.FindInterventie(g.interventie)) {
      Error(PointerJoin(at, "interventie"),
            UnknownWithSuggestion("onbekende interventie", g.interventie, Ids(plan_.interventies)));
    }
    for (const std::string& c : g.kbz_vrijgesteld_cohorten) {
      if (!plan_.FindCohort(c)) {
        Error(PointerJoin(at, "kbz_vrijgesteld_cohorten"),
              UnknownWithSuggestion("onbekend cohort", c, Ids(plan_.cohorten)));
      }
    }
    if (g.soort == Soort::kPerHuisarts && !plan_.FindRol("huisarts")) {
      Error(at, "per_huisarts vraagt een rol \"huisarts\" in /rollen");
    }
    if (g.soort == Soort::kUitwisselbijeenkomsten) WarnCohortenZonderData(at);
    if (g.soort == Soort::kKoptarief && (g.waarde <= 0 || g.waarde > 100)) {
      Error(PointerJoin(at, "waarde"), "de drempel voor het koptarief is een percentage groter dan 0 en hoogstens 100");
    }
    for (size_t i = 0; i < g.opties.size(); ++i) {
      const std::string oat = PointerJoin(PointerJoin(at, "opties"), i);
      if (!g.opties[i].jaren.empty()) {
        Error(PointerJoin(oat, "jaren"), "\"jaren\" geldt voor de hele voorwaarde, niet voor één optie van een_van");
      }
      CheckRegel(g.opties[i], oat);
    }
  }

  // The metric a rule reads exists and has the type its kind compares.
  void CheckMetriek(const Regel& g, const std::string& at) {
    const Metriek* m = plan_.FindMetriek(g.metriek);
    if (!m) {
      Error(PointerJoin(at, "metriek"), UnknownWithSuggestion("onbekende metriek", g.metriek, Ids(plan_.metrieken)));
    } else if ((g.soort == Soort::kJaNee) != (m->type == MetriekType::kJaNee)) {
      Error(PointerJoin(at, "metriek"), "soort " + std::string(Name(g.soort)) + " past niet bij metriek \"" + m->id +
                                            "\" van type " + std::string(Name(m->type)));
    }
  }

  // `per` naming a metric: the minimum counts per unit of that figure.
  void CheckPerMetriek(const Regel& g, const std::string& at) {
    const Metriek* m = plan_.FindMetriek(g.per_metriek);
    if (!m) {
      Error(PointerJoin(at, "per"), UnknownWithSuggestion("onbekende metriek", g.per_metriek, Ids(plan_.metrieken)));
    } else if (m->type == MetriekType::kJaNee) {
      Error(PointerJoin(at, "per"), "\"per\" vraagt een metriek met een aantal, geen ja/nee-metriek");
    }
  }

  void CheckOntheffing(const Ontheffing& o, const std::string& at) {
    const Metriek* m = plan_.FindMetriek(o.metriek);
    if (!m || m->type != MetriekType::kJaNee) {
      Error(PointerJoin(at, "metriek"),
            m ? "een ontheffing gebruikt een ja/nee-metriek"
              : UnknownWithSuggestion("onbekende metriek", o.metriek, Ids(plan_.metrieken)));
    }
  }

  void WarnCohortenZonderData(const std::string& at) {
    for (const Cohort& c : plan_.cohorten) {
      if (c.uitwisselbijeenkomsten.empty()) {
        Warning(at, "cohort \"" + c.id +
                        "\" heeft geen uitwisselbijeenkomsten; deze regel is voor dat cohort niet te beoordelen");
      }
    }
  }

  const Regioplan& plan_;
  const std::string& file_;
  Diagnostics* diags_;
};

}  // namespace

void ValidateRegioplan(const Regioplan& plan, const std::string& file, Diagnostics* diags) {
  Validator(plan, file, diags).Run();
}

}  // namespace mtvp
