#include "render/xlsx/praktijk_rows.h"

#include "model/vocabulary.h"
#include "render/xlsx/rows.h"
#include "report/bron_tekst.h"

namespace mtvp::xlsx {
namespace {

std::string OnderdeelVoorPraktijk(Onderdeel o) {
  switch (o) {
    case Onderdeel::kGroeimodel: return "groeimodel";
    case Onderdeel::kVoorwaarde: return "voorwaarde van een interventie";
    case Onderdeel::kMenu: return "keuze van een interventie";
    case Onderdeel::kIntervisie: return "intervisie";
    case Onderdeel::kDeelname: return "Krachtige basiszorg en koptarief";
  }
  return "";
}

}  // namespace

std::vector<Kolom> PraktijkJaarKolommen(const Regioplan& plan) {
  std::vector<Kolom> k = {
      {"Programmajaar", 14, 14},        {"Periode van", 11, 12},     {"Periode tot", 11, 12},
      {"Uiterste inzenddatum", 11, 12}, {"Inzending", 10, 22, true}, {"Ingediend op", 11, 12},
  };
  for (const Kernelement& ke : plan.kernelementen) k.push_back({ke.naam, 12, 22, true});
  k.push_back({"Intervisie", 12, 22, true});
  k.push_back({"Oordeel programmajaar", 12, 22, true});
  k.push_back({"Uw toelichting", 20, 60});
  return k;
}

void PraktijkJaarCellen(Tabel* t, const Regioplan& plan, const JaarResultaat& jr, const Verberg& verberg) {
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
  t->Text(jr.gegevens ? verberg(jr.gegevens->toelichting) : "");
}

std::vector<Kolom> PraktijkVerdictKolommen() {
  return {
      {"Programmajaar", 14, 14},
      {"Onderdeel", 10, 16},
      {"Kernelement", 12, 30},
      {"Interventie", 12, 30},
      {"Wat er gevraagd wordt", 20, 50},
      {"Geen eis", 10, 24},
      {"Oordeel", 12, 22, true},
      {"Uw inzending", 10, 30},
      {"Gevraagd", 10, 30},
      {"Tekort", 10, 30},
      {"Uitleg", 20, 70},
      {"Bron", 14, 40},
      {"Afwijking: reden", 14, 40},
      {"Afwijking geldig tot en met", 11, 12},
  };
}

void PraktijkVerdictCellen(Tabel* t, const Regioplan& plan, int jaar, const Verdict& v, const Verberg& verberg) {
  t->Number(jaar);
  t->Text(OnderdeelVoorPraktijk(v.onderdeel));
  t->Text(v.kernelement.empty() ? "" : KernelementNaam(plan, v.kernelement));
  t->Text(v.interventie.empty() ? "" : InterventieNaam(plan, v.interventie));
  t->Text(verberg(v.omschrijving));
  t->Text(ErnstVoorPraktijk(v.ernst));
  t->Text(Name(v.status));
  t->Text(verberg(v.werkelijk.empty() ? "–" : v.werkelijk));
  t->Text(verberg(v.vereist.empty() ? "–" : v.vereist));
  t->Text(verberg(v.tekort));
  t->Text(verberg(ZonderInterneVerwijzingen(v.uitleg)));
  t->Text(BronVoorPraktijk(plan, v.bron));
  if (v.afwijking) {
    t->Text(verberg(v.afwijking->reden) + (v.afwijking->geldig ? "" : " (verlopen)"));
    t->DateCell(v.afwijking->geldig_tot);
  } else {
    t->Empty();
    t->Empty();
  }
}

std::vector<Kolom> PraktijkInterventieKolommen() {
  return {
      {"Programmajaar", 14, 14},      {"Interventie", 14, 45}, {"Kernelement", 12, 30}, {"Status", 10, 18},
      {"Sinds programmajaar", 8, 12}, {"Telt als", 10, 35},    {"Telt mee", 8, 10},     {"Onderbouwing", 20, 60},
  };
}

void PraktijkInterventieCellen(Tabel* t, const Regioplan& plan, int jaar, const InterventieKeuze& k,
                               const Verberg& verberg) {
  t->Number(jaar);
  t->Text(k.naam.empty() ? InterventieNaam(plan, k.id) : k.naam);
  t->Text(k.kernelement.empty() ? "" : KernelementNaam(plan, k.kernelement));
  t->Text(Name(k.status));
  t->Number(k.sinds_jaar ? std::optional<double>(*k.sinds_jaar) : std::nullopt);
  t->Text(k.telt_als.empty() ? "" : InterventieNaam(plan, k.telt_als));
  t->Text(k.telt ? "ja" : "nee");
  t->Text(verberg(k.onderbouwing));
}

}  // namespace mtvp::xlsx
