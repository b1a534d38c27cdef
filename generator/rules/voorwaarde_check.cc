#include "rules/voorwaarde_check.h"

#include <cmath>
#include <vector>

#include "base/dutch_format.h"
#include "model/vocabulary.h"
#include "rules/rule_kinds.h"

namespace mtvp {
namespace {

// Figures are compared as real numbers (no rounding, AMBIG-13); the epsilon
// only absorbs floating-point noise such as 1.6 * 12.
constexpr double kEpsilon = 1e-9;

// A figure with the metric's unit, singular for one ("1 persoon").
std::string MetEenheid(const std::string& getal, const Metriek* m) {
  return GetalMetEenheid(getal, m ? m->eenheid : std::string());
}

void Missing(const Regel& g, const CheckContext& ctx, const Metriek* m, Verdict* v) {
  v->status = Status::kOnvolledig;
  v->werkelijk = "niet ingevuld";
  v->herkomst = ctx.Herkomst(PointerJoin("/waarden", g.metriek));
  v->uitleg = "Uw inzending geeft geen waarde voor \"" + (m ? m->label : g.metriek) +
              "\", dus deze voorwaarde is niet te beoordelen.";
}

void CheckMinMax(const Regel& g, const CheckContext& ctx, const Metriek* m, const Waarde& w, Verdict* v) {
  const bool minimaal = g.soort == Soort::kMinimaal;
  double vereist = g.waarde;
  std::string schaal;
  if (g.per_normpraktijk) {
    vereist = g.waarde * ctx.praktijk.normpraktijken;
    schaal = " (" + FormatGetal(g.waarde) + " per normpraktijk × " + FormatGetal(ctx.praktijk.normpraktijken) +
             " normpraktijk)";
  } else if (!g.per_metriek.empty()) {
    // The caller made sure the submission gives this figure.
    const Metriek* pm = ctx.plan.FindMetriek(g.per_metriek);
    const double n = ctx.inzending.FindWaarde(g.per_metriek)->getal;
    vereist = g.waarde * n;
    schaal = " (" + FormatGetal(g.waarde) + " per " + (pm ? pm->label : g.per_metriek) + ", " + FormatGetal(n) + ")";
  }
  v->werkelijk_getal = w.getal;
  v->vereist_getal = vereist;
  v->werkelijk = MetEenheid(FormatGetal(w.getal), m);
  v->vereist = std::string(minimaal ? "minimaal " : "maximaal ") + MetEenheid(FormatGetal(vereist), m) + schaal;
  const bool ok = minimaal ? w.getal + kEpsilon >= vereist : w.getal <= vereist + kEpsilon;
  v->status = ok ? Status::kVoldoet : Status::kVoldoetNiet;
  if (!ok) {
    // Shown on the failing side of the limit, so the figures agree with the verdict.
    v->werkelijk = MetEenheid(minimaal ? FormatGetalOmlaag(w.getal) : FormatGetalOmhoog(w.getal), m);
    const double gap = minimaal ? vereist - w.getal : w.getal - vereist;
    v->tekort_getal = gap;
    v->tekort = MetEenheid(FormatGetalOmhoog(gap), m) + (minimaal ? " te weinig" : " te veel");
  }
  const std::string label = m ? m->label : g.metriek;
  v->uitleg = label + ": " + v->werkelijk + ", " + (minimaal ? "vereist minimaal " : "toegestaan maximaal ") +
              MetEenheid(FormatGetal(vereist), m) + schaal + (ok ? "; voldoet." : "; voldoet niet.");
}

void CheckAandeel(const Regel& g, const CheckContext& ctx, const Metriek* m, const Waarde& w, Verdict* v) {
  const int totaal = g.rol == "alle" ? ctx.inzending.PersoneelTotaal() : ctx.inzending.Personeel(g.rol);
  const std::string rol_label = ctx.plan.RolLabel(g.rol);
  const double aandeel = w.getal / totaal;
  const double nodig = std::ceil(g.waarde * totaal - kEpsilon);  // whole persons
  v->werkelijk_getal = aandeel;
  v->vereist_getal = g.waarde;
  v->werkelijk = FormatGetal(w.getal) + " van " + std::to_string(totaal) + " (" + FormatPercentage(aandeel) + ")";
  v->vereist =
      "minimaal " + FormatPercentage(g.waarde) + " (" + FormatGetal(nodig) + " van " + std::to_string(totaal) + ")";
  const bool ok = aandeel + kEpsilon >= g.waarde;
  v->status = ok ? Status::kVoldoet : Status::kVoldoetNiet;
  if (!ok) {
    v->tekort_getal = nodig - w.getal;
    v->tekort = Aantal(nodig - w.getal, "persoon", "personen");
  }
  v->uitleg = (m ? m->label : g.metriek) + ": " + FormatGetal(w.getal) + " van de " + std::to_string(totaal) + " (" +
              (g.rol == "alle" ? "medewerkers in totaal" : rol_label) + ", " + FormatPercentage(aandeel) +
              "); vereist minimaal " + FormatPercentage(g.waarde) + (ok ? "; voldoet." : "; voldoet niet.");
}

// "Minimaal één doktersassistent ..." -> "minimaal één doktersassistent ...",
// but "LHV-nascholing" keeps its capitals.
std::string LowerFirst(std::string s) {
  if (s.size() > 1 && s[0] >= 'A' && s[0] <= 'Z' && !(s[1] >= 'A' && s[1] <= 'Z')) {
    s[0] = static_cast<char>(s[0] - 'A' + 'a');
  }
  return s;
}

void EenVan(const Regel& g, const CheckContext& ctx, Verdict* v) {
  bool any_pass = false, any_open = false;
  std::string werkelijk;
  std::vector<std::string> vereist;
  for (const Regel& optie : g.opties) {
    Verdict o;
    CheckRegel(optie, ctx, &o);
    any_pass = any_pass || o.status == Status::kVoldoet;
    any_open = any_open || o.status == Status::kOnvolledig;
    if (!werkelijk.empty()) werkelijk += "; ";
    std::string naam = optie.omschrijving;
    while (!naam.empty() && (naam.back() == '.' || naam.back() == ' ')) naam.pop_back();
    werkelijk += naam + ": " + o.werkelijk;
    // The option in words, not its bare requirement ("ja", "minimaal 1 persoon").
    vereist.push_back(LowerFirst(naam));
    if (v->herkomst.empty() || o.status == Status::kVoldoet) v->herkomst = o.herkomst;
  }
  v->werkelijk = werkelijk;
  v->vereist = TenMinsteEenVan(vereist);
  v->status = any_pass ? Status::kVoldoet : any_open ? Status::kOnvolledig : Status::kVoldoetNiet;
  v->uitleg = any_pass   ? "Aan minstens één van de opties is voldaan."
              : any_open ? "Geen optie voldoet en niet alle opties zijn ingevuld."
                         : "Aan geen van de opties is voldaan.";
  if (!any_pass && !any_open) v->tekort = "geen optie voldoet";
}

// What every metric-based kind decides first: no staff in the rule's role,
// or a waiver the submission claims. True when that decided the verdict.
bool DecidedBefore(const Regel& g, const CheckContext& ctx, Verdict* v) {
  if (!g.rol.empty()) {
    const int aanwezig = g.rol == "alle" ? ctx.inzending.PersoneelTotaal() : ctx.inzending.Personeel(g.rol);
    if (aanwezig == 0) {
      v->status = g.bij_afwezige_rol;
      v->werkelijk = "geen " + ctx.plan.RolLabel(g.rol) + " in dienst";
      v->herkomst = ctx.Herkomst(PointerJoin("/personeel", g.rol));
      v->uitleg = "Uw praktijk heeft volgens de inzending geen " + ctx.plan.RolLabel(g.rol) + "; " +
                  (g.bij_afwezige_rol == Status::kVoldoetNiet ? "deze voorwaarde vraagt er wel een, dus voldoet niet."
                                                              : "deze voorwaarde is daarom niet van toepassing.");
      if (g.bij_afwezige_rol == Status::kVoldoetNiet) v->tekort = "geen " + ctx.plan.RolLabel(g.rol);
      return true;
    }
  }
  if (g.ontheffing) {
    const Waarde* o = ctx.inzending.FindWaarde(g.ontheffing->metriek);
    if (o && o->is_ja_nee && o->ja) {
      v->status = Status::kNietVanToepassing;
      v->werkelijk = "ontheffing";
      v->herkomst = ctx.Herkomst(PointerJoin("/waarden", g.ontheffing->metriek));
      v->uitleg = "Ontheffing van toepassing: " + g.ontheffing->omschrijving + ".";
      return true;
    }
  }
  return false;
}

// The submitted value of the rule's metric; nullptr, with the verdict
// onvolledig, when the submission leaves it out.
const Waarde* ValueOf(const Regel& g, const CheckContext& ctx, Verdict* v) {
  const Waarde* w = ctx.inzending.FindWaarde(g.metriek);
  if (!w) {
    Missing(g, ctx, ctx.plan.FindMetriek(g.metriek), v);
    return nullptr;
  }
  if (!g.per_metriek.empty() && !ctx.inzending.FindWaarde(g.per_metriek)) {
    Regel per = g;
    per.metriek = g.per_metriek;
    Missing(per, ctx, ctx.plan.FindMetriek(g.per_metriek), v);
    return nullptr;
  }
  v->herkomst = ctx.Herkomst(PointerJoin("/waarden", g.metriek));
  return w;
}

}  // namespace

void CheckMinMaxVoorwaarde(const Regel& g, const CheckContext& ctx, Verdict* v) {
  if (DecidedBefore(g, ctx, v)) return;
  if (const Waarde* w = ValueOf(g, ctx, v)) CheckMinMax(g, ctx, ctx.plan.FindMetriek(g.metriek), *w, v);
}

void CheckAandeelVoorwaarde(const Regel& g, const CheckContext& ctx, Verdict* v) {
  if (DecidedBefore(g, ctx, v)) return;
  if (const Waarde* w = ValueOf(g, ctx, v)) CheckAandeel(g, ctx, ctx.plan.FindMetriek(g.metriek), *w, v);
}

void CheckJaNeeVoorwaarde(const Regel& g, const CheckContext& ctx, Verdict* v) {
  if (DecidedBefore(g, ctx, v)) return;
  const Waarde* w = ValueOf(g, ctx, v);
  if (!w) return;
  const Metriek* m = ctx.plan.FindMetriek(g.metriek);
  v->werkelijk = JaNee(w->ja);
  v->vereist = "ja";
  v->status = w->ja ? Status::kVoldoet : Status::kVoldoetNiet;
  if (!w->ja) v->tekort = "niet bevestigd";
  v->uitleg = (m ? m->label : g.metriek) + ": " + JaNee(w->ja) + (w->ja ? "; voldoet." : "; voldoet niet.");
}

void CheckEenVanVoorwaarde(const Regel& g, const CheckContext& ctx, Verdict* v) {
  if (DecidedBefore(g, ctx, v)) return;
  EenVan(g, ctx, v);
}

}  // namespace mtvp
