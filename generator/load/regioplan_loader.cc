#include "load/regioplan_loader.h"

#include <set>

#include "model/vocabulary.h"
#include "rules/rule_kinds.h"

namespace mtvp {
namespace {

std::string_view FamilyName(RuleFamily f) {
  switch (f) {
    case RuleFamily::kVoorwaarde: return "voorwaarde";
    case RuleFamily::kGroeimodel: return "groeimodelregel";
    case RuleFamily::kIntervisie: return "intervisieregel";
    case RuleFamily::kDeelname: return "deelnameregel";
  }
  return "";
}

std::vector<std::string> TextList(FieldReader& r, const Json& obj, std::string_view key, const std::string& at) {
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

std::optional<Regel> ReadRegel(FieldReader& r, const Json& j, const std::string& at, RuleFamily family);

void ReadRegelList(FieldReader& r, const Json& list, const std::string& at, RuleFamily family,
                   std::vector<Regel>* out) {
  if (!list.is_array()) {
    r.Error(at, "verwacht lijst, gevonden " + JsonTypeName(list));
    return;
  }
  for (size_t i = 0; i < list.size(); ++i) {
    if (auto regel = ReadRegel(r, list[i], PointerJoin(at, i), family)) out->push_back(std::move(*regel));
  }
}

// How one kind-specific key is read into a Regel; false when it is required
// and missing, or present and wrong (the reader has reported it).
using ReadKey = bool (*)(FieldReader& r, const Json& j, const std::string& at, Need need, Regel* g);

template <typename T, typename U>
bool Store(const std::optional<T>& value, Need need, U* dst) {
  if (value) *dst = static_cast<U>(*value);
  return value.has_value() || need == Need::kOptional;
}

bool ReadMetriek(FieldReader& r, const Json& j, const std::string& at, Need need, Regel* g) {
  return Store(r.Text(j, "metriek", at, need), need, &g->metriek);
}
bool ReadWaarde(FieldReader& r, const Json& j, const std::string& at, Need need, Regel* g) {
  return Store(r.Number(j, "waarde", at, need), need, &g->waarde);
}
bool ReadOpties(FieldReader& r, const Json& j, const std::string& at, Need need, Regel* g) {
  const Json* opties = r.Array(j, "opties", at, need);
  if (!opties) return need == Need::kOptional;
  ReadRegelList(r, *opties, PointerJoin(at, "opties"), RuleFamily::kVoorwaarde, &g->opties);
  if (g->opties.size() < 2) {
    r.Error(PointerJoin(at, "opties"), "een_van heeft minstens twee opties nodig");
    return false;
  }
  return true;
}
bool ReadInterventie(FieldReader& r, const Json& j, const std::string& at, Need need, Regel* g) {
  return Store(r.Text(j, "interventie", at, need), need, &g->interventie);
}
bool ReadMinTekens(FieldReader& r, const Json& j, const std::string& at, Need need, Regel* g) {
  return Store(r.Integer(j, "min_tekens", at, need, 1, 100000), need, &g->min_tekens);
}
bool ReadMinSessies(FieldReader& r, const Json& j, const std::string& at, Need need, Regel* g) {
  return Store(r.Integer(j, "min_sessies", at, need, 1, 1000), need, &g->min_sessies);
}
bool ReadMinDuur(FieldReader& r, const Json& j, const std::string& at, Need need, Regel* g) {
  return Store(r.Integer(j, "min_duur_minuten", at, need, 0, 1440), need, &g->min_duur_minuten);
}
bool ReadMinDeelnemers(FieldReader& r, const Json& j, const std::string& at, Need need, Regel* g) {
  return Store(r.Integer(j, "min_deelnemers", at, need, 1, 1000), need, &g->min_deelnemers);
}
bool ReadPlangroepTelt(FieldReader& r, const Json& j, const std::string& at, Need need, Regel* g) {
  return Store(r.Bool(j, "plangroep_telt", at, need), need, &g->plangroep_telt);
}
bool ReadVrijgesteld(FieldReader& r, const Json& j, const std::string& at, Need, Regel* g) {
  g->kbz_vrijgesteld_cohorten = TextList(r, j, "kbz_vrijgesteld_cohorten", at);
  return true;
}
bool ReadBijeenkomst(FieldReader& r, const Json& j, const std::string& at, Need need, Regel* g) {
  g->bijeenkomst = "intervisie";
  return Store(r.Text(j, "bijeenkomst", at, need), need, &g->bijeenkomst);
}
bool ReadPer(FieldReader& r, const Json& j, const std::string& at, Need need, Regel* g) {
  const auto per = r.Text(j, "per", at, need);
  if (!per) return need == Need::kOptional;
  if (*per == "normpraktijk") {
    g->per_normpraktijk = true;
  } else if (!per->empty()) {
    g->per_metriek = *per;  // a metric of the submission; the validator checks it
  } else {
    r.Error(PointerJoin(at, "per"), "\"per\" kan alleen \"normpraktijk\" of de id van een metriek zijn");
    return false;
  }
  return true;
}
bool ReadRol(FieldReader& r, const Json& j, const std::string& at, Need need, Regel* g) {
  if (const auto rol = r.Text(j, "rol", at, Need::kOptional)) {
    g->rol = *rol;
    return true;
  }
  if (need == Need::kOptional) return true;
  r.Error(at,
          "ontbrekend veld \"rol\": een " + std::string(Name(g->soort)) + " is een deel van het personeel in een rol");
  return false;
}
bool ReadBijAfwezigeRol(FieldReader& r, const Json& j, const std::string& at, Need need, Regel* g) {
  const auto t = r.Text(j, "bij_afwezige_rol", at, need);
  if (!t) return need == Need::kOptional;
  const auto s = ParseStatus(*t);
  if (s != Status::kNietVanToepassing && s != Status::kVoldoetNiet) {
    r.Error(PointerJoin(at, "bij_afwezige_rol"),
            "kies \"niet van toepassing\" of \"voldoet niet\", niet \"" + *t + "\"");
    return false;
  }
  g->bij_afwezige_rol = *s;
  return true;
}
bool ReadOntheffing(FieldReader& r, const Json& j, const std::string& at, Need need, Regel* g) {
  const Json* o = r.Object(j, "ontheffing", at, need);
  if (!o) return need == Need::kOptional;
  const std::string oat = PointerJoin(at, "ontheffing");
  const auto m = r.Text(*o, "metriek", oat);
  const auto om = r.Text(*o, "omschrijving", oat);
  if (!m || !om) return false;
  g->ontheffing = Ontheffing{*m, *om};
  return true;
}

// Every key a kind may list in rule_kinds.cc, with its reader.
constexpr std::pair<std::string_view, ReadKey> kKeyReaders[] = {
    {"metriek", ReadMetriek},
    {"waarde", ReadWaarde},
    {"per", ReadPer},
    {"rol", ReadRol},
    {"bij_afwezige_rol", ReadBijAfwezigeRol},
    {"ontheffing", ReadOntheffing},
    {"opties", ReadOpties},
    {"interventie", ReadInterventie},
    {"min_tekens", ReadMinTekens},
    {"min_sessies", ReadMinSessies},
    {"min_duur_minuten", ReadMinDuur},
    {"bijeenkomst", ReadBijeenkomst},
    {"min_deelnemers", ReadMinDeelnemers},
    {"plangroep_telt", ReadPlangroepTelt},
    {"kbz_vrijgesteld_cohorten", ReadVrijgesteld},
};

// The keys every rule has, and every key a rule may have, in the order
// did-you-mean suggestions are made.
constexpr std::string_view kCommonKeys[] = {"id", "soort", "omschrijving", "bron", "ernst", "zekerheid", "geldt_voor"};
const std::vector<std::string_view>& KnownRegelKeys() {
  static const std::vector<std::string_view> keys = [] {
    std::vector<std::string_view> out(std::begin(kCommonKeys), std::end(kCommonKeys));
    for (const auto& [key, read] : kKeyReaders) out.push_back(key);
    out.push_back("toelichting");
    out.push_back("jaren");
    return out;
  }();
  return keys;
}

ReadKey ReaderFor(std::string_view key) {
  for (const auto& [name, read] : kKeyReaders) {
    if (name == key) return read;
  }
  return nullptr;
}

// The kind named in `soort`, when it may stand in this family's list.
std::optional<Soort> ReadSoort(FieldReader& r, const Json& j, const std::string& at, RuleFamily family) {
  const std::optional<std::string> text = r.Text(j, "soort", at);
  if (!text) return std::nullopt;
  if (const auto s = ParseSoort(*text); s && AllowedIn(family, *s)) return s;
  std::vector<std::string> names;
  for (const RuleKind& kind : kRuleKinds) {
    if (AllowedIn(family, kind.soort)) names.emplace_back(kind.name);
  }
  r.Error(PointerJoin(at, "soort"),
          UnknownWithSuggestion("onbekende soort " + std::string(FamilyName(family)), *text, names));
  return std::nullopt;
}

// id, soort, omschrijving, bron, ernst, zekerheid, geldt_voor: what every
// rule has.
bool ReadCommon(FieldReader& r, const Json& j, const std::string& at, RuleFamily family, Regel* g) {
  bool ok = Store(r.Text(j, "id", at), Need::kRequired, &g->id);
  if (const std::optional<Soort> soort = ReadSoort(r, j, at, family)) {
    g->soort = *soort;
  } else {
    ok = false;
  }
  ok = Store(r.Text(j, "omschrijving", at), Need::kRequired, &g->omschrijving) && ok;
  ok = Store(r.Text(j, "bron", at), Need::kRequired, &g->bron) && ok;
  if (const auto t = r.Text(j, "ernst", at, Need::kOptional)) {
    if (const auto e = ParseErnst(*t)) {
      g->ernst = *e;
    } else {
      r.Error(PointerJoin(at, "ernst"), "onbekende ernst \"" + *t + "\"; kies eis, advies of info");
      ok = false;
    }
  }
  if (const auto t = r.Text(j, "zekerheid", at, Need::kOptional)) {
    if (const auto z = ParseZekerheid(*t)) {
      g->zekerheid = *z;
    } else {
      r.Error(PointerJoin(at, "zekerheid"), "onbekende zekerheid \"" + *t + "\"; kies letterlijk of aanname");
      ok = false;
    }
  }
  if (const auto t = r.Text(j, "geldt_voor", at, Need::kOptional)) {
    if (const auto v = ParseGeldtVoor(*t)) {
      g->geldt_voor = *v;
    } else {
      r.Error(PointerJoin(at, "geldt_voor"), "onbekende waarde \"" + *t + "\"; kies alle, kbz of niet-kbz");
      ok = false;
    }
  }
  return ok;
}

// The keys of the rule's kind, as rule_kinds.cc lists them; a key that
// belongs to another kind is reported and left out.
bool ReadKindKeys(FieldReader& r, const Json& j, const std::string& at, const RuleKind& kind, Regel* g) {
  bool ok = true;
  for (const std::string_view key : kind.required) ok = ReaderFor(key)(r, j, at, Need::kRequired, g) && ok;
  for (const std::string_view key : kind.optional) ok = ReaderFor(key)(r, j, at, Need::kOptional, g) && ok;
  for (const auto& [key, read] : kKeyReaders) {
    if (!UsesKey(kind, key) && j.contains(key)) {
      r.Warning(PointerJoin(at, key), "veld \"" + std::string(key) + "\" hoort niet bij soort " +
                                          std::string(kind.name) + " en telt niet mee");
    }
  }
  return ok;
}

// `jaren`: the programme years a voorwaarde of an interventie holds in (all
// years when left out). A key of the family, not of a kind.
bool ReadJaren(FieldReader& r, const Json& j, const std::string& at, RuleFamily family, Regel* g) {
  const Json* jaren = r.Array(j, "jaren", at, Need::kOptional);
  if (!jaren) return true;
  bool ok = true;
  if (family != RuleFamily::kVoorwaarde) {
    r.Error(PointerJoin(at, "jaren"), "\"jaren\" kan alleen bij een voorwaarde van een interventie");
    ok = false;
  }
  for (size_t k = 0; k < jaren->size(); ++k) {
    const Json& y = (*jaren)[k];
    if (y.is_number_integer() && y.get<long long>() >= 1 && y.get<long long>() <= kProgrammajaren) {
      g->jaren.push_back(y.get<int>());
    } else {
      r.Error(PointerJoin(PointerJoin(at, "jaren"), k), "verwacht programmajaar 1, 2 of 3");
      ok = false;
    }
  }
  if (g->jaren.empty()) {
    r.Error(PointerJoin(at, "jaren"),
            "noem minstens één programmajaar, of laat \"jaren\" weg (dan geldt de voorwaarde elk jaar)");
    ok = false;
  }
  return ok;
}

std::optional<Regel> ReadRegel(FieldReader& r, const Json& j, const std::string& at, RuleFamily family) {
  if (!r.ExpectObject(j, at)) return std::nullopt;
  r.WarnUnknownKeys(j, at, KnownRegelKeys());
  Regel g;
  if (!ReadCommon(r, j, at, family, &g)) return std::nullopt;
  if (!ReadKindKeys(r, j, at, KindOf(g.soort), &g)) return std::nullopt;
  if (!ReadJaren(r, j, at, family, &g)) return std::nullopt;
  if (g.soort == Soort::kAandeel && (g.waarde <= 0 || g.waarde > 1)) {
    r.Error(PointerJoin(at, "waarde"), "een aandeel is een fractie groter dan 0 en hoogstens 1 (0.5 = 50%)");
    return std::nullopt;
  }
  return g;
}

std::map<int, std::vector<Regel>> ReadPerJaar(FieldReader& r, const Json& obj, std::string_view key,
                                              const std::string& at, RuleFamily family) {
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

// Reads the list `key` of `doc` (a JSON pointer "/key/i" per element): every
// element that is an object through `read`, into `out`.
template <typename T, typename Read>
void ReadObjects(FieldReader& r, const Json& doc, std::string_view key, Need need, Read read, std::vector<T>* out) {
  const Json* list = r.Array(doc, key, "", need);
  if (!list) return;
  const std::string pat = PointerJoin("", key);
  for (size_t i = 0; i < list->size(); ++i) {
    const std::string at = PointerJoin(pat, i);
    if (!r.ExpectObject((*list)[i], at)) continue;
    out->push_back(read(r, (*list)[i], at));
  }
}

Contact ReadContact(FieldReader& r, const Json& c) {
  r.WarnUnknownKeys(c, "/contact", {"naam", "organisatie", "email", "telefoon", "bezwaar"});
  Contact contact;
  contact.naam = r.Text(c, "naam", "/contact").value_or("");
  contact.organisatie = r.Text(c, "organisatie", "/contact", Need::kOptional).value_or("");
  contact.email = r.Text(c, "email", "/contact").value_or("");
  contact.telefoon = r.Text(c, "telefoon", "/contact", Need::kOptional).value_or("");
  contact.bezwaar = r.Text(c, "bezwaar", "/contact", Need::kOptional).value_or("");
  if (!contact.email.empty() && contact.email.find('@') == std::string::npos) {
    r.Error("/contact/email", "verwacht een e-mailadres, gevonden \"" + contact.email + "\"");
  }
  return contact;
}

// `eerder`: the sources read so far, for the duplicate check.
Bron ReadBronEntry(FieldReader& r, const Json& b, const std::string& at, const Regioplan& eerder) {
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
  if (!bron.id.empty() && eerder.FindBron(bron.id)) {
    r.Error(at + "/id", "bron \"" + bron.id + "\" staat er twee keer in");
  }
  return bron;
}

Rol ReadRolEntry(FieldReader& r, const Json& j, const std::string& at) {
  return Rol{r.Text(j, "id", at).value_or(""), r.Text(j, "label", at).value_or("")};
}

Cohort ReadCohortEntry(FieldReader& r, const Json& c, const std::string& at) {
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
  return cohort;
}

Kernelement ReadKernelementEntry(FieldReader& r, const Json& k, const std::string& at) {
  r.WarnUnknownKeys(k, at, {"id", "naam", "bron", "min_menu", "groeimodel", "toelichting"});
  Kernelement ke;
  ke.id = r.Text(k, "id", at).value_or("");
  ke.naam = r.Text(k, "naam", at).value_or("");
  ke.bron = r.Text(k, "bron", at, Need::kOptional).value_or("");
  ke.min_menu = static_cast<int>(r.Integer(k, "min_menu", at, Need::kOptional, 0, 1000).value_or(0));
  ke.groeimodel = ReadPerJaar(r, k, "groeimodel", at, RuleFamily::kGroeimodel);
  return ke;
}

Metriek ReadMetriekEntry(FieldReader& r, const Json& m, const std::string& at) {
  r.WarnUnknownKeys(m, at, {"id", "label", "eenheid", "type", "toelichting"});
  Metriek metriek;
  metriek.id = r.Text(m, "id", at).value_or("");
  metriek.label = r.Text(m, "label", at).value_or("");
  metriek.eenheid = r.Text(m, "eenheid", at, Need::kOptional).value_or("");
  if (const auto t = r.Text(m, "type", at)) {
    if (const auto type = ParseMetriekType(*t)) {
      metriek.type = *type;
    } else {
      r.Error(PointerJoin(at, "type"), "onbekend type \"" + *t + "\"; kies \"geheel getal\", \"getal\" of \"ja/nee\"");
    }
  }
  return metriek;
}

// An intervention's `jaren`: the programme years it may be chosen in.
std::vector<int> ReadJaren(FieldReader& r, const Json& j, const std::string& at) {
  std::vector<int> out;
  const Json* jaren = r.Array(j, "jaren", at, Need::kOptional);
  if (!jaren) return out;
  for (size_t k = 0; k < jaren->size(); ++k) {
    const Json& y = (*jaren)[k];
    if (y.is_number_integer() && y.get<long long>() >= 1 && y.get<long long>() <= kProgrammajaren) {
      out.push_back(y.get<int>());
    } else {
      r.Error(PointerJoin(PointerJoin(at, "jaren"), k), "verwacht programmajaar 1, 2 of 3");
    }
  }
  return out;
}

Uitsluiting ReadUitsluitingEntry(FieldReader& r, const Json& u, const std::string& at) {
  r.WarnUnknownKeys(u, at, {"subregios", "kenmerk", "reden", "bron"});
  Uitsluiting uit;
  uit.subregios = TextList(r, u, "subregios", at);
  if (uit.subregios.empty()) r.Error(at, "een uitsluiting noemt minstens één subregio");
  uit.kenmerk = r.Text(u, "kenmerk", at, Need::kOptional).value_or("");
  uit.reden = r.Text(u, "reden", at).value_or("");
  uit.bron = r.Text(u, "bron", at).value_or("");
  return uit;
}

Interventie ReadInterventieEntry(FieldReader& r, const Json& j, const std::string& at) {
  r.WarnUnknownKeys(j, at,
                    {"id", "naam", "kernelement", "bron", "ondersteuning", "kiesbaar", "reden", "alias_van",
                     "doorontwikkeling_van", "jaren", "uitgesloten", "voorwaarden", "toelichting"});
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
  iv.jaren = ReadJaren(r, j, at);
  if (const Json* us = r.Array(j, "uitgesloten", at, Need::kOptional)) {
    const std::string uat = PointerJoin(at, "uitgesloten");
    for (size_t k = 0; k < us->size(); ++k) {
      const std::string kat = PointerJoin(uat, k);
      if (r.ExpectObject((*us)[k], kat)) iv.uitgesloten.push_back(ReadUitsluitingEntry(r, (*us)[k], kat));
    }
  }
  if (const Json* vs = r.Array(j, "voorwaarden", at, Need::kOptional)) {
    ReadRegelList(r, *vs, PointerJoin(at, "voorwaarden"), RuleFamily::kVoorwaarde, &iv.voorwaarden);
  }
  return iv;
}

}  // namespace

std::optional<Regioplan> LoadRegioplan(const Json& doc, const std::string& file, Diagnostics* diags) {
  Diagnostics local;
  FieldReader r(file, &local);
  Regioplan plan;
  if (!r.ExpectObject(doc, "")) {
    diags->Append(local);
    return std::nullopt;
  }
  r.WarnUnknownKeys(doc, "",
                    {"$schema",
                     "formaat",
                     "regio",
                     "rho",
                     "programma",
                     "peildatum",
                     "inzendtermijn_dagen",
                     "normpraktijk_patienten",
                     "subregios",
                     "wijken",
                     "rollen",
                     "cohorten",
                     "kernelementen",
                     "metrieken",
                     "interventies",
                     "intervisie",
                     "deelname",
                     "toelichting",
                     "contact",
                     "bronnen"});
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
  if (const Json* c = r.Object(doc, "contact", "", Need::kOptional)) plan.contact = ReadContact(r, *c);
  ReadObjects(
      r, doc, "bronnen", Need::kOptional,
      [&plan](FieldReader& fr, const Json& b, const std::string& at) { return ReadBronEntry(fr, b, at, plan); },
      &plan.bronnen);
  ReadObjects(r, doc, "rollen", Need::kRequired, ReadRolEntry, &plan.rollen);
  ReadObjects(r, doc, "cohorten", Need::kRequired, ReadCohortEntry, &plan.cohorten);
  ReadObjects(r, doc, "kernelementen", Need::kRequired, ReadKernelementEntry, &plan.kernelementen);
  ReadObjects(r, doc, "metrieken", Need::kRequired, ReadMetriekEntry, &plan.metrieken);
  ReadObjects(r, doc, "interventies", Need::kRequired, ReadInterventieEntry, &plan.interventies);
  plan.intervisie = ReadPerJaar(r, doc, "intervisie", "", RuleFamily::kIntervisie);
  plan.deelname = ReadPerJaar(r, doc, "deelname", "", RuleFamily::kDeelname);

  if (!local.HasErrors()) ValidateRegioplan(plan, file, &local);
  const bool ok = !local.HasErrors();
  diags->Append(local);
  if (!ok) return std::nullopt;
  return plan;
}

}  // namespace mtvp
