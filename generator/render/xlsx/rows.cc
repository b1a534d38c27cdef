#include "render/xlsx/rows.h"

#include "model/rule_ids.h"
#include "model/vocabulary.h"

namespace mtvp::xlsx {

std::string KernelementNaam(const Regioplan& plan, const std::string& id) {
  const Kernelement* k = plan.FindKernelement(id);
  return k ? k->naam : id;
}

std::string InterventieNaam(const Regioplan& plan, const std::string& id) {
  const Interventie* iv = plan.FindInterventie(id);
  return iv ? iv->naam : id;
}

std::vector<Kolom> Plus(std::vector<Kolom> a, const std::vector<Kolom>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

std::vector<Kolom> JaarKolommen(const Regioplan& plan) {
  std::vector<Kolom> k = {
      {"Programmajaar", 14, 14},        {"Periode van", 11, 12},     {"Periode tot", 11, 12},
      {"Uiterste inzenddatum", 11, 12}, {"Inzending", 10, 22, true}, {"Ingediend op", 11, 12},
  };
  for (const Kernelement& ke : plan.kernelementen) k.push_back({ke.naam, 12, 22, true});
  k.push_back({"Intervisie", 12, 22, true});
  k.push_back({"Oordeel programmajaar", 12, 22, true});
  k.push_back({"Bestand", 12, 40});
  k.push_back({"Toelichting inzending", 20, 60});
  return k;
}

void JaarCellen(Tabel* t, const Regioplan& plan, const JaarSamenvatting& jr) {
  t->Number(jr.jaar);
  t->DateCell(jr.periode.van);
  t->DateCell(jr.periode.tot);
  t->DateCell(jr.uiterste_datum);
  t->Text(Name(jr.inzending));
  t->DateCell(jr.gegevens ? std::optional<Date>(jr.gegevens->ingediend_op) : std::nullopt);
  for (const Kernelement& ke : plan.kernelementen) {
    std::string status;
    if (jr.Beoordeeld()) {
      for (const KernelementOordeel& k : jr.per_kernelement) {
        if (k.kernelement == ke.id) status = Name(k.status);
      }
    }
    t->Text(status);
  }
  t->Text(jr.Beoordeeld() ? Name(jr.intervisie) : "");
  t->Text(jr.Beoordeeld() ? Name(jr.oordeel) : "");
  t->Text(jr.bestand);
  t->Text(jr.gegevens ? jr.gegevens->toelichting : "");
}

std::vector<Kolom> VerdictKolommen() {
  return {
      {"Regel", 14, 45},
      {"Onderdeel", 10, 12},
      {"Kernelement", 12, 30},
      {"Interventie", 12, 30},
      {"Omschrijving", 20, 50},
      {"Ernst", 7, 8},
      {"Zekerheid", 10, 11},
      {"Status", 12, 22, true},
      {"Werkelijk", 10, 30},
      {"Vereist", 10, 30},
      {"Tekort", 10, 30},
      {"Werkelijk (tekst)", 14, 40},
      {"Vereist (tekst)", 14, 40},
      {"Tekort (tekst)", 14, 40},
      {"Bron", 12, 30},
      {"Herkomst", 14, 45},
      {"Uitleg", 20, 70},
      {"Afwijking: reden", 14, 40},
      {"Afwijking geldig", 9, 10},
      {"Afwijking geldig tot", 11, 12},
      {"Afwijking goedgekeurd door", 14, 30},
  };
}

namespace {

/// A number where the model has one, so it can be sorted and summed; the
/// Dutch text otherwise (ja/nee, één van ...).
void Figuur(Tabel* t, const std::optional<double>& getal, const std::string& tekst, lxw_format* format) {
  if (getal) {
    t->Number(getal, format);
  } else {
    t->Text(tekst);
  }
}

}  // namespace

void VerdictCellen(Tabel* t, const Regioplan& plan, const RegelIndex& index, const Verdict& v) {
  const Regel* regel = index.Find(v.regel);
  // An aandeel compares fractions (0.5 = 50%); its shortfall is in persons.
  lxw_format* fractie =
      regel && regel->soort == Soort::kAandeel ? t->sheet().formats().percentage : t->sheet().formats().getal;
  t->Text(v.regel);
  t->Text(Name(v.onderdeel));
  t->Text(v.kernelement.empty() ? "" : KernelementNaam(plan, v.kernelement));
  t->Text(v.interventie.empty() ? "" : InterventieNaam(plan, v.interventie));
  t->Text(v.omschrijving);
  t->Text(Name(v.ernst));
  t->Text(Name(v.zekerheid));
  t->Text(Name(v.status));
  Figuur(t, v.werkelijk_getal, v.werkelijk, fractie);
  Figuur(t, v.vereist_getal, v.vereist, fractie);
  Figuur(t, v.tekort_getal, v.tekort, nullptr);
  t->Text(v.werkelijk);
  t->Text(v.vereist);
  t->Text(v.tekort);
  t->Text(v.bron);
  t->Text(v.herkomst);
  t->Text(v.uitleg);
  if (v.afwijking) {
    t->Text(v.afwijking->reden);
    t->Text(v.afwijking->geldig ? "ja" : "nee (verlopen)");
    t->DateCell(v.afwijking->geldig_tot);
    t->Text(v.afwijking->goedgekeurd_door);
  } else {
    for (int i = 0; i < 4; ++i) t->Empty();
  }
}

std::vector<Kolom> InterventieKolommen() {
  return {
      {"Interventie", 14, 35},        {"Naam", 14, 45},     {"Kernelement", 12, 30}, {"Status", 10, 18},
      {"Sinds programmajaar", 8, 12}, {"Telt als", 10, 35}, {"Telt mee", 8, 10},     {"Onderbouwing", 20, 60},
  };
}

void InterventieCellen(Tabel* t, const Regioplan& plan, const InterventieKeuze& k) {
  t->Text(k.id);
  t->Text(k.naam);
  t->Text(k.kernelement.empty() ? "" : KernelementNaam(plan, k.kernelement));
  t->Text(Name(k.status));
  t->Number(k.sinds_jaar ? std::optional<double>(*k.sinds_jaar) : std::nullopt);
  t->Text(k.telt_als);
  t->Text(k.telt ? "ja" : "nee");
  t->Text(k.onderbouwing);
}

}  // namespace mtvp::xlsx
