#include "report/praktijk_model.h"

namespace mtvp {

std::optional<Status> KernelementOverJaren(const PraktijkSamenvatting& p, const std::string& kernelement) {
  std::optional<Status> out;
  for (const JaarSamenvatting& j : p.jaren) {
    if (!j.Beoordeeld()) continue;
    for (const KernelementOordeel& k : j.per_kernelement) {
      if (k.kernelement == kernelement) out = out ? Combine(*out, k.status) : k.status;
    }
  }
  return out;
}

std::optional<Status> IntervisieOverJaren(const PraktijkSamenvatting& p) {
  std::optional<Status> out;
  for (const JaarSamenvatting& j : p.jaren) {
    if (j.Beoordeeld()) out = out ? Combine(*out, j.intervisie) : j.intervisie;
  }
  return out;
}

int Verslagjaar(const PraktijkResultaat& p) {
  int jaar = 0;
  for (const JaarResultaat& j : p.jaren) {
    if (j.Beoordeeld() ||
        (j.inzending != InzendStatus::kNogNietVerschuldigd && j.inzending != InzendStatus::kUitgetreden)) {
      jaar = j.jaar;
    }
  }
  return jaar;
}

VolgendJaar VolgendJaarVan(const Regioplan& plan, const PraktijkResultaat& pr) {
  VolgendJaar out;
  out.jaar = Verslagjaar(pr) + 1;
  out.heeft = out.jaar <= kProgrammajaren && !pr.uitgetreden;
  out.laatste = out.jaar > kProgrammajaren && !pr.uitgetreden;
  if (!out.heeft) return out;
  if (const Cohort* cohort = plan.FindCohort(pr.praktijk.cohort)) out.periode = ProgrammeYear(cohort->start, out.jaar);
  for (const Kernelement& ke : plan.kernelementen) {
    VolgendJaar::KernelementRegels k{&ke, {}};
    if (const auto it = ke.groeimodel.find(out.jaar); it != ke.groeimodel.end()) {
      for (const Regel& g : it->second) {
        if (RegelGeldtVoor(g, pr.praktijk)) k.regels.push_back(&g);
      }
    }
    out.kernelementen.push_back(std::move(k));
  }
  if (const auto it = plan.intervisie.find(out.jaar); it != plan.intervisie.end()) {
    for (const Regel& g : it->second) {
      if (RegelGeldtVoor(g, pr.praktijk)) out.intervisie.push_back(&g);
    }
  }
  return out;
}

}  // namespace mtvp
