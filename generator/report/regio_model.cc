#include "report/regio_model.h"

#include <algorithm>

#include "model/rule_ids.h"

namespace mtvp {

bool InzendingOpvolgen(InzendStatus s) {
  return s == InzendStatus::kTeLaat || s == InzendStatus::kOntbreekt || s == InzendStatus::kVerwacht ||
         s == InzendStatus::kOngeldig;
}

bool Achterstallig(InzendStatus s) {
  return s == InzendStatus::kOntbreekt || s == InzendStatus::kOngeldig || s == InzendStatus::kTeLaat;
}

bool HoudtTegen(Status s) { return s == Status::kVoldoetNiet || s == Status::kOnvolledig || s == Status::kOnbeslist; }

bool VerdictOpvolgen(const Verdict& v) { return VraagtAandacht(v.status) && v.ernst != Ernst::kInfo; }

namespace {

std::vector<Knelpunt> Knelpunten(const Report& report) {
  std::map<std::string, Knelpunt> per_regel;
  std::map<std::string, size_t> index_by_agb;
  for (size_t i = 0; i < report.praktijken.size(); ++i) {
    const PraktijkSamenvatting& pr = report.praktijken[i];
    index_by_agb[pr.praktijk.agb] = i;
    for (const JaarSamenvatting& j : pr.jaren) {
      for (const Verdict& v : j.aandacht) {
        if (v.ernst != Ernst::kEis || !VraagtAandacht(v.status)) continue;
        Knelpunt& k = per_regel[v.regel];
        if (k.regel.empty()) {
          k.regel = v.regel;
          k.voorbeeld = v;
        }
        if (v.status == Status::kAfwijkingGeaccepteerd) {
          k.afwijking.insert(pr.praktijk.agb);
        } else if (v.status == Status::kOnvolledig) {
          k.onvolledig.insert(pr.praktijk.agb);
        } else {
          k.voldoet_niet.insert(pr.praktijk.agb);
        }
      }
    }
  }
  std::vector<Knelpunt> out;
  for (auto& [regel, k] : per_regel) {
    std::set<std::string> held = k.voldoet_niet;
    held.insert(k.onvolledig.begin(), k.onvolledig.end());
    if (held.empty()) continue;
    for (const std::string& agb : held) k.tegengehouden.push_back(index_by_agb[agb]);
    out.push_back(std::move(k));
  }
  std::stable_sort(out.begin(), out.end(), [](const Knelpunt& a, const Knelpunt& b) {
    return a.tegengehouden.size() > b.tegengehouden.size();
  });
  return out;
}

void Tel(const PraktijkSamenvatting& pr, Groep* g) {
  ++g->aantal;
  ++g->per_oordeel[pr.oordeel];
  for (const JaarSamenvatting& j : pr.jaren) g->achterstallig += Achterstallig(j.inzending);
}

void Rollups(const Report& report, RegioModel* m) {
  std::map<std::string, Groep> wijken, cohorten;
  Groep zonder_wijk{"(geen wijk opgegeven)", {}, 0, 0};
  for (const PraktijkSamenvatting& pr : report.praktijken) {
    if (pr.praktijk.wijk.empty()) {
      Tel(pr, &zonder_wijk);
    } else {
      Groep& g = wijken[pr.praktijk.wijk];
      g.naam = pr.praktijk.wijk;
      Tel(pr, &g);
    }
    Groep& c = cohorten[pr.praktijk.cohort];
    const Cohort* cohort = report.plan->FindCohort(pr.praktijk.cohort);
    c.naam = cohort ? cohort->naam : pr.praktijk.cohort;
    Tel(pr, &c);
  }
  m->heeft_wijken = !wijken.empty();
  for (auto& [naam, g] : wijken) m->wijken.push_back(std::move(g));
  if (zonder_wijk.aantal) m->wijken.push_back(std::move(zonder_wijk));
  // Cohorts in the order the regioplan declares them (their start waves).
  for (const Cohort& c : report.plan->cohorten) {
    if (const auto it = cohorten.find(c.id); it != cohorten.end()) m->cohorten.push_back(std::move(it->second));
  }
}

std::vector<Opvolgpunt> Opvolgen(const PraktijkSamenvatting& pr) {
  std::vector<Opvolgpunt> out;
  for (const JaarSamenvatting& jr : pr.jaren) {
    if (InzendingOpvolgen(jr.inzending)) out.push_back({jr.jaar, jr.inzending, std::nullopt});
    if (jr.Beoordeeld() && HoudtTegen(jr.oordeel)) out.push_back({jr.jaar, std::nullopt, jr.oordeel});
  }
  return out;
}

}  // namespace

RegioModel BuildRegioModel(const Report& report) {
  RegioModel m;
  m.counts = Count(report);
  for (size_t i = 0; i < report.praktijken.size(); ++i) {
    const PraktijkSamenvatting& pr = report.praktijken[i];
    for (const JaarSamenvatting& j : pr.jaren) {
      if (InzendingOpvolgen(j.inzending)) m.inzendingen.push_back({i, j.jaar});
    }
    m.opvolgen.push_back(Opvolgen(pr));
  }
  m.knelpunten = Knelpunten(report);
  Rollups(report, &m);
  return m;
}

void AddModels(Report* report) {
  report->regio = std::make_shared<const RegioModel>(BuildRegioModel(*report));
  report->regels = std::make_shared<const RegelIndex>(*report->plan);
}

}  // namespace mtvp
