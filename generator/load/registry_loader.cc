#include "load/registry_loader.h"

#include <algorithm>
#include <set>

#include "load/praktijk_contact_loader.h"

namespace mtvp {

namespace {

// A text field that decides no verdict (it is only shown): a wrong type is a
// warning and the field is left empty, so the practice is still judged.
std::string ShownText(FieldReader& r, const Json& j, std::string_view key, const std::string& at) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  r.Warning(PointerJoin(at, key), "verwacht tekst, gevonden " + JsonTypeName(*it) +
                                      "; het veld wordt genegeerd (het telt niet mee voor een oordeel)");
  return "";
}

}  // namespace

std::vector<Praktijk> LoadPraktijken(const Json& doc, const std::string& file, const Regioplan& plan,
                                     Diagnostics* diags, std::map<std::string, std::string>* afgewezen) {
  FieldReader r(file, diags);
  std::vector<Praktijk> out;
  if (!r.ExpectObject(doc, "")) return out;
  r.WarnUnknownKeys(doc, "", {"$schema", "formaat", "praktijken"});
  if (const auto f = r.Text(doc, "formaat", ""); f && *f != kPraktijkenFormaat) {
    r.Error("/formaat", "verwacht \"" + std::string(kPraktijkenFormaat) + "\", gevonden \"" + *f + "\"");
  }
  const Json* list = r.Array(doc, "praktijken", "");
  if (!list) return out;
  if (list->size() > kMaxPraktijken) {
    r.Error("/praktijken", std::to_string(list->size()) + " praktijken in één regio is niet aannemelijk; hoogstens " +
                               std::to_string(kMaxPraktijken));
    return out;
  }
  std::vector<std::string> cohort_ids;
  for (const Cohort& c : plan.cohorten) cohort_ids.push_back(c.id);
  std::set<std::string> seen;
  for (size_t i = 0; i < list->size(); ++i) {
    const std::string at = PointerJoin("/praktijken", i);
    const Json& j = (*list)[i];
    if (!r.ExpectObject(j, at)) continue;
    r.WarnUnknownKeys(j, at,
                      {"agb", "naam", "wijk", "subregio", "cohort", "normpraktijken", "krachtige_basiszorg",
                       "achterstand_pct", "koptarief", "plangroep", "uitgetreden_op", "kenmerken", "contact"});
    const size_t errors_before = diags->ErrorCount();
    Praktijk p;
    // Test presence, not emptiness: "" must be refused too (a missing field
    // was reported by Text already).
    const std::optional<std::string> agb = r.Text(j, "agb", at);
    p.agb = agb.value_or("");
    if (agb && !IsValidAgb(p.agb)) {
      r.Error(PointerJoin(at, "agb"), "ongeldige AGB-code \"" + p.agb + "\"; verwacht 8 cijfers");
    } else if (agb && !seen.insert(p.agb).second) {
      r.Error(PointerJoin(at, "agb"), "AGB-code " + p.agb + " staat twee keer in het register");
    }
    // Which fields decide a verdict: agb (who), cohort (which years),
    // normpraktijken (every per-normpraktijk minimum), krachtige_basiszorg
    // (which rules apply), subregio and kenmerken (which interventions count),
    // plangroep (shared intervisie) and uitgetreden_op (status uitgetreden).
    // An error in one of those leaves the practice out. naam, wijk and
    // achterstand_pct are only shown: a problem there is a warning and the
    // practice is judged and shown.
    p.naam = ShownText(r, j, "naam", at);
    if (p.naam.empty()) {
      p.naam = "AGB-code " + p.agb;
      r.Warning(PointerJoin(at, "naam"), "de naam ontbreekt; de praktijk wordt getoond als \"" + p.naam + "\"");
    }
    p.wijk = ShownText(r, j, "wijk", at);
    if (!plan.wijken.empty() && !p.wijk.empty() &&
        std::find(plan.wijken.begin(), plan.wijken.end(), p.wijk) == plan.wijken.end()) {
      r.Warning(PointerJoin(at, "wijk"),
                UnknownWithSuggestion("onbekende wijk", p.wijk, plan.wijken) +
                    "; de praktijk wordt wel beoordeeld en getoond (de wijk telt niet mee voor een oordeel)");
    }
    p.subregio = r.Text(j, "subregio", at, Need::kOptional).value_or("");
    if (!p.subregio.empty() &&
        std::find(plan.subregios.begin(), plan.subregios.end(), p.subregio) == plan.subregios.end()) {
      r.Error(PointerJoin(at, "subregio"), UnknownWithSuggestion("onbekende subregio", p.subregio, plan.subregios));
    }
    const std::optional<std::string> cohort = r.Text(j, "cohort", at);
    p.cohort = cohort.value_or("");
    const Cohort* eigen_cohort = cohort ? plan.FindCohort(p.cohort) : nullptr;
    if (cohort && !eigen_cohort) {
      r.Error(PointerJoin(at, "cohort"), UnknownWithSuggestion("onbekend cohort", p.cohort, cohort_ids));
    }
    if (const auto n = r.Number(j, "normpraktijken", at)) {
      if (*n <= 0 || *n > 50) {
        r.Error(PointerJoin(at, "normpraktijken"), "verwacht een aantal normpraktijken groter dan 0 (en hoogstens 50)");
      }
      p.normpraktijken = *n;
    }
    p.krachtige_basiszorg = r.Bool(j, "krachtige_basiszorg", at, Need::kOptional).value_or(false);
    if (const auto a = j.find("achterstand_pct"); a != j.end() && !a->is_null()) {
      if (a->is_number() && a->get<double>() >= 0 && a->get<double>() <= 100) {
        p.achterstand_pct = a->get<double>();
      } else {
        r.Warning(PointerJoin(at, "achterstand_pct"),
                  "verwacht een percentage van 0 tot en met 100; het veld wordt genegeerd (het telt niet mee voor een "
                  "oordeel)");
      }
    }
    p.koptarief = r.Bool(j, "koptarief", at, Need::kOptional);
    p.plangroep = r.Text(j, "plangroep", at, Need::kOptional).value_or("");
    p.uitgetreden_op = r.DateField(j, "uitgetreden_op", at, Need::kOptional);
    if (p.uitgetreden_op && eigen_cohort && *p.uitgetreden_op < eigen_cohort->start) {
      r.Error(PointerJoin(at, "uitgetreden_op"),
              "uitgetreden op " + p.uitgetreden_op->Iso() + ", vóór de start van cohort " + eigen_cohort->id + " (" +
                  eigen_cohort->start.Iso() +
                  "): een praktijk kan niet uittreden voordat ze begint; controleer de datum");
    }
    if (const Json* k = r.Object(j, "kenmerken", at, Need::kOptional)) {
      for (const auto& [key, value] : k->items()) {
        if (value.is_boolean()) {
          p.kenmerken[key] = value.get<bool>();
        } else {
          r.Error(PointerJoin(PointerJoin(at, "kenmerken"), key),
                  "verwacht ja/nee (true of false), gevonden " + JsonTypeName(value));
        }
      }
    }
    p.contact = LoadPraktijkContact(r, j, at);
    if (diags->ErrorCount() == errors_before) {
      out.push_back(std::move(p));
    } else if (afgewezen && IsValidAgb(p.agb)) {
      afgewezen->emplace(p.agb, at);
    }
  }
  std::sort(out.begin(), out.end(), [](const Praktijk& a, const Praktijk& b) { return a.agb < b.agb; });
  return out;
}

std::string PraktijkAfgewezen(const std::string& agb, const std::string& pointer) {
  return "de praktijk met AGB-code " + agb + " is niet beoordeeld: haar gegevens in praktijken.json (" + pointer +
         ") hebben een fout; verbeter die eerst";
}

std::vector<Afwijking> LoadAfwijkingen(const Json& doc, const std::string& file,
                                       const std::vector<Praktijk>& praktijken,
                                       const std::vector<std::string>& rule_ids, Diagnostics* diags,
                                       const std::map<std::string, std::string>* afgewezen) {
  FieldReader r(file, diags);
  std::vector<Afwijking> out;
  if (!r.ExpectObject(doc, "")) return out;
  r.WarnUnknownKeys(doc, "", {"$schema", "formaat", "afwijkingen"});
  if (const auto f = r.Text(doc, "formaat", ""); f && *f != kAfwijkingenFormaat) {
    r.Error("/formaat", "verwacht \"" + std::string(kAfwijkingenFormaat) + "\", gevonden \"" + *f + "\"");
  }
  const Json* list = r.Array(doc, "afwijkingen", "");
  if (!list) return out;
  for (size_t i = 0; i < list->size(); ++i) {
    const std::string at = PointerJoin("/afwijkingen", i);
    const Json& j = (*list)[i];
    if (!r.ExpectObject(j, at)) continue;
    r.WarnUnknownKeys(j, at, {"agb", "regel", "jaar", "reden", "goedgekeurd_door", "geldig_tot"});
    const size_t errors_before = diags->ErrorCount();
    Afwijking a;
    a.bron = file + "#" + at;
    // As in LoadPraktijken: test presence, not emptiness.
    const std::optional<std::string> agb = r.Text(j, "agb", at);
    a.agb = agb.value_or("");
    const bool known_agb =
        std::any_of(praktijken.begin(), praktijken.end(), [&](const Praktijk& p) { return p.agb == a.agb; });
    if (agb && !IsValidAgb(a.agb)) {
      r.Error(PointerJoin(at, "agb"), "ongeldige AGB-code \"" + a.agb + "\"; verwacht 8 cijfers");
    } else if (agb && !known_agb) {
      if (const auto fout = afgewezen ? afgewezen->find(a.agb) : std::map<std::string, std::string>::const_iterator{};
          afgewezen && fout != afgewezen->end()) {
        r.Error(PointerJoin(at, "agb"), PraktijkAfgewezen(a.agb, fout->second));
      } else {
        r.Error(PointerJoin(at, "agb"), "AGB-code " + a.agb + " staat niet in praktijken.json");
      }
    }
    const std::optional<std::string> regel = r.Text(j, "regel", at);
    a.regel = regel.value_or("");
    if (regel && std::find(rule_ids.begin(), rule_ids.end(), a.regel) == rule_ids.end()) {
      r.Error(PointerJoin(at, "regel"), UnknownWithSuggestion("onbekende regel", a.regel, rule_ids));
    }
    if (const auto y = r.Integer(j, "jaar", at, Need::kOptional, 1, kProgrammajaren)) {
      a.jaar = static_cast<int>(*y);
    }
    a.reden = r.Text(j, "reden", at).value_or("");
    a.goedgekeurd_door = r.Text(j, "goedgekeurd_door", at).value_or("");
    a.geldig_tot = r.DateField(j, "geldig_tot", at).value_or(Date{});
    if (diags->ErrorCount() == errors_before) out.push_back(std::move(a));
  }
  return out;
}

}  // namespace mtvp
