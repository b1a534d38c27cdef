#include "load/regioplan_loader.h"

#include <set>

#include "model/vocabulary.h"

namespace mtvp {
namespace {

enum class Family { kVoorwaarde, kGroeimodel, kIntervisie };

std::string_view FamilyName(Family f) {
  switch (f) {
    case Family::kVoorwaarde: return "voorwaarde";
    case Family::kGroeimodel: return "groeimodelregel";
    case Family::kIntervisie: return "intervisieregel";
  }
  return "";
}

bool Allowed(Family f, Soort s) {
  switch (f) {
    case Family::kVoorwaarde: return IsVoorwaardeSoort(s);
    case Family::kGroeimodel: return IsGroeimodelSoort(s) || IsVoorwaardeSoort(s);
    case Family::kIntervisie: return IsIntervisieSoort(s);
  }
  return false;
}

std::vector<std::string> TextList(FieldReader& r, const Json& obj, std::string_view key,
                                  const std::string& at) {
  std::vector<std::string> out;
  const Json* list = r.Array(obj, key, at, Need::kOptional);
  if (!list) return out;
  for (size_t i = 0; i < list->size(); ++i) {
    if ((*list)[i].is_string()) {
      out.push_back((*list)[i].get<std::string>());
    } else {
      r.Error(PointerJoin(PointerJoin(at, key), i), "verwacht tekst, gevonden " + JsonTypeName((*list)[i]));
    }
  }
  return out;
}

std::optional<Regel> ReadRegel(FieldReader& r, const Json& j, const std::string& at, Family family);

void ReadRegelList(FieldReader& r, const Json& list, const std::string& at, Family family,
                   std::vector<Regel>* out) {
  if (!list.is_array()) {
    r.Error(at, "verwacht lijst, gevonden " + JsonTypeName(list));
    return;
  }
  for (size_t i = 0; i < list.size(); ++i) {
    if (auto regel = ReadRegel(r, list[i], PointerJoin(at, i), family)) out->push_back(std::move(*regel));
  }
}

std::optional<Regel> ReadRegel(FieldReader& r, const Json& j, const std::string& at, Family family) {
  if (!r.ExpectObject(j, at)) return std::nullopt;
  r.WarnUnknownKeys(j, at,
                    {"id", "soort", "omschrijving", "bron", "ernst", "zekerheid", "geldt_voor",
                     "metriek", "waarde", "per", "rol", "bij_afwezige_rol", "ontheffing", "opties",
                     "interventie", "min_tekens", "min_sessies", "min_duur_minuten", "bijeenkomst",
                     "min_deelnemers", "plangroep_telt", "kbz_vrijgesteld_cohorten", "toelichting"});
  Regel g;
  bool ok = true;
  auto need = [&](auto opt, auto* dst) {
    if (opt) {
      *dst = *opt;
    } else {
      ok = false;
    }
  };
  need(r.Text(j, "id", at), &g.id);
  const std::optional<std::string> soort_text = r.Text(j, "soort", at);
  if (soort_text) {
    if (const auto s = ParseSoort(*soort_text); s && Allowed(family, *s)) {
      g.soort = *s;
    } else {
      std::vector<std::string> names;
      for (const std::string& n : SoortNames()) {
        if (Allowed(family, *ParseSoort(n))) names.push_back(n);
      }
      r.Error(PointerJoin(at, "soort"),
              UnknownWithSuggestion("onbekende soort " + std::string(FamilyName(family)),
                                    *soort_text, names));
      ok = false;
    }
  } else {
    ok = false;
  }
  need(r.Text(j, "omschrijving", at), &g.omschrijving);
  need(r.Text(j, "bron", at), &g.bron);
  if (const auto t = r.Text(j, "ernst", at, Need::kOptional)) {
    if (const auto e = ParseErnst(*t)) {
      g.ernst = *e;
    } else {
      r.Error(PointerJoin(at, "ernst"), "onbekende ernst \"" + *t + "\"; kies eis, advies of info");
      ok = false;
    }
  }
  if (const auto t = r.Text(j, "zekerheid", at, Need::kOptional)) {
    if (const auto z = ParseZekerheid(*t)) {
      g.zekerheid = *z;
    } else {
      r.Error(PointerJoin(at, "zekerheid"),
              "onbekende zekerheid \"" + *t + "\"; kies letterlijk of aanname");
      ok = false;
    }
  }
  if (const auto t = r.Text(j, "geldt_voor", at, Need::kOptional)) {
    if (const auto v = ParseGeldtVoor(*t)) {
      g.geldt_voor = *v;
    } else {
      r.Error(PointerJoin(at, "geldt_voor"),
              "onbekende waarde \"" + *t + "\"; kies alle, kbz of niet-kbz");
      ok = false;
    }
  }
  if (!ok) return std::nullopt;

  switch (g.soort) {
    case Soort::kMinimaal:
    case Soort::kMaximaal:
    case Soort::kAandeel:
      need(r.Text(j, "metriek", at), &g.metriek);
      need(r.Number(j, "waarde", at), &g.waarde);
      break;
    case Soort::kJaNee:
      need(r.Text(j, "metriek", at), &g.metriek);
      break;
    case Soort::kEenVan:
      if (const Json* opties = r.Array(j, "opties", at)) {
        ReadRegelList(r, *opties, PointerJoin(at, "opties"), Family::kVoorwaarde, &g.opties);
        if (g.opties.size() < 2) {
          r.Error(PointerJoin(at, "opties"), "een_van heeft minstens twee opties nodig");
          ok = false;
        }
      } else {
        ok = false;
      }
      break;
    case Soort::kMinInterventies:
    case Soort::kMinNieuw:
    case Soort::kMinVoortgezet:
    case Soort::kMinDoorontwikkeling:
    case Soort::kNieuwOfDoorontwikkeling:
    case Soort::kMinBijeenkomsten:
      need(r.Number(j, "waarde", at), &g.waarde);
      break;
    case Soort::kInterventieVerplicht:
      need(r.Text(j, "interventie", at), &g.interventie);
      break;
    case Soort::kOnderbouwingBijDoorontwikkeling:
      if (const auto n = r.Integer(j, "min_tekens", at, Need::kOptional, 1, 100000)) {
        g.min_tekens = static_cast<int>(*n);
      }
      break;
    case Soort::kPerHuisarts:
      need(r.Integer(j, "min_sessies", at, Need::kRequired, 1, 1000), &g.min_sessies);
      if (const auto n = r.Integer(j, "min_duur_minuten", at, Need::kOptional, 0, 1440)) {
        g.min_duur_minuten = static_cast<int>(*n);
      }
      break;
    case Soort::kUitwisselbijeenkomsten:
      need(r.Integer(j, "min_deelnemers", at, Need::kRequired, 1, 1000), &g.min_deelnemers);
      if (const auto b = r.Bool(j, "plangroep_telt", at, Need::kOptional)) g.plangroep_telt = *b;
      g.kbz_vrijgesteld_cohorten = TextList(r, j, "kbz_vrijgesteld_cohorten", at);
      break;
    case Soort::kNooitEnige:
    case Soort::kVorigeVoortgezet:
    case Soort::kVrijeVorm:
    case Soort::kElkKwartaal:
      break;
  }
  if (g.soort == Soort::kPerHuisarts || g.soort == Soort::kMinBijeenkomsten || g.soort == Soort::kElkKwartaal) {
    g.bijeenkomst = r.Text(j, "bijeenkomst", at, Need::kOptional).value_or("intervisie");
  }
  if (const auto per = r.Text(j, "per", at, Need::kOptional)) {
    if (*per == "normpraktijk" && g.soort == Soort::kMinimaal) {
      g.per_normpraktijk = true;
    } else {
      r.Error(PointerJoin(at, "per"), "\"per\" kan alleen \"normpraktijk\" zijn, bij soort minimaal");
      ok = false;
    }
  }
  if (const auto rol = r.Text(j, "rol", at, Need::kOptional)) g.rol = *rol;
  if (g.soort == Soort::kAandeel && g.rol.empty()) {
    r.Error(at, "ontbrekend veld \"rol\": een aandeel is een deel van het personeel in een rol");
    ok = false;
  }
  if (const auto t = r.Text(j, "bij_afwezige_rol", at, Need::kOptional)) {
    const auto s = ParseStatus(*t);
    if (s == Status::kNietVanToepassing || s == Status::kVoldoetNiet) {
      g.bij_afwezige_rol = *s;
    } else {
      r.Error(PointerJoin(at, "bij_afwezige_rol"),
              "kies \"niet van toepassing\" of \"voldoet niet\", niet \"" + *t + "\"");
      ok = false;
    }
  }
  if (const Json* o = r.Object(j, "ontheffing", at, Need::kOptional)) {
    const std::string oat = PointerJoin(at, "ontheffing");
    const auto m = r.Text(*o, "metriek", oat);
    const auto om = r.Text(*o, "omschrijving", oat);
    if (m && om) {
      g.ontheffing = Ontheffing{*m, *om};
    } else {
      ok = false;
    }
  }
  if (g.soort == Soort::kAandeel && (g.waarde <= 0 || g.waarde > 1)) {
    r.Error(PointerJoin(at, "waarde"), "een aandeel is een fractie groter dan 0 en hoogstens 1 (0.5 = 50%)");
    ok = false;
  }
  if (!ok) return std::nullopt;
  return g;
}

std::map<int, std::vector<Regel>> ReadPerJaar(FieldReader& r, const Json& obj, std::string_view key,
                                              const std::string& at, Family family) {
  std::map<int, std::vector<Regel>> out;
  const Json* per_jaar = r.Object(obj, key, at, Need::kOptional);
  if (!per_jaar) return out;
  const std::string pat = PointerJoin(at, key);
  for (const auto& [jaar_text, list] : per_jaar->items()) {
    const std::string jat = PointerJoin(pat, jaar_text);
    if (jaar_text != "1" && jaar_text != "2" && jaar_text != "3") {
      r.Error(jat, "onbekend programmajaar \"" + jaar_text + "\"; verwacht \"1\", \"2\" of \"3\"");
      continue;
    }
    ReadRegelList(r, list, jat, family, &out[jaar_text[0] - '0']);
  }
  return out;
}

}  // namespace

std::optional<Regioplan> LoadRegioplan(const Json& doc, const std::string& file,
                                       Diagnostics* diags) {
  Diagnostics local;
  FieldReader r(file, &local);
  Regioplan plan;
  if (!r.ExpectObject(doc, "")) {
    diags->Append(local);
    return std::nullopt;
  }
  r.WarnUnknownKeys(doc, "",
                    {"$schema", "formaat", "regio", "rho", "programma", "peildatum",
                     "inzendtermijn_dagen", "normpraktijk_patienten", "subregios", "wijken",
                     "rollen", "cohorten", "kernelementen", "metrieken", "interventies",
                     "intervisie", "toelichting", "contact", "bronnen"});
  if (const auto f = r.Text(doc, "formaat", ""); f && *f != kRegioplanFormaat) {
    r.Error("/formaat", "verwacht \"" + std::string(kRegioplanFormaat) + "\", gevonden \"" + *f + "\"");
  }
  plan.regio = r.Text(doc, "regio", "").value_or("");
  plan.rho = r.Text(doc, "rho", "").value_or("");
  plan.programma = r.Text(doc, "programma", "", Need::kOptional).value_or("MTVP");
  plan.peildatum = r.DateField(doc, "peildatum", "").value_or(Date{});
  plan.inzendtermijn_dagen =
      static_cast<int>(r.Integer(doc, "inzendtermijn_dagen", "", Need::kRequired, 0, 3650).value_or(0));
  plan.normpraktijk_patienten = r.Number(doc, "normpraktijk_patienten", "", Need::kRequired, 1).value_or(0);
  plan.subregios = TextList(r, doc, "subregios", "");
  plan.wijken = TextList(r, doc, "wijken", "");
  plan.toelichting = r.Text(doc, "toelichting", "", Need::kOptional).value_or("");
  if (const Json* c = r.Object(doc, "contact", "", Need::kOptional)) {
    r.WarnUnknownKeys(*c, "/contact", {"naam", "organisatie", "email", "telefoon", "bezwaar"});
    Contact contact;
    contact.naam = r.Text(*c, "naam", "/contact").value_or("");
    contact.organisatie = r.Text(*c, "organisatie", "/contact", Need::kOptional).value_or("");
    contact.email = r.Text(*c, "email", "/contact").value_or("");
    contact.telefoon = r.Text(*c, "telefoon", "/contact", Need::kOptional).value_or("");
    contact.bezwaar = r.Text(*c, "bezwaar", "/contact", Need::kOptional).value_or("");
    if (!contact.email.empty() && contact.email.find('@') == std::string::npos) {
      r.Error("/contact/email", "verwacht een e-mailadres, gevonden \"" + contact.email + "\"");
    }
    plan.contact = std::move(contact);
  }
  if (const Json* bronnen = r.Array(doc, "bronnen", "", Need::kOptional)) {
    for (size_t i = 0; i < bronnen->size(); ++i) {
      const std::string at = "/bronnen/" + std::to_string(i);
      const Json& b = (*bronnen)[i];
      if (!r.ExpectObject(b, at)) continue;
      r.WarnUnknownKeys(b, at, {"id", "titel", "organisatie", "datum", "versie", "link"});
      Bron bron;
      bron.id = r.Text(b, "id", at).value_or("");
      bron.titel = r.Text(b, "titel", at).value_or("");
      bron.organisatie = r.Text(b, "organisatie", at).value_or("");
      bron.datum = r.Text(b, "datum", at, Need::kOptional).value_or("");
      bron.versie = r.Text(b, "versie", at, Need::kOptional).value_or("");
      bron.link = r.Text(b, "link", at, Need::kOptional).value_or("");
      if (bron.datum.empty() && bron.versie.empty()) {
        r.Error(at, "een bron heeft een \"datum\" of een \"versie\"");
      }
      if (!bron.id.empty() && plan.FindBron(bron.id)) {
        r.Error(at + "/id", "bron \"" + bron.id + "\" staat er twee keer in");
      }
      plan.bronnen.push_back(std::move(bron));
    }
  }

  if (const Json* rollen = r.Array(doc, "rollen", "")) {
    for (size_t i = 0; i < rollen->size(); ++i) {
      const std::string at = PointerJoin("/rollen", i);
      if (!r.ExpectObject((*rollen)[i], at)) continue;
      Rol rol{r.Text((*rollen)[i], "id", at).value_or(""), r.Text((*rollen)[i], "label", at).value_or("")};
      plan.rollen.push_back(std::move(rol));
    }
  }
  if (const Json* cohorten = r.Array(doc, "cohorten", "")) {
    for (size_t i = 0; i < cohorten->size(); ++i) {
      const std::string at = PointerJoin("/cohorten", i);
      const Json& c = (*cohorten)[i];
      if (!r.ExpectObject(c, at)) continue;
      r.WarnUnknownKeys(c, at, {"id", "naam", "start", "uitwisselbijeenkomsten"});
      Cohort cohort;
      cohort.id = r.Text(c, "id", at).value_or("");
      cohort.naam = r.Text(c, "naam", at, Need::kOptional).value_or(cohort.id);
      cohort.start = r.DateField(c, "start", at).value_or(Date{});
      for (const std::string& d : TextList(r, c, "uitwisselbijeenkomsten", at)) {
        if (const auto date = Date::Parse(d)) {
          cohort.uitwisselbijeenkomsten.push_back(*date);
        } else {
          r.Error(PointerJoin(at, "uitwisselbijeenkomsten"), "ongeldige datum \"" + d + "\"");
        }
      }
      plan.cohorten.push_back(std::move(cohort));
    }
  }
  if (const Json* kes = r.Array(doc, "kernelementen", "")) {
    for (size_t i = 0; i < kes->size(); ++i) {
      const std::string at = PointerJoin("/kernelementen", i);
      const Json& k = (*kes)[i];
      if (!r.ExpectObject(k, at)) continue;
      r.WarnUnknownKeys(k, at, {"id", "naam", "bron", "min_menu", "groeimodel", "toelichting"});
      Kernelement ke;
      ke.id = r.Text(k, "id", at).value_or("");
      ke.naam = r.Text(k, "naam", at).value_or("");
      ke.bron = r.Text(k, "bron", at, Need::kOptional).value_or("");
      ke.min_menu = static_cast<int>(r.Integer(k, "min_menu", at, Need::kOptional, 0, 1000).value_or(0));
      ke.groeimodel = ReadPerJaar(r, k, "groeimodel", at, Family::kGroeimodel);
      plan.kernelementen.push_back(std::move(ke));
    }
  }
  if (const Json* ms = r.Array(doc, "metrieken", "")) {
    for (size_t i = 0; i < ms->size(); ++i) {
      const std::string at = PointerJoin("/metrieken", i);
      const Json& m = (*ms)[i];
      if (!r.ExpectObject(m, at)) continue;
      r.WarnUnknownKeys(m, at, {"id", "label", "eenheid", "type", "toelichting"});
      Metriek metriek;
      metriek.id = r.Text(m, "id", at).value_or("");
      metriek.label = r.Text(m, "label", at).value_or("");
      metriek.eenheid = r.Text(m, "eenheid", at, Need::kOptional).value_or("");
      if (const auto t = r.Text(m, "type", at)) {
        if (const auto type = ParseMetriekType(*t)) {
          metriek.type = *type;
        } else {
          r.Error(PointerJoin(at, "type"),
                  "onbekend type \"" + *t + "\"; kies \"geheel getal\", \"getal\" of \"ja/nee\"");
        }
      }
      plan.metrieken.push_back(std::move(metriek));
    }
  }
  if (const Json* is = r.Array(doc, "interventies", "")) {
    for (size_t i = 0; i < is->size(); ++i) {
      const std::string at = PointerJoin("/interventies", i);
      const Json& j = (*is)[i];
      if (!r.ExpectObject(j, at)) continue;
      r.WarnUnknownKeys(j, at,
                        {"id", "naam", "kernelement", "bron", "ondersteuning", "kiesbaar", "reden",
                         "alias_van", "doorontwikkeling_van", "jaren", "uitgesloten", "voorwaarden",
                         "toelichting"});
      Interventie iv;
      iv.id = r.Text(j, "id", at).value_or("");
      iv.naam = r.Text(j, "naam", at).value_or("");
      iv.kernelement = r.Text(j, "kernelement", at).value_or("");
      iv.bron = r.Text(j, "bron", at).value_or("");
      iv.ondersteuning = r.Text(j, "ondersteuning", at, Need::kOptional).value_or("");
      iv.kiesbaar = r.Bool(j, "kiesbaar", at, Need::kOptional).value_or(true);
      iv.reden = r.Text(j, "reden", at, Need::kOptional).value_or("");
      iv.alias_van = r.Text(j, "alias_van", at, Need::kOptional).value_or("");
      iv.doorontwikkeling_van = r.Text(j, "doorontwikkeling_van", at, Need::kOptional).value_or("");
      if (const Json* jaren = r.Array(j, "jaren", at, Need::kOptional)) {
        for (size_t k = 0; k < jaren->size(); ++k) {
          const Json& y = (*jaren)[k];
          if (y.is_number_integer() && y.get<long long>() >= 1 && y.get<long long>() <= kProgrammajaren) {
            iv.jaren.push_back(y.get<int>());
          } else {
            r.Error(PointerJoin(PointerJoin(at, "jaren"), k), "verwacht programmajaar 1, 2 of 3");
          }
        }
      }
      if (const Json* us = r.Array(j, "uitgesloten", at, Need::kOptional)) {
        for (size_t k = 0; k < us->size(); ++k) {
          const std::string uat = PointerJoin(PointerJoin(at, "uitgesloten"), k);
          const Json& u = (*us)[k];
          if (!r.ExpectObject(u, uat)) continue;
          r.WarnUnknownKeys(u, uat, {"subregios", "kenmerk", "reden", "bron"});
          Uitsluiting uit;
          uit.subregios = TextList(r, u, "subregios", uat);
          if (uit.subregios.empty()) r.Error(uat, "een uitsluiting noemt minstens één subregio");
          uit.kenmerk = r.Text(u, "kenmerk", uat, Need::kOptional).value_or("");
          uit.reden = r.Text(u, "reden", uat).value_or("");
          uit.bron = r.Text(u, "bron", uat).value_or("");
          iv.uitgesloten.push_back(std::move(uit));
        }
      }
      if (const Json* vs = r.Array(j, "voorwaarden", at, Need::kOptional)) {
        ReadRegelList(r, *vs, PointerJoin(at, "voorwaarden"), Family::kVoorwaarde, &iv.voorwaarden);
      }
      plan.interventies.push_back(std::move(iv));
    }
  }
  plan.intervisie = ReadPerJaar(r, doc, "intervisie", "", Family::kIntervisie);

  if (!local.HasErrors()) ValidateRegioplan(plan, file, &local);
  const bool ok = !local.HasErrors();
  diags->Append(local);
  if (!ok) return std::nullopt;
  return plan;
}

}  // namespace mtvp
