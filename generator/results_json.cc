#include "results_json.h"

#include <nlohmann/json.hpp>

#include "vocabulary.h"

namespace mtvp {
namespace {

using OJson = nlohmann::ordered_json;

OJson Optional(const std::optional<double>& v) { return v ? OJson(*v) : OJson(nullptr); }
OJson Text(const std::string& s) { return s.empty() ? OJson(nullptr) : OJson(s); }

OJson VerdictJson(const Verdict& v) {
  OJson j;
  j["regel"] = v.regel;
  j["onderdeel"] = Name(v.onderdeel);
  j["kernelement"] = Text(v.kernelement);
  j["interventie"] = Text(v.interventie);
  j["omschrijving"] = v.omschrijving;
  j["bron"] = v.bron;
  j["ernst"] = Name(v.ernst);
  j["zekerheid"] = Name(v.zekerheid);
  j["status"] = Name(v.status);
  j["werkelijk"] = v.werkelijk;
  j["vereist"] = v.vereist;
  j["tekort"] = Text(v.tekort);
  j["werkelijk_getal"] = Optional(v.werkelijk_getal);
  j["vereist_getal"] = Optional(v.vereist_getal);
  j["tekort_getal"] = Optional(v.tekort_getal);
  j["herkomst"] = v.herkomst;
  j["uitleg"] = v.uitleg;
  if (v.afwijking) {
    j["afwijking"] = {{"geldig", v.afwijking->geldig},
                      {"reden", v.afwijking->reden},
                      {"goedgekeurd_door", v.afwijking->goedgekeurd_door},
                      {"geldig_tot", v.afwijking->geldig_tot.Iso()},
                      {"bron", v.afwijking->bron}};
  } else {
    j["afwijking"] = nullptr;
  }
  return j;
}

OJson JaarJson(const JaarResultaat& jr) {
  OJson j;
  j["jaar"] = jr.jaar;
  j["periode"] = {{"van", jr.periode.van.Iso()}, {"tot", jr.periode.tot.Iso()}};
  j["uiterste_datum"] = jr.uiterste_datum.Iso();
  j["inzending"] = Name(jr.inzending);
  j["bestand"] = Text(jr.bestand);
  j["ingediend_op"] = jr.gegevens ? OJson(jr.gegevens->ingediend_op.Iso()) : OJson(nullptr);
  if (!jr.Beoordeeld()) {
    j["oordeel"] = nullptr;
    return j;
  }
  j["oordeel"] = Name(jr.oordeel);
  OJson kes = OJson::object();
  for (const KernelementOordeel& k : jr.per_kernelement) kes[k.kernelement] = Name(k.status);
  j["per_kernelement"] = kes;
  j["intervisie"] = Name(jr.intervisie);
  OJson ivs = OJson::array();
  for (const InterventieKeuze& k : jr.interventies) {
    ivs.push_back({{"id", k.id},
                   {"naam", k.naam},
                   {"kernelement", k.kernelement},
                   {"status", Name(k.status)},
                   {"sinds_jaar", k.sinds_jaar ? OJson(*k.sinds_jaar) : OJson(nullptr)},
                   {"telt_als", Text(k.telt_als)},
                   {"telt", k.telt},
                   {"onderbouwing", Text(k.onderbouwing)}});
  }
  j["interventies"] = ivs;
  OJson verdicts = OJson::array();
  for (const Verdict& v : jr.verdicts) verdicts.push_back(VerdictJson(v));
  j["verdicts"] = verdicts;
  return j;
}

}  // namespace

std::string RenderResultsJson(const Report& report) {
  const Regioplan& plan = *report.plan;
  const ReportCounts counts = Count(report);
  OJson root;
  root["formaat"] = kResultatenFormaat;
  root["regio"] = plan.regio;
  root["rho"] = plan.rho;
  root["programma"] = plan.programma;
  root["peildatum"] = report.peildatum.Iso();
  OJson samenvatting;
  samenvatting["praktijken"] = counts.praktijken;
  samenvatting["uitgetreden"] = counts.uitgetreden;
  OJson oordelen = OJson::object();
  for (const auto& [status, n] : counts.per_oordeel) oordelen[std::string(Name(status))] = n;
  samenvatting["oordeel"] = oordelen;
  OJson inzendingen = OJson::object();
  for (const auto& [status, n] : counts.per_inzending) inzendingen[std::string(Name(status))] = n;
  samenvatting["inzendingen"] = inzendingen;
  samenvatting["fouten"] = counts.fouten;
  samenvatting["waarschuwingen"] = counts.waarschuwingen;
  root["samenvatting"] = samenvatting;

  OJson praktijken = OJson::array();
  for (const PraktijkResultaat& pr : report.praktijken) {
    const Praktijk& p = pr.praktijk;
    OJson j;
    j["agb"] = p.agb;
    j["naam"] = p.naam;
    j["wijk"] = Text(p.wijk);
    j["subregio"] = Text(p.subregio);
    j["cohort"] = p.cohort;
    j["normpraktijken"] = p.normpraktijken;
    j["krachtige_basiszorg"] = p.krachtige_basiszorg;
    j["plangroep"] = Text(p.plangroep);
    j["uitgetreden_op"] = p.uitgetreden_op ? OJson(p.uitgetreden_op->Iso()) : OJson(nullptr);
    j["uitgetreden"] = pr.uitgetreden;
    j["lopend_jaar"] = pr.lopend_jaar;
    j["oordeel"] = Name(pr.oordeel);
    OJson jaren = OJson::array();
    for (const JaarResultaat& jr : pr.jaren) jaren.push_back(JaarJson(jr));
    j["jaren"] = jaren;
    praktijken.push_back(std::move(j));
  }
  root["praktijken"] = praktijken;
  OJson problemen = OJson::array();
  for (const Diagnostic& d : report.problemen) {
    problemen.push_back({{"ernst", d.severity == Severity::kFout ? "fout" : "waarschuwing"},
                         {"bestand", d.file},
                         {"pad", d.pointer},
                         {"melding", d.message}});
  }
  root["problemen"] = problemen;
  return root.dump(1, '\t', false, OJson::error_handler_t::replace) + "\n";
}

}  // namespace mtvp
