// The rules page (regels.html): the region's regioplan as a readable Dutch
// document, so a project leader can hold the encoded rules against the
// published plan, and practices can read what is asked of them.
#include <algorithm>
#include <vector>

#include "base/dutch_format.h"
#include "render/html/view_common.h"
#include "render/html/views.h"

namespace mtvp::html {
namespace {

std::string Ernstwoord(Ernst e) {
  switch (e) {
    case Ernst::kEis: return "eis";
    case Ernst::kAdvies: return "advies";
    case Ernst::kInfo: return "ter informatie";
  }
  return "eis";
}

std::string GeldtVoorTekst(GeldtVoor g) {
  switch (g) {
    case GeldtVoor::kAlle: return "";
    case GeldtVoor::kKbz: return "alleen voor Krachtige basiszorg-praktijken";
    case GeldtVoor::kNietKbz: return "niet voor Krachtige basiszorg-praktijken";
  }
  return "";
}

std::string MetriekLabel(const Regioplan& plan, const std::string& id) {
  const Metriek* m = plan.FindMetriek(id);
  return m ? m->label + (m->eenheid.empty() || m->type == MetriekType::kJaNee ? "" : " (" + m->eenheid + ")") : id;
}

/// What a voorwaarde asks, in words: "Verwijzingen: minimaal 12 per normpraktijk".
std::string Vereist(const Regioplan& plan, const Regel& r) {
  switch (r.soort) {
    case Soort::kMinimaal:
      return MetriekLabel(plan, r.metriek) + ": minimaal " + FormatGetal(r.waarde) +
             (r.per_normpraktijk ? " per normpraktijk" : "");
    case Soort::kMaximaal: return MetriekLabel(plan, r.metriek) + ": hoogstens " + FormatGetal(r.waarde);
    case Soort::kAandeel:
      return MetriekLabel(plan, r.metriek) + ": minimaal " + FormatPercentage(r.waarde) + " van " +
             (r.rol == "alle" ? std::string("al het personeel") : "de " + plan.RolLabel(r.rol));
    case Soort::kJaNee: return MetriekLabel(plan, r.metriek) + ": ja";
    case Soort::kEenVan: {
      // The verdicts' wording (TenMinsteEenVan), with each option's own requirement.
      std::vector<std::string> opties;
      for (const Regel& optie : r.opties) opties.push_back(Vereist(plan, optie));
      return TenMinsteEenVan(opties);
    }
    case Soort::kMinInterventies: return "minimaal " + FormatGetal(r.waarde) + " actieve interventies";
    case Soort::kMinNieuw: return "minimaal " + FormatGetal(r.waarde) + " nieuwe interventies";
    case Soort::kVorigeVoortgezet: return "elke interventie van vorig jaar loopt door";
    case Soort::kMinVoortgezet: return "minimaal " + FormatGetal(r.waarde) + " voortgezette interventies";
    case Soort::kMinDoorontwikkeling: return "minimaal " + FormatGetal(r.waarde) + " doorontwikkelingen";
    case Soort::kNieuwOfDoorontwikkeling:
      return "minimaal " + FormatGetal(r.waarde) + " nieuwe of doorontwikkelde interventies";
    case Soort::kOnderbouwingBijDoorontwikkeling:
      return "een onderbouwing bij elke doorontwikkeling (minimaal " + std::to_string(r.min_tekens) + " tekens)";
    case Soort::kNooitEnige: return "nooit de enige interventie";
    case Soort::kInterventieVerplicht: {
      const Interventie* iv = plan.FindInterventie(r.interventie);
      return "verplicht: " + (iv ? iv->naam : r.interventie);
    }
    case Soort::kPerHuisarts:
      return "per huisarts minimaal " + std::to_string(r.min_sessies) + " keer " +
             (r.bijeenkomst.empty() ? std::string("intervisie") : SoortBijeenkomst(r.bijeenkomst)) +
             (r.min_duur_minuten ? " van minimaal " + std::to_string(r.min_duur_minuten) + " minuten" : "");
    case Soort::kUitwisselbijeenkomsten:
      return "een volledige reeks uitwisselbijeenkomsten (van het eigen of een ander cohort), met minimaal " +
             std::to_string(r.min_deelnemers) + " deelnemer(s)" + (r.plangroep_telt ? "; de plangroep telt mee" : "");
    case Soort::kMinBijeenkomsten:
      return "minimaal " + FormatGetal(r.waarde) + " keer " + SoortBijeenkomst(r.bijeenkomst);
    case Soort::kElkKwartaal:
      return "in elk kwartaal van het programmajaar minimaal één keer " +
             (r.bijeenkomst.empty() ? std::string("een bijeenkomst") : "een " + SoortBijeenkomst(r.bijeenkomst));
    case Soort::kVrijeVorm: return "vrije vorm (ter informatie)";
    case Soort::kKoptarief:
      return "het koptarief alleen bij deelname aan Krachtige basiszorg en een achterstandspopulatie van " +
             FormatGetal(r.waarde) + " % of meer (volgens het praktijkregister)";
  }
  return "";
}

Data RegelView(const Regioplan& plan, const Regel& r) {
  Data d;
  d.set("id", r.id);
  d.set("omschrijving", r.omschrijving);
  d.set("vereist", Vereist(plan, r));
  d.set("ernst", Ernstwoord(r.ernst));
  d.set("aanname", r.zekerheid == Zekerheid::kAanname);
  std::string geldt = GeldtVoorTekst(r.geldt_voor);
  if (!r.jaren.empty()) {
    std::string jaren;
    for (size_t i = 0; i < r.jaren.size(); ++i) {
      jaren += (i == 0 ? "" : i + 1 == r.jaren.size() ? " en " : ", ") + std::to_string(r.jaren[i]);
    }
    geldt += (geldt.empty() ? "" : "; ") + std::string("alleen in programmajaar ") + jaren;
  }
  d.set("geldt_voor", geldt);
  d.set("heeft_geldt_voor", !geldt.empty());
  d.set("bron", r.bron);
  std::string ontheffing = r.ontheffing ? r.ontheffing->omschrijving : std::string();
  while (!ontheffing.empty() && ontheffing.back() == '.') ontheffing.pop_back();  // the template adds the full stop
  d.set("ontheffing", ontheffing);
  d.set("heeft_ontheffing", r.ontheffing.has_value());
  return d;
}

}  // namespace

Data RegelsView(const Report& report) {
  const Regioplan& plan = *report.plan;
  Data view = PageView(report, plan.programma + " " + plan.regio + ": de regels van het regioplan");
  view.set("inzendtermijn", Aantal(plan.inzendtermijn_dagen, "dag", "dagen"));
  std::vector<Data> kernelementen;
  for (const Kernelement& k : plan.kernelementen) {
    Data kd;
    kd.set("id", k.id);
    kd.set("naam", k.naam);
    kd.set("bron", k.bron);
    std::vector<Data> jaren;
    for (const auto& [jaar, regels] : k.groeimodel) {
      Data jd;
      jd.set("jaar", std::to_string(jaar));
      std::vector<Data> items;
      for (const Regel& r : regels) items.push_back(RegelView(plan, r));
      jd.set("regels", ListOf(std::move(items)));
      jaren.push_back(std::move(jd));
    }
    kd.set("jaren", ListOf(std::move(jaren)));
    std::vector<Data> interventies;
    for (const Interventie& iv : plan.interventies) {
      if (iv.kernelement != k.id) continue;
      Data id;
      id.set("naam", iv.naam);
      id.set("bron", iv.bron);
      id.set("niet_kiesbaar", !iv.kiesbaar);
      id.set("reden", iv.reden);
      const Interventie* t = iv.alias_van.empty() ? nullptr : plan.FindInterventie(iv.alias_van);
      id.set("alias", t ? t->naam : iv.alias_van);
      id.set("heeft_alias", !iv.alias_van.empty());
      std::string j;
      for (int y : iv.jaren) j += (j.empty() ? "" : ", ") + std::to_string(y);
      id.set("jaren", j);
      id.set("heeft_jaren", !iv.jaren.empty());
      std::vector<Data> uit;
      for (const Uitsluiting& u : iv.uitgesloten) {
        Data ud;
        std::string s;
        for (const std::string& sr : u.subregios) s += (s.empty() ? "" : ", ") + sr;
        ud.set("subregios", s);
        ud.set("kenmerk", u.kenmerk);
        ud.set("heeft_kenmerk", !u.kenmerk.empty());
        ud.set("reden", u.reden);
        ud.set("bron", u.bron);
        uit.push_back(std::move(ud));
      }
      id.set("heeft_uitsluitingen", !uit.empty());
      id.set("uitsluitingen", ListOf(std::move(uit)));
      std::vector<Data> vw;
      for (const Regel& r : iv.voorwaarden) vw.push_back(RegelView(plan, r));
      id.set("heeft_voorwaarden", !vw.empty());
      id.set("voorwaarden", ListOf(std::move(vw)));
      id.set("ondersteuning", iv.ondersteuning);
      id.set("heeft_ondersteuning", !iv.ondersteuning.empty());
      interventies.push_back(std::move(id));
    }
    kd.set("interventies", ListOf(std::move(interventies)));
    kernelementen.push_back(std::move(kd));
  }
  view.set("kernelementen", ListOf(std::move(kernelementen)));
  std::vector<Data> intervisie;
  for (const auto& [jaar, regels] : plan.intervisie) {
    Data jd;
    jd.set("jaar", std::to_string(jaar));
    std::vector<Data> items;
    for (const Regel& r : regels) items.push_back(RegelView(plan, r));
    jd.set("regels", ListOf(std::move(items)));
    intervisie.push_back(std::move(jd));
  }
  view.set("intervisie", ListOf(std::move(intervisie)));
  std::vector<Data> deelname;
  for (const auto& [jaar, regels] : plan.deelname) {
    Data jd;
    jd.set("jaar", std::to_string(jaar));
    std::vector<Data> items;
    for (const Regel& r : regels) items.push_back(RegelView(plan, r));
    jd.set("regels", ListOf(std::move(items)));
    deelname.push_back(std::move(jd));
  }
  view.set("heeft_deelname", !deelname.empty());
  view.set("deelname", ListOf(std::move(deelname)));
  std::vector<Data> cohorten;
  for (const Cohort& c : plan.cohorten) {
    Data cd;
    cd.set("naam", c.naam);
    cd.set("start", c.start.Dutch());
    std::string data;
    for (const Date& d : c.uitwisselbijeenkomsten) data += (data.empty() ? "" : ", ") + d.Dutch();
    cd.set("bijeenkomsten", data.empty() ? std::string("geen") : data);
    cohorten.push_back(std::move(cd));
  }
  view.set("cohorten", ListOf(std::move(cohorten)));
  return view;
}

}  // namespace mtvp::html
