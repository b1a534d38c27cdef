#include "render/html/view_common.h"

#include <array>

#include <cstdio>

#include "model/vocabulary.h"

namespace mtvp::html {

std::string StatusKlasse(Status s) {
  switch (s) {
    case Status::kVoldoet: return "voldoet";
    case Status::kVoldoetNiet: return "voldoet-niet";
    case Status::kAfwijkingGeaccepteerd: return "afwijking";
    case Status::kOnvolledig: return "onvolledig";
    case Status::kNietVanToepassing: return "nvt";
    case Status::kUitgetreden: return "uitgetreden";
  }
  return "nvt";
}

Data StatusView(Status s) {
  // Symbols double the colour, so the status reads without it (WCAG 1.4.1).
  const char* teken = "–";
  switch (s) {
    case Status::kVoldoet: teken = "✓"; break;
    case Status::kVoldoetNiet: teken = "✗"; break;
    case Status::kAfwijkingGeaccepteerd: teken = "≈"; break;
    case Status::kOnvolledig: teken = "?"; break;
    case Status::kNietVanToepassing: teken = "–"; break;
    case Status::kUitgetreden: teken = "⏏"; break;
  }
  Data d;
  d.set("klasse", StatusKlasse(s));
  // "n.v.t." keeps badges in tables narrow; `naam` is the full word for
  // screen readers and tooltips.
  d.set("label", s == Status::kNietVanToepassing ? std::string("n.v.t.") : std::string(Name(s)));
  d.set("naam", std::string(Name(s)));
  d.set("teken", std::string(teken));
  d.set("rang", SortKey(StatusRank(s)));
  return d;
}

namespace {

/// `Build(s)` for each status, built once (thread-safe) and shared as
/// Data::Ref: the badges and cells of a page are a handful of distinct views
/// repeated thousands of times.
template <Data (*Build)(Status)>
Data Gedeeld(Status s) {
  static const std::array<Data, kStatusVolgorde.size()> views = [] {
    std::array<Data, kStatusVolgorde.size()> out;
    for (Status st : kStatusOrde) out[static_cast<size_t>(st)] = Build(st);
    return out;
  }();
  return Data::Ref(views.at(static_cast<size_t>(s)));
}

}  // namespace

Data StatusRef(Status s) { return Gedeeld<StatusView>(s); }

Data OordeelView(Status s) {
  Data d = StatusView(s);
  if (s == Status::kNietVanToepassing) {
    d.set("label", std::string("nog niet beoordeeld"));
    d.set("naam", std::string("nog niet beoordeeld"));
  }
  return d;
}


Data InzendView(InzendStatus s) {
  std::string klasse = "nvt";
  const char* teken = "–";
  switch (s) {
    case InzendStatus::kCompleet: klasse = "voldoet"; teken = "✓"; break;
    case InzendStatus::kTeLaat: klasse = "afwijking"; teken = "!"; break;
    case InzendStatus::kOntbreekt: klasse = "voldoet-niet"; teken = "✗"; break;
    case InzendStatus::kOngeldig: klasse = "voldoet-niet"; teken = "✗"; break;
    case InzendStatus::kVerwacht: klasse = "onvolledig"; teken = "…"; break;
    case InzendStatus::kNogNietVerschuldigd: klasse = "nvt"; teken = "–"; break;
    case InzendStatus::kUitgetreden: klasse = "nvt"; teken = "–"; break;
  }
  Data d;
  d.set("klasse", klasse);
  d.set("label", std::string(Name(s)));
  d.set("naam", std::string(Name(s)));
  d.set("teken", std::string(teken));
  d.set("rang", SortKey(static_cast<int>(s)));
  return d;
}

namespace {

Data StatusCel(const std::optional<Status>& s) {
  Data d;
  d.set("heeft_status", s.has_value());
  d.set("status", s ? StatusRef(*s) : Data());
  d.set("rang", s ? SortKey(StatusRank(*s)) : std::string("-1"));
  return d;
}

Data StatusCelMet(Status s) { return StatusCel(s); }

}  // namespace

Data StatusCelView(const std::optional<Status>& s) {
  if (s) return Gedeeld<StatusCelMet>(*s);
  static const Data geen = StatusCel(std::nullopt);
  return Data::Ref(geen);
}

Data OordeelRef(Status s) { return Gedeeld<OordeelView>(s); }

Data ListOf(std::vector<Data> items) {
  Data list(Data::type::list);
  for (Data& d : items) list.push_back(std::move(d));
  return list;
}

Data PageView(const Report& report, const std::string& titel) {
  const Regioplan& plan = *report.plan;
  Data d;
  d.set("titel", titel);
  d.set("regio", plan.regio);
  d.set("rho", plan.rho);
  d.set("programma", plan.programma);
  d.set("peildatum", report.peildatum.Dutch());
  d.set("peildatum_iso", report.peildatum.Iso());
  return d;
}

std::string KernelementNaam(const Regioplan& plan, const std::string& id) {
  const Kernelement* k = plan.FindKernelement(id);
  return k ? k->naam : id;
}

std::string CohortNaam(const Regioplan& plan, const std::string& id) {
  const Cohort* c = plan.FindCohort(id);
  return c ? c->naam : id;
}

std::string InterventieNaam(const Regioplan& plan, const std::string& id) {
  const Interventie* i = plan.FindInterventie(id);
  return i ? i->naam : id;
}

std::string ProgrammajaarTekst(int lopend_jaar) {
  if (lopend_jaar > kProgrammajaren) return "afgerond";
  return "jaar " + std::to_string(lopend_jaar);
}

std::string PeriodeTekst(const Periode& p) { return p.van.Dutch() + " t/m " + p.tot.Dutch(); }

std::string KortePeriode(const Periode& p) {
  static const char* const kMaanden[12] = {"jan", "feb", "mrt", "apr", "mei", "jun",
                                           "jul", "aug", "sep", "okt", "nov", "dec"};
  auto maand = [](const Date& d) { return std::string(kMaanden[(d.month - 1) % 12]) + " " + std::to_string(d.year); };
  return maand(p.van) + " – " + maand(p.tot);
}

std::optional<Status> KernelementOverJaren(const PraktijkResultaat& p, const std::string& kernelement) {
  std::optional<Status> out;
  for (const JaarResultaat& j : p.jaren) {
    if (!j.Beoordeeld()) continue;
    for (const KernelementOordeel& k : j.per_kernelement) {
      if (k.kernelement == kernelement) out = out ? Combine(*out, k.status) : k.status;
    }
  }
  return out;
}

std::optional<Status> IntervisieOverJaren(const PraktijkResultaat& p) {
  std::optional<Status> out;
  for (const JaarResultaat& j : p.jaren) {
    if (j.Beoordeeld()) out = out ? Combine(*out, j.intervisie) : j.intervisie;
  }
  return out;
}

int Verslagjaar(const PraktijkResultaat& p) {
  int jaar = 0;
  for (const JaarResultaat& j : p.jaren) {
    if (j.Beoordeeld() || (j.inzending != InzendStatus::kNogNietVerschuldigd &&
                           j.inzending != InzendStatus::kUitgetreden)) {
      jaar = j.jaar;
    }
  }
  return jaar;
}

std::string SortKey(int n) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", n);
  return buf;
}

}  // namespace mtvp::html
