// Citations as a practice reads them: the document's title and section, no
// internal ids, line numbers or remarks.
#include <catch2/catch.hpp>

#include "load/regioplan_loader.h"
#include "report/bron_tekst.h"
#include "test_util.h"

namespace mtvp {
namespace {

Regioplan Plan() {
  Regioplan plan;
  plan.regio = "Utrecht stad";
  plan.bronnen.push_back({"S004", "Regioplan jaar 3 Utrecht stad", "Sterkzorg / HUS", "2025", "", ""});
  plan.bronnen.push_back({"S003", "Ondersteuning HOOG", "HOOG", "2023", "", ""});
  plan.bronnen.push_back({"S001", "Kader en tips", "PrimaCura", "", "17 maart 2023", ""});
  return plan;
}

}  // namespace

TEST_CASE("Bron: title and sections, without line numbers", "[bron]") {
  const Regioplan plan = Plan();
  CHECK(BronVoorPraktijk(plan, "S004 §6.1 L137") == "Regioplan jaar 3 Utrecht stad, §6.1");
  CHECK(BronVoorPraktijk(plan, "S004 §6 L118, §6.1 L137") == "Regioplan jaar 3 Utrecht stad, §6 en §6.1");
  CHECK(BronVoorPraktijk(plan, "S004 §6 L119, L129") == "Regioplan jaar 3 Utrecht stad, §6");
  CHECK(BronVoorPraktijk(plan, "S004 §6.2 L203-214") == "Regioplan jaar 3 Utrecht stad, §6.2");
  CHECK(BronVoorPraktijk(plan, "S004 §3 L83, §5 L95, L111") == "Regioplan jaar 3 Utrecht stad, §3 en §5");
  CHECK(BronVoorPraktijk(plan, "S004") == "Regioplan jaar 3 Utrecht stad");
}

TEST_CASE("Bron: several documents, merged when the same one repeats", "[bron]") {
  const Regioplan plan = Plan();
  CHECK(BronVoorPraktijk(plan, "S004 §6.1 L137; S003 §Overzicht L19") ==
        "Regioplan jaar 3 Utrecht stad, §6.1; Ondersteuning HOOG, Overzicht");
  CHECK(BronVoorPraktijk(plan, "S004 §6.1 L142; S004 §2.1 L46") == "Regioplan jaar 3 Utrecht stad, §6.1 en §2.1");
  CHECK(BronVoorPraktijk(plan, "S001 Kader/Wat-Hoe L8-22, Inspanningsverplichting L30-36") ==
        "Kader en tips, Kader: Wat-Hoe en Inspanningsverplichting");
}

TEST_CASE("Bron: remarks in parentheses and unknown ids never reach the practice", "[bron]") {
  const Regioplan plan = Plan();
  CHECK(BronVoorPraktijk(plan, "S004 §6 L113-129 (landelijk groeimodel zoals weergegeven door Sterkzorg)") ==
        "Regioplan jaar 3 Utrecht stad, §6");
  CHECK(BronVoorPraktijk(plan, "S009 §2 L4") == "regioplan Utrecht stad, §2");
  CHECK(BronVoorPraktijk(plan, "landelijke leidraad (niet in de bronnen)") == "landelijke leidraad");
  CHECK(BronVoorPraktijk(plan, "") == "");
}

TEST_CASE("Bron: the engine's references for the project leader are dropped for the practice", "[bron]") {
  CHECK(ZonderInterneVerwijzingen(
            "De inzending geeft geen waarde voor \"Scholing\" (waarden/scholing.x), dus niet te beoordelen.") ==
        "De inzending geeft geen waarde voor \"Scholing\", dus niet te beoordelen.");
  CHECK(ZonderInterneVerwijzingen("1 van 2 (50%) en (zie boven)") == "1 van 2 (50%) en (zie boven)");
  CHECK(ZonderInterneVerwijzingen("Start april 2023 (aanname)") == "Start april 2023");
  CHECK(ZonderInterneVerwijzingen("dubbelloop in financiering (aanname, AMBIG-26).") == "dubbelloop in financiering.");
  CHECK(ErnstVoorPraktijk(Ernst::kAdvies) == "advies, geen eis");
  CHECK(ErnstVoorPraktijk(Ernst::kEis).empty());
}

TEST_CASE("Regioplan: bronnen load; one without datum or versie, or a repeated id, is an error", "[regioplan][bron]") {
  Json doc = Json::parse(R"({
    "formaat": "mtvp-regioplan/1", "regio": "R", "rho": "RHO", "peildatum": "2026-12-31",
    "inzendtermijn_dagen": 30, "normpraktijk_patienten": 2095, "subregios": [],
    "rollen": [{"id": "huisarts", "label": "huisarts"}],
    "cohorten": [{"id": "c1", "naam": "C1", "start": "2023-01-01"}],
    "kernelementen": [{"id": "anders-werken", "naam": "Anders werken", "min_menu": 1, "groeimodel": {
      "1": [{"id": "GM-01", "soort": "min_interventies", "waarde": 1, "omschrijving": "o", "bron": "S1 §2"}]}}],
    "metrieken": [], "interventies": [{"id": "a", "naam": "A", "kernelement": "anders-werken", "bron": "b"}]
  })");
  doc["bronnen"] = Json::parse(
      R"([{"id": "S1", "titel": "Plan", "organisatie": "RHO", "versie": "2", "link": "https://r.example/plan"}])");
  Diagnostics d;
  auto plan = LoadRegioplan(doc, "regioplan.json", &d);
  REQUIRE(plan);
  CHECK(test::Lines(d) == "");
  REQUIRE(plan->bronnen.size() == 1);
  CHECK(plan->bronnen[0].link == "https://r.example/plan");
  CHECK(BronVoorPraktijk(*plan, "S1 §2 L3") == "Plan, §2");

  doc["bronnen"] = Json::parse(R"([{"id": "S1", "titel": "Plan", "organisatie": "RHO", "datum": "2024"},
                                   {"id": "S1", "titel": "Plan", "organisatie": "RHO"}])");
  Diagnostics d2;
  LoadRegioplan(doc, "regioplan.json", &d2);
  CHECK(test::Lines(d2) ==
        "fout: regioplan.json: /bronnen/1: een bron heeft een \"datum\" of een \"versie\"\n"
        "fout: regioplan.json: /bronnen/1/id: bron \"S1\" staat er twee keer in\n");
}

}  // namespace mtvp
