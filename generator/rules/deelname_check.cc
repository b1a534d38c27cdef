#include "rules/deelname_check.h"

#include "base/dutch_format.h"

namespace mtvp {
namespace {

constexpr double kEpsilon = 1e-9;

std::string Procent(double pct) { return FormatGetal(pct) + " %"; }

// Utrecht §3: „Praktijken met een achterstandspopulatie van 25% of hoger,
// komen in aanmerking voor een koptarief" and „Deelname aan Krachtige
// basiszorg is een voorwaarde om het koptarief te ontvangen." Taking part in
// KB is a choice („Praktijken kunnen ervoor kiezen"), so a practice above the
// threshold that does not take part, and receives no koptarief, passes; so
// does a KB practice below it. Only a koptarief without KB, or below the
// threshold, fails. Facts the registry does not give are *onvolledig* only
// where they would decide.
void CheckKoptarief(const Regel& g, const CheckContext& ctx, Verdict* v) {
  const Praktijk& p = ctx.praktijk;
  const std::optional<double> pct = p.achterstand_pct;
  const bool boven = pct && *pct + kEpsilon >= g.waarde;
  const bool kbz = p.krachtige_basiszorg;
  const std::string drempel = Procent(g.waarde);
  v->herkomst = "praktijken.json (AGB " + p.agb + ")";
  v->vereist =
      "koptarief alleen bij deelname aan Krachtige basiszorg en een achterstandspopulatie van " + drempel + " of meer";
  v->vereist_getal = g.waarde;
  if (pct) v->werkelijk_getal = *pct;
  v->werkelijk = "achterstandspopulatie " + (pct ? Procent(*pct) : std::string("onbekend")) + "; " +
                 (kbz ? "neemt deel aan Krachtige basiszorg" : "neemt niet deel aan Krachtige basiszorg") + "; " +
                 (!p.koptarief   ? "koptarief onbekend"
                  : *p.koptarief ? "ontvangt koptarief"
                                 : "geen koptarief");
  if (p.koptarief && *p.koptarief) {
    if (!kbz) {
      v->status = Status::kVoldoetNiet;
      v->tekort = "geen deelname aan Krachtige basiszorg";
      v->uitleg =
          "Uw praktijk ontvangt volgens het register het koptarief, maar neemt niet deel aan Krachtige "
          "basiszorg. Deelname aan Krachtige basiszorg is een voorwaarde om het koptarief te ontvangen.";
      return;
    }
    if (!pct) {
      v->status = Status::kOnvolledig;
      v->uitleg =
          "Uw praktijk ontvangt volgens het register het koptarief, maar het register vermeldt het "
          "aandeel patiënten met een achterstandspostcode niet; zonder dat is niet te beoordelen of u in "
          "aanmerking komt (vanaf " +
          drempel + ").";
      return;
    }
    if (!boven) {
      v->status = Status::kVoldoetNiet;
      v->tekort_getal = g.waarde - *pct;
      v->tekort = "achterstandspopulatie " + Procent(*pct) + ", onder " + drempel;
      v->uitleg = "Uw praktijk ontvangt volgens het register het koptarief, maar heeft een achterstandspopulatie van " +
                  Procent(*pct) + ". Het koptarief is er voor praktijken met een achterstandspopulatie van " + drempel +
                  " of hoger.";
      return;
    }
    v->status = Status::kVoldoet;
    v->uitleg = "Uw praktijk neemt deel aan Krachtige basiszorg en heeft een achterstandspopulatie van " +
                Procent(*pct) + " (vanaf " + drempel + " komt u in aanmerking); het koptarief is terecht.";
    return;
  }
  if (!p.koptarief && !(kbz && boven)) {
    // Only a practice in KB at or above the threshold may receive it either way.
    v->status = Status::kOnvolledig;
    v->uitleg =
        "Het register vermeldt niet of uw praktijk het koptarief ontvangt; dat is alleen toegestaan bij "
        "deelname aan Krachtige basiszorg en een achterstandspopulatie van " +
        drempel + " of hoger.";
    return;
  }
  v->status = Status::kVoldoet;
  if (boven && !kbz) {
    v->uitleg = "Uw praktijk komt met een achterstandspopulatie van " + Procent(*pct) +
                " in aanmerking voor het koptarief. Dat vraagt deelname aan Krachtige basiszorg; die deelname is "
                "vrijwillig.";
  } else if (kbz && boven) {
    v->uitleg = "Uw praktijk neemt deel aan Krachtige basiszorg en komt met een achterstandspopulatie van " +
                Procent(*pct) + " in aanmerking voor het koptarief.";
  } else {
    v->uitleg =
        "Uw praktijk ontvangt geen koptarief; daarvoor zijn deelname aan Krachtige basiszorg en een "
        "achterstandspopulatie van " +
        drempel + " of hoger nodig.";
  }
}

}  // namespace

void CheckDeelname(const Regel& regel, const CheckContext& ctx, Verdict* v) {
  if (regel.soort == Soort::kKoptarief) CheckKoptarief(regel, ctx, v);
}

}  // namespace mtvp
