// One programme year on a practice page: what the groeimodel asked, what the
// practice did, every voorwaarde with actual against required, intervisie,
// and the practice's own words.
#include <algorithm>

#include "base/dutch_format.h"
#include "model/vocabulary.h"
#include "render/html/markdown.h"
#include "render/html/view_common.h"
#include "render/html/view_praktijk.h"
#include "report/bron_tekst.h"

namespace mtvp::html {
namespace {

/// The id of a row on the page: "j2-<n>" (no rule ids in what a practice
/// receives).
std::string Anker(int jaar, std::string_view id) {
  std::string anker = "j";  // built in steps: "j" + std::string trips GCC 12's -Wrestrict
  anker += std::to_string(jaar);
  anker += '-';
  anker += id;
  return anker;
}

}  // namespace

Data VerdictView(const Regioplan& plan, const Verdict& v, int jaar, size_t index, const Afscherming& af) {
  Data d;
  d.set("anker", Anker(jaar, "r" + std::to_string(index + 1)));
  d.set("jaar", std::to_string(jaar));
  d.set("omschrijving", af(v.omschrijving));
  d.set("ernst", ErnstVoorPraktijk(v.ernst));
  d.set("geen_eis", v.ernst != Ernst::kEis);
  d.set("status", StatusRef(v.status));
  d.set("werkelijk", af(v.werkelijk.empty() ? "–" : v.werkelijk));
  d.set("vereist", af(v.vereist.empty() ? "–" : v.vereist));
  d.set("tekort", af(v.tekort));
  d.set("heeft_tekort", !v.tekort.empty());
  d.set("uitleg", af(ZonderInterneVerwijzingen(v.uitleg)));
  d.set("bron", BronVoorPraktijk(plan, v.bron));
  return d;
}

Data VerdictTabel(const std::string& bijschrift, std::vector<Data> verdicts, bool met_anker, bool toon_jaar) {
  Data d;
  d.set("bijschrift", bijschrift);
  d.set("heeft", !verdicts.empty());
  d.set("verdicts", ListOf(std::move(verdicts)));
  d.set("met_anker", met_anker);
  d.set("toon_jaar", toon_jaar);
  return d;
}

namespace {

/// One line per kernelement: "3 eisen, alle voldaan" or "1 van 3 eisen niet
/// voldaan", so a passing year reads at a glance.
std::string Samenvatting(const std::vector<const Verdict*>& verdicts) {
  int eisen = 0, niet = 0, open = 0, afwijking = 0;
  for (const Verdict* v : verdicts) {
    if (v->ernst != Ernst::kEis || v->status == Status::kNietVanToepassing) continue;
    ++eisen;
    if (v->status == Status::kVoldoetNiet) ++niet;
    if (v->status == Status::kOnvolledig) ++open;
    if (v->status == Status::kAfwijkingGeaccepteerd) ++afwijking;
  }
  if (eisen == 0) return "Dit jaar geen eisen voor u.";
  std::string out;
  if (niet == 0 && open == 0) {
    out = eisen == 1 ? "1 eis, voldaan" : Aantal(eisen, "eis", "eisen") + ", alle voldaan";
    if (afwijking > 0) out += " (waarvan " + std::to_string(afwijking) + " met een geaccepteerde afwijking)";
    return out + ".";
  }
  if (niet > 0) out = std::to_string(niet) + " van " + Aantal(eisen, "eis", "eisen") + " niet voldaan";
  if (open > 0) {
    out += out.empty() ? std::to_string(open) + " van " + Aantal(eisen, "eis", "eisen") : ", " + std::to_string(open);
    out += " niet te beoordelen (gegevens ontbreken)";
  }
  return out + ".";
}

Data InterventieView(const Regioplan& plan, const InterventieKeuze& k, const Afscherming& af) {
  Data d;
  d.set("naam", k.naam);
  d.set("status", std::string(Name(k.status)));
  d.set("sinds", k.sinds_jaar ? "sinds jaar " + std::to_string(*k.sinds_jaar) : std::string());
  d.set("heeft_sinds", k.sinds_jaar.has_value());
  d.set("telt", k.telt);
  d.set("telt_als", k.telt_als.empty() ? std::string() : InterventieNaam(plan, k.telt_als));
  d.set("heeft_telt_als", !k.telt_als.empty());
  d.set("heeft_onderbouwing", !k.onderbouwing.empty());
  d.set("onderbouwing_html", k.onderbouwing.empty() ? std::string() : MarkdownNaarHtml(af(k.onderbouwing), 5));
  return d;
}

Data KernelementView(const Regioplan& plan, const Kernelement& ke, const JaarResultaat& jr, const Afscherming& af) {
  std::vector<Data> groeimodel, menu, interventies, voorwaarden;
  std::vector<const Verdict*> eigen;
  for (size_t i = 0; i < jr.verdicts.size(); ++i) {
    const Verdict& v = jr.verdicts[i];
    if (v.kernelement != ke.id) continue;
    if (v.onderdeel != Onderdeel::kIntervisie) eigen.push_back(&v);
    if (v.onderdeel == Onderdeel::kGroeimodel) groeimodel.push_back(VerdictView(plan, v, jr.jaar, i, af));
    if (v.onderdeel == Onderdeel::kMenu) menu.push_back(VerdictView(plan, v, jr.jaar, i, af));
  }
  for (const InterventieKeuze& k : jr.interventies) {
    if (k.kernelement == ke.id) interventies.push_back(InterventieView(plan, k, af));
  }
  // Voorwaarden grouped by intervention, in the order the verdicts come.
  std::vector<std::string> volgorde;
  for (const Verdict& v : jr.verdicts) {
    if (v.kernelement == ke.id && v.onderdeel == Onderdeel::kVoorwaarde &&
        std::find(volgorde.begin(), volgorde.end(), v.interventie) == volgorde.end()) {
      volgorde.push_back(v.interventie);
    }
  }
  for (const std::string& id : volgorde) {
    std::vector<Data> verdicts;
    for (size_t i = 0; i < jr.verdicts.size(); ++i) {
      const Verdict& v = jr.verdicts[i];
      if (v.onderdeel == Onderdeel::kVoorwaarde && v.interventie == id) {
        verdicts.push_back(VerdictView(plan, v, jr.jaar, i, af));
      }
    }
    const std::string naam = InterventieNaam(plan, id);
    Data g;
    g.set("naam", naam);
    g.set("tabel", VerdictTabel("Voorwaarden van " + naam + ", programmajaar " + std::to_string(jr.jaar),
                                std::move(verdicts), true, false));
    voorwaarden.push_back(std::move(g));
  }
  Status status = Status::kNietVanToepassing;
  for (const KernelementOordeel& k : jr.per_kernelement) {
    if (k.kernelement == ke.id) status = k.status;
  }
  Data d;
  d.set("id", ke.id);
  d.set("naam", ke.naam);
  d.set("anker", Anker(jr.jaar, ke.id));
  d.set("status", StatusRef(status));
  d.set("samenvatting", Samenvatting(eigen));
  const std::string jaar = ", programmajaar " + std::to_string(jr.jaar);
  d.set("groeimodel", VerdictTabel("Groeimodel " + ke.naam + jaar, std::move(groeimodel), true, false));
  d.set("menu", VerdictTabel("Keuzes die niet meetellen, " + ke.naam + jaar, std::move(menu), true, false));
  d.set("heeft_interventies", !interventies.empty());
  d.set("interventies", ListOf(std::move(interventies)));
  d.set("heeft_voorwaarden", !voorwaarden.empty());
  d.set("voorwaarden", ListOf(std::move(voorwaarden)));
  return d;
}

Data IntervisieView(const Regioplan& plan, const JaarResultaat& jr, const Afscherming& af) {
  std::vector<Data> verdicts, sessies;
  std::vector<const Verdict*> eigen;
  for (size_t i = 0; i < jr.verdicts.size(); ++i) {
    const Verdict& v = jr.verdicts[i];
    if (v.onderdeel != Onderdeel::kIntervisie) continue;
    eigen.push_back(&v);
    verdicts.push_back(VerdictView(plan, v, jr.jaar, i, af));
  }
  std::vector<Bijeenkomst> lijst = jr.gegevens->intervisie;
  std::stable_sort(lijst.begin(), lijst.end(),
                   [](const Bijeenkomst& a, const Bijeenkomst& b) { return a.datum < b.datum; });
  for (const Bijeenkomst& b : lijst) {
    Data s;
    s.set("datum", b.datum.Dutch());
    s.set("soort", af(SoortBijeenkomst(b.soort)));
    s.set("duur", b.duur_minuten ? std::to_string(*b.duur_minuten) + " min" : std::string("–"));
    s.set("deelnemers", std::to_string(b.deelnemers));
    sessies.push_back(std::move(s));
  }
  Data d;
  d.set("status", StatusRef(jr.intervisie));
  d.set("samenvatting", Samenvatting(eigen));
  d.set("tabel",
        VerdictTabel("Intervisie, programmajaar " + std::to_string(jr.jaar), std::move(verdicts), true, false));
  d.set("heeft_sessies", !sessies.empty());
  d.set("sessies", ListOf(std::move(sessies)));
  return d;
}

// Rules on the registry's facts (Utrecht's koptarief): one block of verdicts.
Data DeelnameView(const Regioplan& plan, const JaarResultaat& jr, const Afscherming& af) {
  std::vector<Data> verdicts;
  std::vector<const Verdict*> eigen;
  Status status = Status::kNietVanToepassing;
  for (size_t i = 0; i < jr.verdicts.size(); ++i) {
    const Verdict& v = jr.verdicts[i];
    if (v.onderdeel != Onderdeel::kDeelname) continue;
    eigen.push_back(&v);
    verdicts.push_back(VerdictView(plan, v, jr.jaar, i, af));
    if (v.ernst == Ernst::kEis) status = Combine(status, v.status);
  }
  Data d;
  d.set("heeft", !verdicts.empty());
  d.set("status", StatusRef(status));
  d.set("samenvatting", Samenvatting(eigen));
  d.set("tabel", VerdictTabel("Krachtige basiszorg en koptarief, programmajaar " + std::to_string(jr.jaar),
                              std::move(verdicts), true, false));
  return d;
}

Data PersoneelView(const Regioplan& plan, const Inzending& s) {
  std::vector<Data> rollen;
  // Roles in regioplan order, then any others by id.
  for (const Rol& r : plan.rollen) {
    const int n = s.Personeel(r.id);
    if (!s.personeel.count(r.id)) continue;
    Data d;
    d.set("rol", r.label);
    d.set("aantal", std::to_string(n));
    rollen.push_back(std::move(d));
  }
  for (const auto& [rol, n] : s.personeel) {
    if (plan.FindRol(rol)) continue;
    Data d;
    d.set("rol", rol);
    d.set("aantal", std::to_string(n));
    rollen.push_back(std::move(d));
  }
  return ListOf(std::move(rollen));
}

}  // namespace

Data JaarView(const Report& report, const JaarResultaat& jr, const Afscherming& af) {
  const Regioplan& plan = *report.plan;
  Data d;
  d.set("jaar", std::to_string(jr.jaar));
  d.set("anker", "jaar-" + std::to_string(jr.jaar));
  d.set("periode", PeriodeTekst(jr.periode));
  d.set("inzending", InzendView(jr.inzending));
  d.set("uiterste_datum", jr.uiterste_datum.Dutch());
  d.set("beoordeeld", jr.Beoordeeld());
  d.set("verwacht", jr.inzending == InzendStatus::kVerwacht);
  d.set("bestand", af(jr.bestand));
  d.set("heeft_bestand", !jr.bestand.empty());
  if (!jr.Beoordeeld()) {
    d.set("ingediend_op", std::string());
    d.set("oordeel", StatusView(Status::kOnvolledig));
    d.set("kernelementen", ListOf({}));
    d.set("intervisie", Data());
    d.set("deelname", Data());
    d.set("personeel", ListOf({}));
    d.set("heeft_toelichting", false);
    d.set("toelichting_html", std::string());
    return d;
  }
  d.set("ingediend_op", jr.gegevens->ingediend_op.Dutch());
  d.set("oordeel", StatusRef(jr.oordeel));
  std::vector<Data> kes;
  for (const Kernelement& ke : plan.kernelementen) kes.push_back(KernelementView(plan, ke, jr, af));
  d.set("kernelementen", ListOf(std::move(kes)));
  d.set("intervisie", IntervisieView(plan, jr, af));
  d.set("deelname", DeelnameView(plan, jr, af));
  d.set("personeel", PersoneelView(plan, *jr.gegevens));
  d.set("heeft_toelichting", !jr.gegevens->toelichting.empty());
  d.set("toelichting_html",
        jr.gegevens->toelichting.empty() ? std::string() : MarkdownNaarHtml(af(jr.gegevens->toelichting), 4));
  return d;
}

}  // namespace mtvp::html
