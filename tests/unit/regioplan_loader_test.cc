// The regioplan loader and validator: exact messages for each kind of mistake
// a region could make in its rules file.
#include <catch2/catch.hpp>

#include "load/regioplan_loader.h"
#include "test_util.h"

namespace mtvp {
namespace {

Json MinimalPlan() {
  return Json::parse(R"({
    "formaat": "mtvp-regioplan/1", "regio": "R", "rho": "RHO", "peildatum": "2026-12-31",
    "inzendtermijn_dagen": 30, "normpraktijk_patienten": 2095, "subregios": [],
    "rollen": [{"id": "huisarts", "label": "huisarts"}],
    "cohorten": [{"id": "c1", "naam": "C1", "start": "2023-01-01"}],
    "kernelementen": [{"id": "anders-werken", "naam": "Anders werken", "min_menu": 3, "groeimodel": {
      "1": [{"id": "GM-01", "soort": "min_interventies", "waarde": 1, "omschrijving": "o", "bron": "b"}]}}],
    "metrieken": [{"id": "verwijzingen", "label": "Verwijzingen", "type": "geheel getal"},
                  {"id": "afspraken", "label": "Afspraken", "type": "ja/nee"}],
    "interventies": [
      {"id": "a", "naam": "A", "kernelement": "anders-werken", "bron": "b",
       "voorwaarden": [{"id": "v", "soort": "minimaal", "metriek": "verwijzingen", "waarde": 12, "omschrijving": "o", "bron": "b"}]},
      {"id": "b", "naam": "B", "kernelement": "anders-werken", "bron": "b"},
      {"id": "c", "naam": "C", "kernelement": "anders-werken", "bron": "b"}]
  })");
}

std::string Load(const Json& doc) {
  Diagnostics d;
  const auto plan = LoadRegioplan(doc, "regioplan.json", &d);
  if (plan && !d.HasErrors()) return "ok\n" + test::Lines(d);
  return test::Lines(d);
}

}  // namespace

TEST_CASE("Regioplan: a minimal valid plan loads", "[regioplan]") { CHECK(Load(MinimalPlan()) == "ok\n"); }

TEST_CASE("Regioplan: unknown kernelement of an interventie, with did-you-mean", "[regioplan]") {
  Json doc = MinimalPlan();
  doc["interventies"][1]["kernelement"] = "anders-werkn";
  CHECK(Load(doc) ==
        "fout: regioplan.json: /kernelementen/0/min_menu: het menu voor \"Anders werken\" heeft 2 kiesbare "
        "interventie(s); "
        "de praktijk moet kunnen kiezen uit minimaal 3 (landelijk groeimodel)\n"
        "fout: regioplan.json: /interventies/1/kernelement: onbekend kernelement \"anders-werkn\"; bedoelde u "
        "\"anders-werken\"?\n");
}

TEST_CASE("Regioplan: duplicate interventie id", "[regioplan]") {
  Json doc = MinimalPlan();
  doc["interventies"][2]["id"] = "b";
  CHECK(Load(doc).find("fout: regioplan.json: /interventies/2/id: dubbele interventie-id \"b\"\n") !=
        std::string::npos);
}

TEST_CASE("Regioplan: a voorwaarde on an undeclared metriek", "[regioplan]") {
  Json doc = MinimalPlan();
  doc["interventies"][0]["voorwaarden"][0]["metriek"] = "verwijzing";
  CHECK(Load(doc) ==
        "fout: regioplan.json: /interventies/0/voorwaarden/0/metriek: onbekende metriek \"verwijzing\"; bedoelde u "
        "\"verwijzingen\"?\n");
}

TEST_CASE("Regioplan: a yes/no check on a number metriek", "[regioplan]") {
  Json doc = MinimalPlan();
  doc["interventies"][0]["voorwaarden"][0] =
      Json::parse(R"({"id": "v", "soort": "ja_nee", "metriek": "verwijzingen", "omschrijving": "o", "bron": "b"})");
  CHECK(Load(doc) ==
        "fout: regioplan.json: /interventies/0/voorwaarden/0/metriek: soort ja_nee past niet bij metriek "
        "\"verwijzingen\" van type geheel getal\n");
}

TEST_CASE("Regioplan: an anders-werken menu of fewer than three", "[regioplan]") {
  Json doc = MinimalPlan();
  doc["interventies"][2]["kiesbaar"] = false;
  doc["interventies"][2]["reden"] = "dubbelloop in financiering";
  CHECK(Load(doc) ==
        "fout: regioplan.json: /kernelementen/0/min_menu: het menu voor \"Anders werken\" heeft 2 kiesbare "
        "interventie(s); "
        "de praktijk moet kunnen kiezen uit minimaal 3 (landelijk groeimodel)\n");
}

TEST_CASE("Regioplan: a non-kiesbare interventie needs a reason", "[regioplan]") {
  Json doc = MinimalPlan();
  doc["interventies"].push_back(
      Json::parse(R"({"id": "d", "naam": "D", "kernelement": "anders-werken", "bron": "b", "kiesbaar": false})"));
  CHECK(Load(doc) ==
        "fout: regioplan.json: /interventies/3/reden: een niet-kiesbare interventie moet een reden hebben\n");
}

TEST_CASE("Regioplan: an unknown rule kind, with did-you-mean", "[regioplan]") {
  Json doc = MinimalPlan();
  doc["interventies"][0]["voorwaarden"][0]["soort"] = "minimal";
  CHECK(Load(doc) ==
        "fout: regioplan.json: /interventies/0/voorwaarden/0/soort: onbekende soort voorwaarde \"minimal\"; bedoelde u "
        "\"minimaal\"?\n");
}

TEST_CASE("Regioplan: a groeimodel kind is not a voorwaarde", "[regioplan]") {
  Json doc = MinimalPlan();
  doc["interventies"][0]["voorwaarden"][0]["soort"] = "min_nieuw";
  CHECK(Load(doc) ==
        "fout: regioplan.json: /interventies/0/voorwaarden/0/soort: onbekende soort voorwaarde \"min_nieuw\"\n");
}

TEST_CASE("Regioplan: alias to an unknown interventie and alias with its own voorwaarden", "[regioplan]") {
  Json doc = MinimalPlan();
  doc["interventies"].push_back(
      Json::parse(R"({"id": "d", "naam": "D", "kernelement": "anders-werken", "bron": "b", "alias_van": "x"})"));
  CHECK(Load(doc) == "fout: regioplan.json: /interventies/3/alias_van: onbekende interventie \"x\"\n");
  doc["interventies"][3]["alias_van"] = "a";
  doc["interventies"][3]["voorwaarden"] = doc["interventies"][0]["voorwaarden"];
  CHECK(Load(doc) ==
        "fout: regioplan.json: /interventies/3/voorwaarden: een alias heeft geen eigen voorwaarden; die van \"a\" "
        "gelden\n");
}

TEST_CASE("Regioplan: wrong types and missing fields are located", "[regioplan]") {
  Json doc = MinimalPlan();
  doc["inzendtermijn_dagen"] = "dertig";
  doc["interventies"][1].erase("naam");
  doc["peildatum"] = "2026-02-30";
  CHECK(
      Load(doc) ==
      "fout: regioplan.json: /peildatum: ongeldige datum \"2026-02-30\"; verwacht een bestaande datum als JJJJ-MM-DD\n"
      "fout: regioplan.json: /inzendtermijn_dagen: verwacht geheel getal, gevonden tekst\n"
      "fout: regioplan.json: /interventies/1: ontbrekend veld \"naam\"\n");
}

TEST_CASE("Regioplan: an unknown field is a warning with did-you-mean", "[regioplan]") {
  Json doc = MinimalPlan();
  doc["interventies"][1]["kiesbar"] = true;
  CHECK(Load(doc) ==
        "ok\nwaarschuwing: regioplan.json: /interventies/1/kiesbar: genegeerd: onbekend veld \"kiesbar\"; bedoelde u "
        "\"kiesbaar\"?\n");
}

TEST_CASE("Regioplan: the shipped regioplans load without problems", "[regioplan]") {
  for (const char* region : test::kDataSamples) {
    const auto path = test::SourceDir() / "data-samples" / region / "regioplan.json";
    INFO(path);
    Diagnostics d;
    const auto doc = ReadJsonFile(path, "regioplan.json", &d);
    REQUIRE(doc);
    const auto plan = LoadRegioplan(*doc, "regioplan.json", &d);
    INFO(test::Lines(d));
    CHECK(plan);
    CHECK(d.size() == 0);
  }
}

TEST_CASE("Regioplan: a contact loads; a contact without e-mail or with a malformed one is an error", "[regioplan]") {
  Json doc = MinimalPlan();
  doc["contact"] = Json::parse(R"({"naam": "Projectbureau", "email": "mtvp@regio.example", "bezwaar": "Mail ons."})");
  Diagnostics d;
  const auto plan = LoadRegioplan(doc, "regioplan.json", &d);
  REQUIRE(plan);
  CHECK(test::Lines(d).empty());
  REQUIRE(plan->contact);
  CHECK(plan->contact->naam == "Projectbureau");
  CHECK(plan->contact->email == "mtvp@regio.example");
  CHECK(plan->contact->organisatie.empty());
  CHECK(plan->contact->bezwaar == "Mail ons.");

  doc["contact"] = Json::parse(R"({"naam": "Projectbureau", "email": "projectbureau"})");
  CHECK(Load(doc) == "fout: regioplan.json: /contact/email: verwacht een e-mailadres, gevonden \"projectbureau\"\n");
  doc["contact"] = Json::parse(R"({"naam": "Projectbureau"})");
  CHECK(Load(doc).find("fout: regioplan.json: /contact") != std::string::npos);
}

TEST_CASE("Regioplan: no contact is allowed", "[regioplan]") {
  Diagnostics d;
  const auto plan = LoadRegioplan(MinimalPlan(), "regioplan.json", &d);
  REQUIRE(plan);
  CHECK_FALSE(plan->contact);
}

}  // namespace mtvp
