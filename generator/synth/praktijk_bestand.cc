#include "synth/praktijk_synth.h"

#include "base/diagnostics.h"
#include "load/submission_loader.h"
#include "model/vocabulary.h"
#include "synth/rekenen.h"

namespace mtvp::synth {

OJson PraktijkSynth::Document(int jaar, const Jaargegevens& g) const {
  const JaarKalender& k = info_.Jaar(*spec_.cohort, jaar);
  OJson d;
  d["formaat"] = kInzendingFormaat;
  d["agb"] = spec_.agb;
  d["programmajaar"] = jaar;
  OJson periode;
  periode["van"] = k.periode.van.Iso();
  periode["tot"] = k.periode.tot.Iso();
  d["periode"] = std::move(periode);
  d["ingediend_op"] = jaren_[jaar - 1].ingediend_op.Iso();
  OJson personeel = OJson::object();
  for (const auto& [rol, n] : g.personeel) personeel[rol] = n;
  d["personeel"] = std::move(personeel);
  OJson interventies = OJson::array();
  for (const Keuze& c : g.keuzes) {
    OJson e;
    e["id"] = c.id;
    e["status"] = Name(c.status);
    e["sinds_jaar"] = c.sinds;
    if (c.onderbouwing) e["onderbouwing"] = *c.onderbouwing;
    interventies.push_back(std::move(e));
  }
  d["interventies"] = std::move(interventies);
  OJson waarden = OJson::object();
  for (const Metriek& m : plan_.metrieken) {
    const auto it = g.waarden.find(m.id);
    if (it == g.waarden.end()) continue;
    const Waarde& w = it->second;
    if (w.is_ja_nee) {
      waarden[m.id] = w.ja;
    } else if (m.type == MetriekType::kGetal) {
      waarden[m.id] = w.getal;
    } else {
      waarden[m.id] = static_cast<long long>(std::llround(w.getal));
    }
  }
  d["waarden"] = std::move(waarden);
  if (!g.sessies.empty()) {
    OJson intervisie = OJson::array();
    for (const Sessie& s : g.sessies) {
      OJson e;
      e["datum"] = s.datum.Iso();
      e["soort"] = s.soort;
      if (s.duur) e["duur_minuten"] = *s.duur;
      if (s.aantal) {
        e["deelnemers"] = *s.aantal;
      } else {
        e["deelnemers"] = s.namen;
      }
      intervisie.push_back(std::move(e));
    }
    d["intervisie"] = std::move(intervisie);
  }
  if (g.toelichting) d["toelichting"] = *g.toelichting;
  return d;
}

// Makes one submission deliberately invalid, the way real ones go wrong, and
// notes in the manifest what the loader must say about it.
std::string PraktijkSynth::Bederf(int jaar, OJson doc, const Jaargegevens& g, PraktijkUitvoer* out) {
  const std::string bestand = "inzendingen/" + spec_.agb + "/jaar-" + std::to_string(jaar) + ".json";
  std::string pad, melding;
  std::string tekst;
  switch (spec_.scenario->soort) {
    case Doelsoort::kOngeldigType: {
      std::vector<std::string> ja_nee, geheel;
      for (const Metriek& m : plan_.metrieken) {
        const auto it = g.waarden.find(m.id);
        if (it == g.waarden.end()) continue;
        if (m.type == MetriekType::kJaNee && it->second.is_ja_nee) ja_nee.push_back(m.id);
        if (m.type == MetriekType::kGeheelGetal && !it->second.is_ja_nee) geheel.push_back(m.id);
      }
      std::vector<int> varianten;
      if (!g.personeel.empty()) varianten.push_back(0);
      if (!ja_nee.empty()) varianten.push_back(1);
      if (!geheel.empty()) varianten.push_back(2);
      const int variant = varianten.empty() ? 3 : rng_.Pick(varianten);
      if (variant == 0) {
        const auto& [rol, n] = g.personeel[static_cast<size_t>(rng_.Below(g.personeel.size()))];
        doc["personeel"][rol] = std::to_string(n);  // "3" instead of 3
        pad = PointerJoin("/personeel", rol);
        melding = "verwacht een aantal personen";
      } else if (variant == 1) {
        const std::string& m = rng_.Pick(ja_nee);
        doc["waarden"][m] = g.waarden.at(m).ja ? "ja" : "nee";
        pad = PointerJoin("/waarden", m);
        melding = "verwacht een getal of ja/nee";
      } else if (variant == 2) {
        const std::string& m = rng_.Pick(geheel);
        doc["waarden"][m] = std::llround(g.waarden.at(m).getal) + 0.5;
        pad = PointerJoin("/waarden", m);
        melding = "verwacht een geheel getal";
      } else {
        doc["programmajaar"] = std::to_string(jaar);
        pad = "/programmajaar";
        melding = "verwacht";
      }
      break;
    }
    case Doelsoort::kOngeldigInterventie: {
      std::vector<size_t> lang;
      for (size_t i = 0; i < g.keuzes.size(); ++i) {
        if (g.keuzes[i].id.size() >= 5) lang.push_back(i);
      }
      if (lang.empty()) {
        for (size_t i = 0; i < g.keuzes.size(); ++i) lang.push_back(i);
      }
      if (lang.empty()) {  // nothing chosen: invent a choice
        doc["interventies"].push_back({{"id", "onbekend"}, {"status", "nieuw"}});
        pad = "/interventies/0/id";
        melding = "onbekende interventie \"onbekend\"";
        break;
      }
      const size_t i = rng_.Pick(lang);
      const std::string& orig = g.keuzes[i].id;
      std::vector<std::string> ids;
      for (const Interventie& iv : plan_.interventies) ids.push_back(iv.id);
      std::string typo;
      for (int poging = 0; poging < 40 && typo.empty(); ++poging) {
        std::string t = orig;
        const size_t p = orig.size() < 3 ? 0 : static_cast<size_t>(rng_.Range(1, static_cast<int>(orig.size()) - 2));
        if (rng_.Percent(50) || p + 1 >= t.size()) {
          t.erase(p, 1);
        } else if (t[p] != t[p + 1]) {
          std::swap(t[p], t[p + 1]);
        }
        if (t.empty() || t == orig || plan_.FindInterventie(t)) continue;
        if (SuggestClosest(t, ids) == orig) typo = t;
      }
      if (typo.empty()) typo = orig + "-x";
      doc["interventies"][i]["id"] = typo;
      pad = PointerJoin(PointerJoin("/interventies", i), "id");
      melding = UnknownWithSuggestion("onbekende interventie", typo, ids);
      break;
    }
    case Doelsoort::kOngeldigPeriode: {
      const JaarKalender& k = info_.Jaar(*spec_.cohort, jaar);
      // A practice that counted its year from the first of the next month.
      doc["periode"]["van"] = k.periode.van.AddDays(31).Iso();
      doc["periode"]["tot"] = k.periode.tot.AddDays(31).Iso();
      pad = "/periode";
      melding = "past niet bij programmajaar " + std::to_string(jaar);
      break;
    }
    default: {  // kapotte JSON: a comma missing after "programmajaar"
      tekst = doc.dump(2, ' ', false) + "\n";
      const size_t at = tekst.find("\"programmajaar\"");
      const size_t komma = tekst.find(',', at);
      tekst.erase(komma, 1);
      pad = "";
      melding = "ongeldige JSON";
      break;
    }
  }
  OJson m;
  m["bestand"] = bestand;
  m["soort"] = spec_.scenario->naam;
  m["pad"] = pad;
  m["melding"] = melding;
  out->ongeldig.push_back(std::move(m));
  return tekst.empty() ? doc.dump(2, ' ', false) + "\n" : tekst;
}

}  // namespace mtvp::synth
