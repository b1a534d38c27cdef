#include "load/submission_loader.h"

#include <algorithm>
#include <map>
#include <set>

#include "load/registry_loader.h"

namespace mtvp {

std::string_view Name(InterventieStatus s) {
  switch (s) {
    case InterventieStatus::kNieuw: return "nieuw";
    case InterventieStatus::kVoortgezet: return "voortgezet";
    case InterventieStatus::kDoorontwikkeling: return "doorontwikkeling";
    case InterventieStatus::kGestopt: return "gestopt";
  }
  return "?";
}

namespace {

constexpr size_t kMaxPseudonymLength = 40;

std::optional<InterventieStatus> ParseInterventieStatus(std::string_view t) {
  for (auto s : {InterventieStatus::kNieuw, InterventieStatus::kVoortgezet, InterventieStatus::kDoorontwikkeling,
                 InterventieStatus::kGestopt}) {
    if (Name(s) == t) return s;
  }
  return std::nullopt;
}

class SubmissionReader {
 public:
  SubmissionReader(const std::string& file, const SubmissionContext& ctx, Diagnostics* diags)
      : r_(file, diags), ctx_(ctx), diags_(diags) {
    if (ctx.plan) {
      for (const Interventie& iv : ctx.plan->interventies) interventie_ids_.push_back(iv.id);
      for (const Metriek& m : ctx.plan->metrieken) metriek_ids_.push_back(m.id);
      for (const Rol& rol : ctx.plan->rollen) rol_ids_.push_back(rol.id);
    }
  }

  std::optional<Inzending> Read(const Json& doc) {
    const size_t errors_before = diags_->ErrorCount();
    Inzending s;
    s.file = r_.file();
    if (!r_.ExpectObject(doc, "")) return std::nullopt;
    r_.WarnUnknownKeys(doc, "",
                       {"$schema", "formaat", "agb", "programmajaar", "periode", "ingediend_op", "personeel",
                        "interventies", "waarden", "intervisie", "huisartsen", "toelichting"});
    if (const auto f = r_.Text(doc, "formaat", ""); f && *f != kInzendingFormaat) {
      r_.Error("/formaat", "verwacht \"" + std::string(kInzendingFormaat) + "\", gevonden \"" + *f + "\"");
    }
    ReadHeader(doc, &s);
    ReadPersoneel(doc, &s);
    ReadInterventies(doc, &s);
    ReadWaarden(doc, &s);
    ReadIntervisie(doc, &s);
    CheckMeetingDates(s);
    ReadHuisartsen(doc, &s);
    s.toelichting = r_.Text(doc, "toelichting", "", Need::kOptional).value_or("");
    if (diags_->ErrorCount() != errors_before) return std::nullopt;
    return s;
  }

 private:
  void ReadHeader(const Json& doc, Inzending* s) {
    if (const auto agb = r_.Text(doc, "agb", "")) {
      s->agb = *agb;
      if (!IsValidAgb(*agb)) {
        r_.Error("/agb", "ongeldige AGB-code \"" + *agb + "\"; verwacht 8 cijfers");
      } else if (ctx_.path_agb && *ctx_.path_agb != *agb) {
        r_.Error("/agb", "AGB-code " + *agb + " hoort niet in de map inzendingen/" + *ctx_.path_agb +
                             "/; verplaats het bestand of corrigeer de code");
      }
    }
    if (const auto jaar = r_.Integer(doc, "programmajaar", "", Need::kRequired, 1, kProgrammajaren)) {
      s->programmajaar = static_cast<int>(*jaar);
      if (ctx_.path_jaar && *ctx_.path_jaar != *jaar) {
        r_.Error("/programmajaar", "programmajaar " + std::to_string(*jaar) + " past niet bij de bestandsnaam jaar-" +
                                       std::to_string(*ctx_.path_jaar) + ".json");
      }
    }
    if (const Json* p = r_.Object(doc, "periode", "")) {
      const auto van = r_.DateField(*p, "van", "/periode");
      const auto tot = r_.DateField(*p, "tot", "/periode");
      if (van && tot) {
        s->periode = Periode{*van, *tot};
        if (*tot < *van) r_.Error("/periode", "de periode eindigt (tot) vóór ze begint (van)");
      }
    }
    if (const auto d = r_.DateField(doc, "ingediend_op", "")) s->ingediend_op = *d;
    if (ctx_.praktijken && IsValidAgb(s->agb)) CheckRegistered(*s);
  }

  void CheckRegistered(const Inzending& s) {
    const auto& list = *ctx_.praktijken;
    const auto it = std::lower_bound(list.begin(), list.end(), s.agb,
                                     [](const Praktijk& p, const std::string& agb) { return p.agb < agb; });
    if (it == list.end() || it->agb != s.agb) {
      if (ctx_.afgewezen) {
        if (const auto a = ctx_.afgewezen->find(s.agb); a != ctx_.afgewezen->end()) {
          r_.Error("/agb", PraktijkAfgewezen(s.agb, a->second));
          return;
        }
      }
      std::vector<std::string> agbs;
      for (const Praktijk& p : list) agbs.push_back(p.agb);
      std::string msg = "AGB-code " + s.agb + " staat niet in praktijken.json";
      const std::string suggestion = SuggestClosest(s.agb, agbs);
      if (!suggestion.empty()) msg += "; bedoelde u " + suggestion + "?";
      r_.Error("/agb", msg + " Meld de praktijk eerst aan in het register.");
      return;
    }
    CheckDates(s);
    if (!ctx_.plan || s.periode.van == Date{}) return;
    const Cohort* cohort = ctx_.plan->FindCohort(it->cohort);
    if (!cohort) return;
    const Periode expected = ProgrammeYear(cohort->start, s.programmajaar);
    if (s.periode != expected) {
      r_.Error("/periode", "periode " + s.periode.van.Iso() + " t/m " + s.periode.tot.Iso() +
                               " past niet bij programmajaar " + std::to_string(s.programmajaar) + " van cohort " +
                               cohort->id + "; verwacht " + expected.van.Iso() + " t/m " + expected.tot.Iso());
    }
  }

  // Dates that cannot be: submitted after the day the region is judged at,
  // or before the programme year it reports on began.
  void CheckDates(const Inzending& s) {
    if (s.ingediend_op == Date{}) return;
    if (ctx_.peildatum != Date{} && ctx_.peildatum < s.ingediend_op) {
      r_.Error("/ingediend_op", "ingediend op " + s.ingediend_op.Iso() + ", ná de peildatum " + ctx_.peildatum.Iso() +
                                    ": een inzending kan niet later zijn ingediend dan de dag waarop wordt beoordeeld; "
                                    "controleer de datum (of bouw met een latere --peildatum)");
    }
    if (s.periode.van != Date{} && s.ingediend_op < s.periode.van) {
      r_.Error("/ingediend_op",
               "ingediend op " + s.ingediend_op.Iso() + ", vóór het begin van programmajaar " +
                   std::to_string(s.programmajaar) + " (" + s.periode.van.Iso() +
                   "): een inzending over een jaar kan niet eerder zijn ingediend; controleer de datum");
    }
  }

  // A meeting after the day the submission was made cannot be in it.
  void CheckMeetingDates(const Inzending& s) {
    if (s.ingediend_op == Date{}) return;
    for (const Bijeenkomst& b : s.intervisie) {
      if (b.datum != Date{} && s.ingediend_op < b.datum) {
        r_.Error(PointerJoin(PointerJoin("/intervisie", b.index), "datum"),
                 "bijeenkomst op " + b.datum.Iso() + ", ná de indiening (" + s.ingediend_op.Iso() +
                     "): een inzending kan geen latere bijeenkomst bevatten; controleer de datum");
      }
    }
  }

  void ReadPersoneel(const Json& doc, Inzending* s) {
    const Json* p = r_.Object(doc, "personeel", "");
    if (!p) return;
    for (const auto& [rol, value] : p->items()) {
      const std::string at = PointerJoin("/personeel", rol);
      if (ctx_.plan && !ctx_.plan->FindRol(rol)) {
        r_.Error(at, UnknownWithSuggestion("onbekende rol", rol, rol_ids_));
        continue;
      }
      if (!value.is_number_integer() || value.get<long long>() < 0 || value.get<long long>() > 10000) {
        r_.Error(at, "verwacht een aantal personen (geheel getal van 0 tot en met 10000), gevonden " +
                         (value.is_number() ? value.dump() : JsonTypeName(value)));
        continue;
      }
      s->personeel[rol] = value.get<int>();
    }
  }

  void ReadInterventies(const Json& doc, Inzending* s) {
    const Json* list = r_.Array(doc, "interventies", "");
    if (!list) return;
    if (list->size() > kMaxInterventiesPerInzending) {
      r_.Error("/interventies", std::to_string(list->size()) +
                                    " interventies in één inzending is niet aannemelijk; "
                                    "hoogstens " +
                                    std::to_string(kMaxInterventiesPerInzending) +
                                    ". Controleer of de lijst niet herhaald is.");
      return;
    }
    std::map<std::string, size_t> seen;  // id -> position in s->interventies
    for (size_t i = 0; i < list->size(); ++i) {
      const std::string at = PointerJoin("/interventies", i);
      const Json& j = (*list)[i];
      if (!r_.ExpectObject(j, at)) continue;
      r_.WarnUnknownKeys(j, at, {"id", "status", "sinds_jaar", "onderbouwing", "toelichting"});
      GekozenInterventie g;
      g.index = i;
      g.id = r_.Text(j, "id", at).value_or("");
      if (!g.id.empty() && ctx_.plan && !ctx_.plan->FindInterventie(g.id)) {
        r_.Error(PointerJoin(at, "id"), UnknownWithSuggestion("onbekende interventie", g.id, interventie_ids_));
      }
      if (const auto t = r_.Text(j, "status", at)) {
        if (const auto st = ParseInterventieStatus(*t)) {
          g.status = *st;
        } else {
          r_.Error(PointerJoin(at, "status"),
                   "onbekende status \"" + *t + "\"; kies nieuw, voortgezet, doorontwikkeling of gestopt");
        }
      }
      if (const auto y = r_.Integer(j, "sinds_jaar", at, Need::kOptional, 1, kProgrammajaren)) {
        g.sinds_jaar = static_cast<int>(*y);
      }
      g.onderbouwing = r_.Text(j, "onderbouwing", at, Need::kOptional).value_or("");
      // The same intervention twice with the same status is one sloppy entry,
      // judged once; two different statuses contradict each other.
      if (!g.id.empty() && seen.count(g.id)) {
        const GekozenInterventie& eerder = s->interventies[seen[g.id]];
        if (eerder.status != g.status) {
          r_.Error(PointerJoin(at, "status"), "interventie \"" + g.id + "\" staat twee keer in de lijst, als " +
                                                  std::string(Name(eerder.status)) + " (/interventies/" +
                                                  std::to_string(eerder.index) + ") en als " +
                                                  std::string(Name(g.status)) + "; houd er één over");
        } else {
          r_.Warning(PointerJoin(at, "id"), "interventie \"" + g.id +
                                                "\" staat twee keer in de lijst (ook op /interventies/" +
                                                std::to_string(eerder.index) + "); ze telt één keer");
          if (eerder.onderbouwing.empty() && !g.onderbouwing.empty()) {
            s->interventies[seen[g.id]].onderbouwing = g.onderbouwing;
          }
        }
        continue;
      }
      if (!g.id.empty()) seen[g.id] = s->interventies.size();
      s->interventies.push_back(std::move(g));
    }
  }

  void ReadWaarden(const Json& doc, Inzending* s) {
    const Json* w = r_.Object(doc, "waarden", "", Need::kOptional);
    if (!w) return;
    for (const auto& [id, value] : w->items()) {
      const std::string at = PointerJoin("/waarden", id);
      const Metriek* m = ctx_.plan ? ctx_.plan->FindMetriek(id) : nullptr;
      if (ctx_.plan && !m) {
        r_.Error(at, UnknownWithSuggestion("onbekende metriek", id, metriek_ids_));
        continue;
      }
      Waarde v;
      if (value.is_boolean()) {
        v.is_ja_nee = true;
        v.ja = value.get<bool>();
      } else if (value.is_number()) {
        v.getal = value.get<double>();
        if (!(v.getal >= 0) || v.getal > 1e9) {
          r_.Error(at, "verwacht een getal van 0 tot 1.000.000.000, gevonden " + value.dump());
          continue;
        }
      } else {
        r_.Error(at, "verwacht een getal of ja/nee, gevonden " + JsonTypeName(value));
        continue;
      }
      if (m) {
        if (m->type == MetriekType::kJaNee && !v.is_ja_nee) {
          r_.Error(at, "verwacht ja/nee (true of false) voor \"" + m->label + "\", gevonden " + value.dump());
          continue;
        }
        if (m->type != MetriekType::kJaNee && v.is_ja_nee) {
          r_.Error(at, "verwacht een getal voor \"" + m->label + "\", gevonden " + value.dump());
          continue;
        }
        if (m->type == MetriekType::kGeheelGetal && !value.is_number_integer()) {
          r_.Error(at, "verwacht een geheel getal voor \"" + m->label + "\", gevonden " + value.dump());
          continue;
        }
      }
      s->waarden[id] = v;
    }
  }

  void ReadIntervisie(const Json& doc, Inzending* s) {
    const Json* list = r_.Array(doc, "intervisie", "", Need::kOptional);
    if (!list) return;
    if (list->size() > kMaxIntervisiePerJaar) {
      r_.Error("/intervisie", std::to_string(list->size()) +
                                  " intervisiebijeenkomsten in één programmajaar is niet "
                                  "aannemelijk; hoogstens " +
                                  std::to_string(kMaxIntervisiePerJaar) +
                                  ". Controleer of de lijst niet herhaald of samengevoegd is.");
      return;
    }
    for (size_t i = 0; i < list->size(); ++i) {
      const std::string at = PointerJoin("/intervisie", i);
      const Json& j = (*list)[i];
      if (!r_.ExpectObject(j, at)) continue;
      r_.WarnUnknownKeys(j, at, {"datum", "soort", "duur_minuten", "deelnemers", "onderwerp", "toelichting"});
      Bijeenkomst b;
      b.index = i;
      b.datum = r_.DateField(j, "datum", at).value_or(Date{});
      b.soort = r_.Text(j, "soort", at).value_or("");
      if (const auto d = r_.Integer(j, "duur_minuten", at, Need::kOptional, 0, 1440)) {
        b.duur_minuten = static_cast<int>(*d);
      }
      b.onderwerp = r_.Text(j, "onderwerp", at, Need::kOptional).value_or("");
      b.toelichting = r_.Text(j, "toelichting", at, Need::kOptional).value_or("");
      const auto it = j.find("deelnemers");
      const std::string dat = PointerJoin(at, "deelnemers");
      if (it == j.end()) {
        r_.Error(at, "ontbrekend veld \"deelnemers\" (een aantal of een lijst pseudoniemen)");
      } else if (it->is_number_integer() && it->get<long long>() >= 0 && it->get<long long>() <= 1000) {
        b.deelnemers = it->get<int>();
      } else if (it->is_array() && it->size() > kMaxPseudoniemen) {
        r_.Error(dat, std::to_string(it->size()) + " deelnemers aan één bijeenkomst is niet aannemelijk; hoogstens " +
                          std::to_string(kMaxPseudoniemen));
      } else if (it->is_array()) {
        std::set<std::string> names;
        for (size_t k = 0; k < it->size(); ++k) {
          const Json& n = (*it)[k];
          if (!n.is_string() || n.get<std::string>().empty() || Utf8Chars(n.get<std::string>()) > kMaxPseudonymLength) {
            r_.Error(PointerJoin(dat, k), "verwacht een pseudoniem (tekst van 1 tot " +
                                              std::to_string(kMaxPseudonymLength) + " tekens), zoals \"HA-1\"");
          } else if (!names.insert(n.get<std::string>()).second) {
            r_.Error(PointerJoin(dat, k), "pseudoniem \"" + n.get<std::string>() + "\" staat twee keer in de lijst");
          } else {
            b.pseudoniemen.push_back(n.get<std::string>());
          }
        }
        b.deelnemers = static_cast<int>(b.pseudoniemen.size());
      } else {
        r_.Error(dat, "verwacht een aantal deelnemers (0 tot en met 1000) of een lijst pseudoniemen, gevonden " +
                          (it->is_number() ? it->dump() : JsonTypeName(*it)));
      }
      s->intervisie.push_back(std::move(b));
    }
  }

  void ReadHuisartsen(const Json& doc, Inzending* s) {
    const Json* list = r_.Array(doc, "huisartsen", "", Need::kOptional);
    if (!list) return;
    if (list->size() > kMaxPseudoniemen) {
      r_.Error("/huisartsen", std::to_string(list->size()) +
                                  " huisartsen in één praktijk is niet aannemelijk; hoogstens " +
                                  std::to_string(kMaxPseudoniemen));
      return;
    }
    std::set<std::string> names;
    for (size_t k = 0; k < list->size(); ++k) {
      const Json& n = (*list)[k];
      const std::string at = PointerJoin("/huisartsen", k);
      if (!n.is_string() || n.get<std::string>().empty() || Utf8Chars(n.get<std::string>()) > kMaxPseudonymLength) {
        r_.Error(at, "verwacht het pseudoniem van een huisarts (tekst van 1 tot " +
                         std::to_string(kMaxPseudonymLength) + " tekens), zoals \"HA-1\"");
      } else if (!names.insert(n.get<std::string>()).second) {
        r_.Error(at, "pseudoniem \"" + n.get<std::string>() + "\" staat twee keer in de lijst");
      } else {
        s->huisartsen.push_back(n.get<std::string>());
      }
    }
  }

  FieldReader r_;
  const SubmissionContext& ctx_;
  Diagnostics* diags_;
  std::vector<std::string> interventie_ids_, metriek_ids_, rol_ids_;
};

}  // namespace

std::optional<Inzending> LoadSubmission(const Json& doc, const std::string& file, const SubmissionContext& ctx,
                                        Diagnostics* diags) {
  return SubmissionReader(file, ctx, diags).Read(doc);
}

}  // namespace mtvp
