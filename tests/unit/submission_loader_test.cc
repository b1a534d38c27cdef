// The submission loader: every kind of bad input gets a located Dutch message.
#include <catch2/catch.hpp>

#include "load/regioplan_loader.h"
#include "load/registry_loader.h"
#include "load/submission_loader.h"
#include "test_util.h"

namespace mtvp {
namespace {

struct Fixture {
  Fixture() {
    Diagnostics d;
    const auto doc = ReadJsonFile(test::SourceDir() / "tests/rule-cases/regioplan.json", "regioplan.json", &d);
    plan = *LoadRegioplan(*doc, "regioplan.json", &d);
    praktijken = LoadPraktijken(Json::parse(R"({"formaat": "mtvp-praktijken/1", "praktijken": [
        {"agb": "11111111", "naam": "P", "cohort": "2023-01", "normpraktijken": 1}]})"),
                                "praktijken.json", plan, &d);
    REQUIRE_FALSE(d.HasErrors());
  }

  Json Valid() const {
    return Json::parse(R"({"formaat": "mtvp-inzending/1", "agb": "11111111", "programmajaar": 2,
      "periode": {"van": "2024-01-01", "tot": "2024-12-31"}, "ingediend_op": "2025-01-20",
      "personeel": {"huisarts": 2, "poh": 1},
      "interventies": [{"id": "regie", "status": "voortgezet"}, {"id": "triage", "status": "nieuw"}],
      "waarden": {"verwijzingen": 14, "afspraken": true},
      "intervisie": [{"datum": "2024-03-01", "soort": "intervisie", "duur_minuten": 90, "deelnemers": ["HA-1", "HA-2"]}],
      "toelichting": "Tekst."})");
  }

  std::string Load(const Json& doc, std::optional<std::string> path_agb = "11111111",
                   std::optional<int> path_jaar = 2) const {
    Diagnostics d;
    SubmissionContext ctx{&plan, &praktijken, path_agb, path_jaar};
    const auto s = LoadSubmission(doc, "inzendingen/11111111/jaar-2.json", ctx, &d);
    if (s && !d.HasErrors()) return "ok\n" + test::Lines(d);
    return test::Lines(d);
  }

  Regioplan plan;
  std::vector<Praktijk> praktijken;
};

constexpr const char* kFile = "fout: inzendingen/11111111/jaar-2.json: ";

}  // namespace

TEST_CASE_METHOD(Fixture, "Submission: a valid submission loads", "[submission]") { CHECK(Load(Valid()) == "ok\n"); }

TEST_CASE_METHOD(Fixture, "Submission: unknown intervention with did-you-mean", "[submission]") {
  Json doc = Valid();
  doc["interventies"][1]["id"] = "triag";
  CHECK(Load(doc) ==
        std::string(kFile) + "/interventies/1/id: onbekende interventie \"triag\"; bedoelde u \"triage\"?\n");
}

TEST_CASE_METHOD(Fixture, "Submission: unknown metric with did-you-mean", "[submission]") {
  Json doc = Valid();
  doc["waarden"]["verwijzinge"] = 3;
  CHECK(Load(doc) ==
        std::string(kFile) + "/waarden/verwijzinge: onbekende metriek \"verwijzinge\"; bedoelde u \"verwijzingen\"?\n");
}

TEST_CASE_METHOD(Fixture, "Submission: negative counts and wrong types", "[submission]") {
  Json doc = Valid();
  doc["waarden"]["verwijzingen"] = -3;
  doc["personeel"]["poh"] = -1;
  doc["waarden"]["afspraken"] = "ja";
  CHECK(Load(doc) ==
        std::string(kFile) +
            "/personeel/poh: verwacht een aantal personen (geheel getal van 0 tot en met 10000), gevonden -1\n" +
            kFile + "/waarden/afspraken: verwacht een getal of ja/nee, gevonden tekst\n" + kFile +
            "/waarden/verwijzingen: verwacht een getal van 0 tot 1.000.000.000, gevonden -3\n");
}

TEST_CASE_METHOD(Fixture, "Submission: a fraction where a whole number is expected", "[submission]") {
  Json doc = Valid();
  doc["waarden"]["verwijzingen"] = 12.5;
  CHECK(Load(doc) ==
        std::string(kFile) + "/waarden/verwijzingen: verwacht een geheel getal voor \"Verwijzingen\", gevonden 12.5\n");
}

TEST_CASE_METHOD(Fixture, "Submission: an unregistered AGB code", "[submission]") {
  Json doc = Valid();
  doc["agb"] = "11111112";
  CHECK(Load(doc, std::nullopt) == std::string(kFile) +
                                       "/agb: AGB-code 11111112 staat niet in praktijken.json; bedoelde u 11111111? "
                                       "Meld de praktijk eerst aan in het register.\n");
}

TEST_CASE_METHOD(Fixture, "Submission: a period that does not match the cohort", "[submission]") {
  Json doc = Valid();
  doc["periode"]["van"] = "2024-04-01";
  doc["periode"]["tot"] = "2025-03-31";
  CHECK(Load(doc) ==
        std::string(kFile) +
            "/periode: periode 2024-04-01 t/m 2025-03-31 past niet bij programmajaar 2 van cohort 2023-01; "
            "verwacht 2024-01-01 t/m 2024-12-31\n");
}

TEST_CASE_METHOD(Fixture, "Submission: an impossible date", "[submission]") {
  Json doc = Valid();
  doc["ingediend_op"] = "2025-02-30";
  CHECK(Load(doc) ==
        std::string(kFile) +
            "/ingediend_op: ongeldige datum \"2025-02-30\"; verwacht een bestaande datum als JJJJ-MM-DD\n");
}

TEST_CASE_METHOD(Fixture, "Submission: AGB code and year must match the path", "[submission]") {
  Json doc = Valid();
  CHECK(Load(doc, "22222222", 3) == std::string(kFile) +
                                        "/agb: AGB-code 11111111 hoort niet in de map inzendingen/22222222/; verplaats "
                                        "het bestand of corrigeer de code\n" +
                                        kFile +
                                        "/programmajaar: programmajaar 2 past niet bij de bestandsnaam jaar-3.json\n");
}

TEST_CASE_METHOD(Fixture, "Submission: a path-like AGB code is refused", "[submission]") {
  Json doc = Valid();
  doc["agb"] = "../../x";
  CHECK(Load(doc, std::nullopt) == std::string(kFile) + "/agb: ongeldige AGB-code \"../../x\"; verwacht 8 cijfers\n");
}

TEST_CASE_METHOD(Fixture, "Submission: the same intervention twice with two statuses is an error", "[submission]") {
  Json doc = Valid();
  doc["interventies"][1]["id"] = "regie";
  CHECK(Load(doc) == std::string(kFile) +
                         "/interventies/1/status: interventie \"regie\" staat twee keer in de lijst, als voortgezet "
                         "(/interventies/0) en als nieuw; houd er één over\n");
}

TEST_CASE_METHOD(Fixture, "Submission: the same intervention twice with the same status is one warning",
                 "[submission]") {
  Json doc = Valid();
  doc["interventies"][1] = Json::parse(R"({"id": "regie", "status": "voortgezet"})");
  CHECK(Load(doc) ==
        "ok\nwaarschuwing: inzendingen/11111111/jaar-2.json: /interventies/1/id: interventie \"regie\" staat "
        "twee keer in de lijst (ook op /interventies/0); ze telt één keer\n");
  Diagnostics d;
  SubmissionContext ctx{&plan, &praktijken, std::string("11111111"), 2};
  const auto s = LoadSubmission(doc, "inzendingen/11111111/jaar-2.json", ctx, &d);
  REQUIRE(s);
  CHECK(s->interventies.size() == 1);
}

TEST_CASE_METHOD(Fixture, "Submission: a bad status", "[submission]") {
  Json doc = Valid();
  doc["interventies"][0]["status"] = "doorlopend";
  CHECK(Load(doc) == std::string(kFile) +
                         "/interventies/0/status: onbekende status \"doorlopend\"; kies nieuw, voortgezet, "
                         "doorontwikkeling of gestopt\n");
}

TEST_CASE_METHOD(Fixture, "Submission: huisartsen lists pseudonyms", "[submission]") {
  Json doc = Valid();
  doc["huisartsen"] = Json::parse(R"(["HA-1", "HA-1", 3])");
  CHECK(Load(doc) ==
        std::string(kFile) + "/huisartsen/1: pseudoniem \"HA-1\" staat twee keer in de lijst\n" + kFile +
            "/huisartsen/2: verwacht het pseudoniem van een huisarts (tekst van 1 tot 40 tekens), zoals \"HA-1\"\n");
}

TEST_CASE_METHOD(Fixture, "Submission: deelnemers must be a count or pseudonyms", "[submission]") {
  Json doc = Valid();
  doc["intervisie"][0]["deelnemers"] = Json::array({"HA-1", "HA-1"});
  CHECK(Load(doc) ==
        std::string(kFile) + "/intervisie/0/deelnemers/1: pseudoniem \"HA-1\" staat twee keer in de lijst\n");
  doc["intervisie"][0]["deelnemers"] = "twee";
  CHECK(Load(doc) == std::string(kFile) +
                         "/intervisie/0/deelnemers: verwacht een aantal deelnemers (0 tot en met 1000) of een lijst "
                         "pseudoniemen, gevonden tekst\n");
}

TEST_CASE("Submission: malformed JSON names line and column", "[submission]") {
  Diagnostics d;
  CHECK_FALSE(ParseJson("{\n  \"agb\": \"1\",\n  \"x\": tru\n}", "f.json", &d));
  CHECK(test::Lines(d) ==
        "fout: f.json: ongeldige JSON op regel 3, kolom 8: controleer komma's, aanhalingstekens en haakjes\n");
}

TEST_CASE("Submission: empty file, deep nesting and invalid UTF-8", "[submission]") {
  Diagnostics d;
  CHECK_FALSE(ParseJson("  \n", "leeg.json", &d));
  CHECK_FALSE(ParseJson(std::string(10000, '[') + std::string(10000, ']'), "diep.json", &d));
  CHECK_FALSE(ParseJson("{\"naam\": \"\xff\xfe\"}", "utf.json", &d));
  CHECK(test::Lines(d) ==
        "fout: leeg.json: het bestand is leeg; verwacht een JSON-object\n"
        "fout: diep.json: te diep geneste JSON (meer dan 64 niveaus); een MTVP-bestand heeft er maar een paar nodig\n"
        "fout: utf.json: ongeldige JSON op regel 1, kolom 11: de tekst is geen geldige UTF-8; sla het bestand op als "
        "UTF-8\n");
}

}  // namespace mtvp

namespace mtvp {

TEST_CASE("Submission: duplicate keys are refused with their JSON pointer", "[submission]") {
  Diagnostics d;
  CHECK_FALSE(ParseJson(R"({"waarden": {"a": 1, "a": 2}})", "f.json", &d));
  CHECK_FALSE(ParseJson(R"({"interventies": [{"id": "x"}, {"id": "y", "status": "nieuw", "id": "z"}]})", "g.json", &d));
  CHECK(ParseJson(R"({"a": {"id": 1}, "b": {"id": 2}, "c": [{"id": 1}, {"id": 1}]})", "ok.json", &d));
  CHECK(test::Lines(d) ==
        "fout: f.json: /waarden/a: deze sleutel staat twee keer in hetzelfde object; welke waarde geldt is niet te "
        "zeggen, dus verwijder er één\n"
        "fout: g.json: /interventies/1/id: deze sleutel staat twee keer in hetzelfde object; welke waarde geldt is "
        "niet te zeggen, dus verwijder er één\n");
}

TEST_CASE("Submission: numbers too large to read and texts too long to keep", "[submission]") {
  Diagnostics d;
  CHECK_FALSE(ParseJson(R"({"waarden": {"a": 1e400}})", "groot.json", &d));
  const Json doc = {{"naam", std::string(kMaxTextLength + 1, 'x')}};
  FieldReader r("lang.json", &d);
  CHECK_FALSE(r.Text(doc, "naam", ""));
  CHECK(test::Lines(d) ==
        "fout: groot.json: een getal in het bestand is te groot om te lezen (groter dan 1e308)\n"
        "fout: lang.json: /naam: tekst van 20001 tekens is te lang; hoogstens 20000\n");
}

TEST_CASE("Submission: oversized files and non-files are refused before reading", "[submission]") {
  test::TempDir tmp;
  const auto big = tmp.path() / "groot.json";
  { std::ofstream create(big); }
  std::filesystem::resize_file(big, kMaxJsonBytes + 1);  // sparse: costs no disk
  Diagnostics d;
  CHECK_FALSE(ReadJsonFile(big, "groot.json", &d));
  CHECK_FALSE(ReadJsonFile(tmp.path(), "map", &d));
  CHECK_FALSE(ReadJsonFile(tmp.path() / "weg.json", "weg.json", &d));
  CHECK(test::Lines(d) ==
        "fout: groot.json: het bestand is te groot (16 MB); een invoerbestand is hoogstens 16 MB\n"
        "fout: map: geen gewoon bestand\n"
        "fout: weg.json: bestand ontbreekt\n");
}

TEST_CASE("Diagnostics: a very long unknown id is shortened in the message", "[diagnostics]") {
  const std::vector<std::string> ids = {"regie"};
  CHECK(UnknownWithSuggestion("onbekende interventie", std::string(500, 'q'), ids) ==
        "onbekende interventie \"" + std::string(60, 'q') + "…\"");
}

}  // namespace mtvp
