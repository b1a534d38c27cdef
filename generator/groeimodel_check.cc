#include "groeimodel_check.h"

#include <algorithm>
#include <iterator>

#include "dutch_format.h"
#include "voorwaarde_check.h"

namespace mtvp {
namespace {

using IdSet = std::set<std::string>;

IdSet Minus(const IdSet& a, const IdSet& b) {
  IdSet out;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::inserter(out, out.end()));
  return out;
}

IdSet Intersect(const IdSet& a, const IdSet& b) {
  IdSet out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::inserter(out, out.end()));
  return out;
}

class GroeimodelCheck {
 public:
  GroeimodelCheck(const Regel& g, const Kernelement& ke, const CheckContext& ctx, Verdict* v)
      : g_(g), ke_(ke), ctx_(ctx), v_(v), huidig_(ctx.keuzes[ctx.jaar - 1]->Actief(ke.id)) {
    v_->herkomst = ctx.Herkomst("/interventies");
  }

  void Run() {
    switch (g_.soort) {
      case Soort::kMinInterventies:
        Count(huidig_, "actieve interventie", "actieve interventies");
        break;
      case Soort::kMinNieuw:
        if (NeedEarlier(1)) Count(Minus(huidig_, Earlier()), "nieuwe interventie", "nieuwe interventies");
        break;
      case Soort::kMinVoortgezet:
        if (NeedEarlier(1)) {
          Count(Intersect(huidig_, Earlier()), "voortgezette interventie", "voortgezette interventies");
        }
        break;
      case Soort::kMinDoorontwikkeling:
        if (NeedEarlier(1)) Count(Doorontwikkeld(), "doorontwikkeling", "doorontwikkelingen");
        break;
      case Soort::kNieuwOfDoorontwikkeling:
        if (NeedEarlier(1)) {
          IdSet both = Minus(huidig_, Earlier());
          const IdSet door = Doorontwikkeld();
          both.insert(door.begin(), door.end());
          Count(both, "nieuwe of doorontwikkelde interventie", "nieuwe of doorontwikkelde interventies");
        }
        break;
      case Soort::kVorigeVoortgezet:
        VorigeVoortgezet();
        break;
      case Soort::kOnderbouwingBijDoorontwikkeling:
        Onderbouwing();
        break;
      case Soort::kNooitEnige:
        NooitEnige();
        break;
      case Soort::kInterventieVerplicht:
        Verplicht();
        break;
      default:  // metric-based rules in the groeimodel
        CheckVoorwaarde(g_, ctx_, v_);
        break;
    }
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

  // True when years `from`..jaar-1 are all available; otherwise marks the
  // verdict onvolledig, naming the missing years (or not applicable in jaar 1).
  bool NeedEarlier(int from) {
    if (ctx_.jaar == 1) {
      v_->status = Status::kNietVanToepassing;
      v_->uitleg = "In jaar 1 is er geen eerder jaar om mee te vergelijken.";
      return false;
    }
    std::string missing;
    for (int y = from; y < ctx_.jaar; ++y) {
      if (!ctx_.keuzes[y - 1]) missing += (missing.empty() ? "jaar " : " en jaar ") + std::to_string(y);
    }
    if (missing.empty()) return true;
    v_->status = Status::kOnvolledig;
    v_->werkelijk = "niet te bepalen";
    v_->uitleg = "Deze regel vergelijkt met eerdere programmajaren, maar de inzending voor " + missing +
                 " ontbreekt of is ongeldig. Er wordt niet gegokt: lever die inzending (opnieuw) aan.";
    return false;
  }

  IdSet Earlier() const {
    IdSet out;
    for (int y = 1; y < ctx_.jaar; ++y) {
      const IdSet& s = ctx_.keuzes[y - 1]->Actief(ke_.id);
      out.insert(s.begin(), s.end());
    }
    return out;
  }

  IdSet Doorontwikkeld() const {
    return Intersect(Intersect(huidig_, ctx_.keuzes[ctx_.jaar - 1]->doorontwikkeling), Earlier());
  }

  void Count(const IdSet& ids, const std::string& enkelvoud, const std::string& meervoud) {
    const double n = static_cast<double>(ids.size());
    v_->werkelijk_getal = n;
    v_->vereist_getal = g_.waarde;
    v_->werkelijk = Aantal(n, enkelvoud, meervoud);
    v_->vereist = "minimaal " + FormatGetal(g_.waarde);
    const bool ok = n >= g_.waarde;
    v_->status = ok ? Status::kVoldoet : Status::kVoldoetNiet;
    if (!ok) {
      v_->tekort_getal = g_.waarde - n;
      v_->tekort = Aantal(g_.waarde - n, enkelvoud, meervoud) + " te weinig";
    }
    v_->uitleg = ke_.naam + " in jaar " + std::to_string(ctx_.jaar) + ": " + v_->werkelijk +
                 (ids.empty() ? "" : " (" + Namen(ids) + ")") + ", vereist minimaal " +
                 FormatGetal(g_.waarde) + (ok ? "; voldoet." : "; voldoet niet.");
  }

  void VorigeVoortgezet() {
    if (!NeedEarlier(ctx_.jaar - 1)) return;
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
                                 : "Alle interventies uit jaar " + std::to_string(ctx_.jaar - 1) +
                                       " lopen door (" + Namen(vorig) + ").";
    }
  }

  void Onderbouwing() {
    int met = 0, totaal = 0;
    std::string zonder;
    for (const GekozenInterventie& gi : ctx_.inzending.interventies) {
      const Interventie* target = ctx_.plan.Canonical(gi.id);
      if (gi.status != InterventieStatus::kDoorontwikkeling || !target || target->kernelement != ke_.id) continue;
      ++totaal;
      const auto first = gi.onderbouwing.find_first_not_of(" \t\r\n");
      const size_t length = first == std::string::npos ? 0 : gi.onderbouwing.size() - first;
      if (length >= static_cast<size_t>(g_.min_tekens)) {
        ++met;
      } else {
        if (zonder.empty()) {
          v_->herkomst = ctx_.Herkomst(PointerJoin(PointerJoin("/interventies", gi.index), "onderbouwing"));
        }
        zonder += (zonder.empty() ? "" : ", ") + ctx_.plan.FindInterventie(gi.id)->naam;
      }
    }
    if (totaal == 0) {
      v_->status = Status::kNietVanToepassing;
      v_->uitleg = "Geen doorontwikkeling gekozen voor " + ke_.naam + ", dus geen onderbouwing nodig.";
      return;
    }
    v_->werkelijk_getal = met;
    v_->vereist_getal = totaal;
    v_->werkelijk = std::to_string(met) + " van " + std::to_string(totaal) + " met onderbouwing";
    v_->vereist = "elke doorontwikkeling onderbouwd";
    v_->status = met == totaal ? Status::kVoldoet : Status::kVoldoetNiet;
    if (met != totaal) {
      v_->tekort_getal = totaal - met;
      v_->tekort = "onderbouwing ontbreekt bij " + zonder;
      v_->uitleg = "Bij de keuze voor doorontwikkeling is een onderbouwing noodzakelijk; die ontbreekt bij " +
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
      v_->uitleg = ke_.naam + " is nooit de enige interventie, maar de praktijk heeft verder geen interventie gekozen.";
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

  const Regel& g_;
  const Kernelement& ke_;
  const CheckContext& ctx_;
  Verdict* v_;
  const IdSet& huidig_;
};

}  // namespace

void CheckGroeimodel(const Regel& regel, const Kernelement& kernelement, const CheckContext& ctx,
                     Verdict* v) {
  GroeimodelCheck(regel, kernelement, ctx, v).Run();
}

}  // namespace mtvp
