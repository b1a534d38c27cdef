#include "render/html/view_common.h"

#include <array>

#include <cstdio>

#include "model/status_table.h"
#include "model/vocabulary.h"

namespace mtvp::html {

std::string StatusKlasse(Status s) { return std::string(LookOf(s).klasse); }

Data StatusView(Status s) {
  const StatusLook& look = LookOf(s);
  Data d;
  d.set("klasse", std::string(look.klasse));
  // The short label keeps badges in tables narrow; `naam` is the full word
  // for screen readers and tooltips.
  d.set("label", std::string(look.kort));
  d.set("naam", std::string(Name(s)));
  d.set("teken", std::string(look.teken));
  d.set("rang", SortKey(StatusRank(s)));
  return d;
}

namespace {

/// `Build(s)` for each status, built once (thread-safe) and shared as
/// Data::Ref: the badges and cells of a page are a handful of distinct views
/// repeated thousands of times.
template <Data (*Build)(Status)>
Data Gedeeld(Status s) {
  static const std::array<Data, kStatusCount> views = [] {
    std::array<Data, kStatusCount> out;
    for (Status st : kStatusVolgorde) out[static_cast<size_t>(st)] = Build(st);
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
  const InzendLook& look = LookOf(s);
  Data d;
  d.set("klasse", std::string(look.klasse));
  d.set("label", std::string(Name(s)));
  d.set("naam", std::string(Name(s)));
  d.set("teken", std::string(look.teken));
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

std::string SortKey(int n) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", n);
  return buf;
}

}  // namespace mtvp::html
