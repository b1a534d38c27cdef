#include "rules/groeimodel_check.h"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "base/dutch_format.h"
#include "rules/voorwaarde_check.h"

namespace mtvp {
namespace {

using IdSet = std::set<std::string>;

IdSet Minus(const IdSet& a, const IdSet& b) {
  IdSet out;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::inserter(out, out.end()));
  return out;
}

// An onderbouwing that says nothing is none (issue 11, class 8): blank,
// punctuation only, or a stock phrase such as "n.v.t.", "-", "zie vorig jaar".
bool ZegtNiets(const std::string& text) {
  std::string norm;
  for (const char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      norm += static_cast<char>(std::tolower(u));
    } else if (!norm.empty() && norm.back() != ' ') {
      norm += ' ';
    }
  }
  while (!norm.empty() && norm.back() == ' ') norm.pop_back();
  static const std::set<std::string> kLeeg = {"",
                                              "n v t",
                                              "nvt",
                                              "n a",
                                              "na",
                                              "niet van toepassing",
                                              "idem",
                                              "idem dito",
                                              "zie vorig jaar",
                                              "zie vorige jaar",
                                              "zie voorgaand jaar",
                                              "zie eerder",
                                              "zie boven",
                                              "zie hierboven",
                                              "zie jaar 1",
                                              "zie jaar 2",
                                              "zie vorige inzending",
                                              "zelfde als vorig jaar",
                                              "als vorig jaar",
                                              "geen",
                                              "x",
                                              "volgt",
                                              "nog niet",
                                              "tbd",
                                              "ntb"};
  return kLeeg.count(norm) > 0;
}

// Three values: what the known years prove, and what a missing year could
// still change (issue 11, class 1).
enum class Drie { kJa, kMisschien, kNee };

Drie Of(Drie a, Drie b) {
  if (a == Drie::kJa || b == Drie::kJa) return Drie::kJa;
  if (a == Drie::kMisschien || b == Drie::kMisschien) return Drie::kMisschien;
  return Drie::kNee;
}
Drie Niet(Drie a) { return a == Drie::kJa ? Drie::kNee : a == Drie::kNee ? Drie::kJa : Drie::kMisschien; }

class GroeimodelCheck {
 public:
  GroeimodelCheck(const Regel& g, const Kernelement& ke, const CheckContext& ctx, Verdict* v)
      : g_(g), ke_(ke), ctx_(ctx), v_(v), huidig_(ctx.keuzes[ctx.jaar - 1]->Actief(ke.id)) {
    v_->herkomst = ctx.Herkomst("/interventies");
    for (int y = 1; y < ctx_.jaar; ++y) {
      if (!ctx_.keuzes[y - 1]) missing_.push_back(y);
    }
  }

  void MinInterventies() { Count(huidig_, {}, "actieve interventie", "actieve interventies"); }
  void MinNieuw() {
    CountWhere([&](const std::string& id) { return Niet(RanBefore(id)); }, "nieuwe interventie", "nieuwe interventies");
  }
  void MinVoortgezet() {
    CountWhere([&](const std::string& id) { return RanBefore(id); }, "voortgezette interventie",
               "voortgezette interventies");
  }
  void MinDoorontwikkeling() {
    CountWhere([&](const std::string& id) { return Developed(id); }, "doorontwikkeling", "doorontwikkelingen");
  }
  void NieuwOfDoorontwikkeling() {
    CountWhere([&](const std::string& id) { return Of(Niet(RanBefore(id)), Developed(id)); },
               "nieuwe of doorontwikkelde interventie", "nieuwe of doorontwikkelde interventies");
  }

 private:
  std::string Namen(const IdSet& ids) const {
    std::string out;
    for (const std::string& id : ids) {
      const Interventie* iv = ctx_.plan.FindInterventie(id);
      out += (out.empty() ? "" : ", ") + (iv ? iv->naam : id);
    }
    return out.empty() ? "geen" : out;
  }

  std::string MissingText() const {
    std::string out;
    for (int y : missing_) out += (out.empty() ? "jaar " : " en jaar ") + std::to_string(y);
    return out;
  }

  // Whether a (canonical) intervention was active in an earlier year of any
  // kernelement: ja when a known year shows it, misschien when only a
  // missing year could, nee otherwise.
  Drie RanBefore(const std::string& id) const {
    for (int y = 1; y < ctx_.jaar; ++y) {
      if (!ctx_.keuzes[y - 1]) continue;
      for (const auto& [ke, ids] : ctx_.keuzes[y - 1]->actief) {
        if (ids.count(id)) return Drie::kJa;
      }
    }
    return missing_.empty() ? Drie::kNee : Drie::kMisschien;
  }

  // A doorontwikkeling: marked so and run before, or a follow-up of an
  // intervention that ran before (`doorontwikkeling_van` in the plan).
  Drie Developed(const std::string& id) const {
    Drie out = ctx_.keuzes[ctx_.jaar - 1]->doorontwikkeling.count(id) ? RanBefore(id) : Drie::kNee;
    const Interventie* iv = ctx_.plan.FindInterventie(id);
    if (iv && !iv->doorontwikkeling_van.empty()) {
      if (const Interventie* basis = ctx_.plan.Canonical(iv->doorontwikkeling_van)) {
        out = Of(out, RanBefore(basis->id));
      }
    }
    return out;
  }

  // True in jaar 1, after marking the verdict not applicable.
  bool FirstYear() {
    if (ctx_.jaar != 1) return false;
    v_->status = Status::kNietVanToepassing;
    v_->uitleg = "In jaar 1 is er geen eerder jaar om mee te vergelijken.";
    return true;
  }

  template <typename Pred>
  void CountWhere(Pred pred, const std::string& enkelvoud, const std::string& meervoud) {
    if (FirstYear()) return;
    IdSet zeker, open;
    for (const std::string& id : huidig_) {
      const Drie d = pred(id);
      if (d == Drie::kJa) zeker.insert(id);
      if (d == Drie::kMisschien) open.insert(id);
    }
    Count(zeker, open, enkelvoud, meervoud);
  }

  // `ids` count for certain; `open` count only if a missing year says so.
  void Count(const IdSet& ids, const IdSet& open, const std::string& enkelvoud, const std::string& meervoud) {
    const double n = static_cast<double>(ids.size());
    const double hoogstens = n + static_cast<double>(open.size());
    v_->vereist_getal = g_.waarde;
    v_->vereist = "minimaal " + FormatGetal(g_.waarde);
    if (n < g_.waarde && hoogstens >= g_.waarde) {
      v_->status = Status::kOnvolledig;
      v_->werkelijk = "niet te bepalen";
      v_->uitleg = ke_.naam + " in jaar " + std::to_string(ctx_.jaar) + ": vast staan " +
                   Aantal(n, enkelvoud, meervoud) + (ids.empty() ? "" : " (" + Namen(ids) + ")") +
                   ", vereist minimaal " + FormatGetal(g_.waarde) + ". Of " + Namen(open) + " meetelt, beslist " +
                   MissingText() + ": " + MissingText() + (missing_.size() == 1 ? " ontbreekt" : " ontbreken") +
                   " of is ongeldig. Er wordt niet gegokt: lever " +
                   (missing_.size() == 1 ? "die inzending" : "die inzendingen") + " (opnieuw) aan.";
      return;
    }
    v_->werkelijk_getal = n;
    v_->werkelijk = Aantal(n, enkelvoud, meervoud);
    const bool ok = n >= g_.waarde;
    v_->status = ok ? Status::kVoldoet : Status::kVoldoetNiet;
    if (!ok) {
      v_->tekort_getal = g_.waarde - n;
      v_->tekort = Aantal(g_.waarde - n, enkelvoud, meervoud) + " te weinig";
    }
    v_->uitleg = ke_.naam + " in jaar " + std::to_string(ctx_.jaar) + ": " + v_->werkelijk +
                 (ids.empty() ? "" : " (" + Namen(ids) + ")") + ", vereist minimaal " + FormatGetal(g_.waarde) +
                 (ok ? "; voldoet." : "; voldoet niet.");
    if (!missing_.empty()) {
      v_->uitleg += " J" + MissingText().substr(1) + (missing_.size() == 1 ? " ontbreekt" : " ontbreken") + ", maar " +
                    (ok ? "de bekende jaren bewijzen dit al." : "geen inhoud van dat jaar kan dit nog veranderen.");
    }
  }

  // True when year jaar-1 is available; otherwise marks the verdict
  // onvolledig, naming it (or not applicable in jaar 1).
  bool NeedPrevious() {
    if (FirstYear()) return false;
    if (ctx_.keuzes[ctx_.jaar - 2]) return true;
    v_->status = Status::kOnvolledig;
    v_->werkelijk = "niet te bepalen";
    v_->uitleg = "Deze regel vergelijkt met jaar " + std::to_string(ctx_.jaar - 1) + ", maar de inzending voor jaar " +
                 std::to_string(ctx_.jaar - 1) +
                 " ontbreekt of is ongeldig. Er wordt niet gegokt: lever die inzending (opnieuw) aan.";
    return false;
  }

  // The kinds that compare with earlier years or other kernelementen.
 public:
  void VorigeVoortgezet() {
    if (!NeedPrevious()) return;
    const IdSet& vorig = ctx_.keuzes[ctx_.jaar - 2]->Actief(ke_.id);
    const IdSet gestopt = Minus(vorig, huidig_);
    const double kept = static_cast<double>(vorig.size() - gestopt.size());
    v_->werkelijk_getal = kept;
    v_->vereist_getal = static_cast<double>(vorig.size());
    v_->werkelijk = FormatGetal(kept) + " van " + std::to_string(vorig.size()) + " voortgezet";
    v_->vereist = "alle " + std::to_string(vorig.size()) + " uit jaar " + std::to_string(ctx_.jaar - 1);
    v_->status = gestopt.empty() ? Status::kVoldoet : Status::kVoldoetNiet;
    if (!gestopt.empty()) {
      v_->tekort_getal = static_cast<double>(gestopt.size());
      v_->tekort = "niet voortgezet: " + Namen(gestopt);
      v_->uitleg = "Interventies uit jaar " + std::to_string(ctx_.jaar - 1) +
                   " lopen door, maar deze staan niet (meer) actief in de inzending: " + Namen(gestopt) + ".";
    } else {
      v_->uitleg = vorig.empty() ? "In jaar " + std::to_string(ctx_.jaar - 1) +
                                       " was er geen interventie voor dit kernelement; er hoeft niets door te lopen."
                                 : "Alle interventies uit jaar " + std::to_string(ctx_.jaar - 1) + " lopen door (" +
                                       Namen(vorig) + ").";
    }
  }

  // The onderbouwing a doorontwikkeling of an intervention that ran before
  // needs. A doorontwikkeling that never ran counts as new and needs none (the
  // mislabel is reported by evaluate); when only a missing year could show it
  // ran, a lacking onderbouwing is onvolledig.
  void Onderbouwing() {
    int met = 0, totaal = 0;
    std::string zonder, open;
    for (const GekozenInterventie& gi : ctx_.inzending.interventies) {
      const Interventie* target = ctx_.plan.Canonical(gi.id);
      if (gi.status != InterventieStatus::kDoorontwikkeling || !target || target->kernelement != ke_.id) continue;
      const Drie liep = RanBefore(target->id);
      if (liep == Drie::kNee) continue;
      const auto first = gi.onderbouwing.find_first_not_of(" \t\r\n");
      const size_t length = first == std::string::npos ? 0 : gi.onderbouwing.size() - first;
      const bool onderbouwd = length >= static_cast<size_t>(g_.min_tekens) && !ZegtNiets(gi.onderbouwing);
      if (onderbouwd) {
        ++met;
        ++totaal;
        continue;
      }
      const std::string naam = ctx_.plan.FindInterventie(gi.id)->naam;
      if (liep == Drie::kMisschien) {
        open += (open.empty() ? "" : ", ") + naam;
        continue;
      }
      ++totaal;
      if (zonder.empty()) {
        v_->herkomst = ctx_.Herkomst(PointerJoin(PointerJoin("/interventies", gi.index), "onderbouwing"));
      }
      zonder += (zonder.empty() ? "" : ", ") + naam;
    }
    if (totaal == 0 && open.empty()) {
      v_->status = Status::kNietVanToepassing;
      v_->uitleg = "Geen doorontwikkeling van een eerder gekozen interventie voor " + ke_.naam +
                   ", dus geen onderbouwing nodig.";
      return;
    }
    v_->vereist = "elke doorontwikkeling onderbouwd";
    if (zonder.empty() && !open.empty()) {
      v_->status = Status::kOnvolledig;
      v_->werkelijk = "niet te bepalen";
      v_->uitleg = "Zonder (inhoudelijke) onderbouwing: " + open +
                   ". Of dat een doorontwikkeling van een bestaande "
                   "interventie is, beslist " +
                   MissingText() + ": " + MissingText() + (missing_.size() == 1 ? " ontbreekt" : " ontbreken") +
                   " of is ongeldig.";
      return;
    }
    v_->werkelijk_getal = met;
    v_->vereist_getal = totaal;
    v_->werkelijk = std::to_string(met) + " van " + std::to_string(totaal) + " met onderbouwing";
    v_->status = met == totaal ? Status::kVoldoet : Status::kVoldoetNiet;
    if (met != totaal) {
      v_->tekort_getal = totaal - met;
      v_->tekort = "onderbouwing ontbreekt bij " + zonder;
      v_->uitleg =
          "Bij de keuze voor het doorontwikkelen van een bestaande interventie is een onderbouwing "
          "noodzakelijk; die ontbreekt (of zegt niets, zoals \"n.v.t.\" of \"zie vorig jaar\") bij " +
          zonder + ".";
    } else {
      v_->uitleg = "Elke doorontwikkeling heeft een onderbouwing.";
    }
  }

  void NooitEnige() {
    if (huidig_.empty()) {
      v_->status = Status::kNietVanToepassing;
      v_->uitleg = "Geen interventie gekozen voor " + ke_.naam + ".";
      return;
    }
    size_t andere = 0;
    for (const auto& [ke, ids] : ctx_.keuzes[ctx_.jaar - 1]->actief) {
      if (ke != ke_.id) andere += ids.size();
    }
    v_->werkelijk_getal = static_cast<double>(andere);
    v_->vereist_getal = 1;
    v_->werkelijk = Aantal(static_cast<double>(andere), "interventie", "interventies") + " bij andere kernelementen";
    v_->vereist = "minimaal 1 interventie bij een ander kernelement";
    v_->status = andere > 0 ? Status::kVoldoet : Status::kVoldoetNiet;
    if (andere == 0) {
      v_->tekort_getal = 1;
      v_->tekort = "1 interventie bij een ander kernelement";
      v_->uitleg = ke_.naam + " is nooit de enige interventie, maar u koos verder geen interventie.";
    } else {
      v_->uitleg = ke_.naam + " is niet de enige interventie; voldoet.";
    }
  }

  void Verplicht() {
    bool actief = false;
    for (const auto& [ke, ids] : ctx_.keuzes[ctx_.jaar - 1]->actief) actief = actief || ids.count(g_.interventie) > 0;
    const Interventie* iv = ctx_.plan.FindInterventie(g_.interventie);
    const std::string naam = iv ? iv->naam : g_.interventie;
    v_->werkelijk = actief ? "gekozen" : "niet gekozen";
    v_->vereist = naam + " gekozen";
    v_->status = actief ? Status::kVoldoet : Status::kVoldoetNiet;
    if (!actief) v_->tekort = naam + " ontbreekt";
    v_->uitleg = actief ? naam + " staat actief in de inzending; voldoet."
                        : naam + " is in jaar " + std::to_string(ctx_.jaar) +
                              " verplicht voor elke praktijk, maar staat niet actief in de inzending.";
  }

 private:
  const Regel& g_;
  const Kernelement& ke_;
  const CheckContext& ctx_;
  Verdict* v_;
  const IdSet& huidig_;
  std::vector<int> missing_;  // earlier years without a valid submission
};

// A check of the context's kernelement (set by the evaluator for groeimodel rules).
GroeimodelCheck For(const Regel& g, const CheckContext& ctx, Verdict* v) {
  return GroeimodelCheck(g, *ctx.kernelement, ctx, v);
}

}  // namespace

void CheckMinInterventies(const Regel& g, const CheckContext& ctx, Verdict* v) { For(g, ctx, v).MinInterventies(); }
void CheckMinNieuw(const Regel& g, const CheckContext& ctx, Verdict* v) { For(g, ctx, v).MinNieuw(); }
void CheckMinVoortgezet(const Regel& g, const CheckContext& ctx, Verdict* v) { For(g, ctx, v).MinVoortgezet(); }
void CheckMinDoorontwikkeling(const Regel& g, const CheckContext& ctx, Verdict* v) {
  For(g, ctx, v).MinDoorontwikkeling();
}
void CheckNieuwOfDoorontwikkeling(const Regel& g, const CheckContext& ctx, Verdict* v) {
  For(g, ctx, v).NieuwOfDoorontwikkeling();
}
void CheckVorigeVoortgezet(const Regel& g, const CheckContext& ctx, Verdict* v) { For(g, ctx, v).VorigeVoortgezet(); }
void CheckOnderbouwingBijDoorontwikkeling(const Regel& g, const CheckContext& ctx, Verdict* v) {
  For(g, ctx, v).Onderbouwing();
}
void CheckNooitEnige(const Regel& g, const CheckContext& ctx, Verdict* v) { For(g, ctx, v).NooitEnige(); }
void CheckInterventieVerplicht(const Regel& g, const CheckContext& ctx, Verdict* v) { For(g, ctx, v).Verplicht(); }

}  // namespace mtvp
