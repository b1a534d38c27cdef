#include <catch2/catch.hpp>
#include <memory>

#include "base/publish.h"
#include "render/xlsx/workbooks.h"
#include "render/xlsx/writers.h"
#include "report/aggregates.h"
#include "report/regio_model.h"
#include "test_util.h"

namespace mtvp {
namespace {

/// A plan with one kernelement, two cohorts, an intervention and an alias of it.
std::shared_ptr<Regioplan> Plan() {
  auto plan = std::make_shared<Regioplan>();
  plan->regio = "Testregio";
  plan->rho = "Test-RHO";
  plan->cohorten = {{"2024-01", "Januari 2024", {2024, 1, 1}, {}}, {"2023-04", "April 2023", {2023, 4, 1}, {}}};
  plan->kernelementen = {{"anders-werken", "Anders werken", "", 0, {}}};
  Interventie triage;
  triage.id = "triage";
  triage.naam = "Triage";
  triage.kernelement = "anders-werken";
  Interventie alias = triage;
  alias.id = "triage-oud";
  alias.alias_van = "triage";
  plan->interventies = {triage, alias};
  plan->metrieken = {{"verwijzingen", "Verwijzingen", "patiënten", MetriekType::kGeheelGetal}};
  return plan;
}

/// A practice with a judged jaar 1: `status` for the kernelement and overall,
/// choosing `interventie` (empty: none) and reporting `verwijzingen`.
PraktijkResultaat Maak(const std::string& agb, const std::string& cohort, Status status, const std::string& interventie,
                       double verwijzingen) {
  PraktijkResultaat p;
  p.praktijk.agb = agb;
  p.praktijk.naam = "Praktijk " + agb;
  p.praktijk.cohort = cohort;
  p.oordeel = status;
  JaarResultaat jr;
  jr.jaar = 1;
  jr.inzending = InzendStatus::kCompleet;
  auto gegevens = std::make_shared<Inzending>();
  gegevens->waarden["verwijzingen"] = Waarde{false, verwijzingen, false};
  jr.gegevens = std::move(gegevens);
  jr.oordeel = status;
  jr.per_kernelement = {{"anders-werken", status}};
  if (!interventie.empty()) {
    InterventieKeuze k;
    k.id = interventie;
    k.telt_als = interventie == "triage-oud" ? "triage" : "";
    jr.interventies.push_back(k);
  }
  p.jaren.push_back(jr);
  return p;
}

}  // namespace

TEST_CASE("Onderdrukking: a count of 1..min-1 practices is suppressed as small", "[aggregates]") {
  Onderdrukking o(5);
  const size_t nul = o.Cel(0), drie = o.Cel(3), vijf = o.Cel(5);
  o.Los();
  CHECK(o.Zichtbaarheid(nul) == Zicht::kGetoond);
  CHECK(o.Zichtbaarheid(drie) == Zicht::kKlein);
  CHECK(o.Zichtbaarheid(vijf) == Zicht::kGetoond);
}

TEST_CASE("Onderdrukking: a lone small part of a shown total takes the smallest other part with it", "[aggregates]") {
  // 16 = 14 + 2 + 0: showing 14 and 0 would give away the 2.
  Onderdrukking o(5);
  const size_t totaal = o.Cel(16), veel = o.Cel(14), weinig = o.Cel(2), nul = o.Cel(0);
  o.Som(totaal, {veel, weinig, nul});
  o.Los();
  CHECK(o.Zichtbaarheid(totaal) == Zicht::kGetoond);
  CHECK(o.Zichtbaarheid(weinig) == Zicht::kKlein);
  CHECK(o.Zichtbaarheid(veel) == Zicht::kAanvullend);
  CHECK(o.Zichtbaarheid(nul) == Zicht::kGetoond);
}

TEST_CASE("Onderdrukking: small parts that together reach the minimum need no more", "[aggregates]") {
  Onderdrukking o(5);
  const size_t totaal = o.Cel(20), a = o.Cel(3), b = o.Cel(2), c = o.Cel(15);
  o.Som(totaal, {a, b, c});
  o.Los();
  CHECK(o.Zichtbaarheid(a) == Zicht::kKlein);
  CHECK(o.Zichtbaarheid(b) == Zicht::kKlein);
  CHECK(o.Zichtbaarheid(c) == Zicht::kGetoond);
}

TEST_CASE("Onderdrukking: two small parts below the minimum together also hide a third", "[aggregates]") {
  Onderdrukking o(5);
  const size_t totaal = o.Cel(20), a = o.Cel(1), b = o.Cel(2), c = o.Cel(8), d = o.Cel(9);
  o.Som(totaal, {a, b, c, d});
  o.Los();
  CHECK(o.Zichtbaarheid(c) == Zicht::kAanvullend);  // the smallest shown part
  CHECK(o.Zichtbaarheid(d) == Zicht::kGetoond);
}

TEST_CASE("Onderdrukking: a hidden total is not left equal to the sum of shown parts", "[aggregates]") {
  // The column total hides because of its row; its parts must not give it away.
  Onderdrukking o(5);
  const size_t rij = o.Cel(12), kolom = o.Cel(9), ander = o.Cel(3), deel1 = o.Cel(5), deel2 = o.Cel(4);
  o.Som(rij, {kolom, ander});    // 12 = 9 + 3: hides 9 next to the small 3
  o.Som(kolom, {deel1, deel2});  // 9 = 5 + 4: the 4 is small anyway
  o.Los();
  CHECK(o.Zichtbaarheid(kolom) == Zicht::kAanvullend);
  CHECK(o.Zichtbaarheid(deel2) == Zicht::kKlein);
  CHECK(o.Zichtbaarheid(deel1) == Zicht::kGetoond);  // 9 and 4 hidden: 5 reveals neither
}

TEST_CASE("Onderdrukking: with a minimum of 1 nothing is hidden", "[aggregates]") {
  Onderdrukking o(1);
  const size_t totaal = o.Cel(3), a = o.Cel(1), b = o.Cel(2);
  o.Som(totaal, {a, b});
  o.Los();
  CHECK(o.Zichtbaarheid(totaal) == Zicht::kGetoond);
  CHECK(o.Zichtbaarheid(a) == Zicht::kGetoond);
  CHECK(o.Zichtbaarheid(b) == Zicht::kGetoond);
}

TEST_CASE("ComputeAggregates: counts aliases as their intervention and protects complements", "[aggregates]") {
  Report report;
  report.plan = Plan();
  report.peildatum = {2026, 12, 31};
  // Eight practices, two cohorts; six choose triage (two of them by its alias).
  const char* agbs[] = {"01000001", "01000002", "01000003", "01000004", "01000005", "01000006", "01000007", "01000008"};
  for (int i = 0; i < 8; ++i) {
    const std::string cohort = i < 6 ? "2023-04" : "2024-01";
    const std::string keuze = i < 4 ? "triage" : i < 6 ? "triage-oud" : "";
    report.praktijken.push_back(Maak(agbs[i], cohort, i < 6 ? Status::kVoldoet : Status::kVoldoetNiet, keuze, 10));
  }
  const Aggregates a = ComputeAggregates(report, 5);
  REQUIRE(a.interventies.size() == 1);  // the alias is not a row of its own
  CHECK(a.interventies[0].interventie == "triage");
  // 6 of 8: the 2 without triage would be given away, so 6 is not shown either.
  CHECK(a.interventies[0].per_jaar[0].waarde == 6);
  CHECK(a.interventies[0].per_jaar[0].zicht == Zicht::kAanvullend);
  CHECK(a.interventies[0].per_jaar[1].zicht == Zicht::kLeeg);  // no judged jaar 2
  CHECK(a.beoordeeld_per_jaar[0].Getoond());
  CHECK(a.beoordeeld_per_jaar[0].waarde == 8);

  // Naleving jaar 1: all cohorts, then the cohorts by start date.
  REQUIRE(a.naleving.size() == 3);
  CHECK(a.naleving[0].cohort.empty());
  CHECK(a.naleving[1].cohort == "2023-04");
  CHECK(a.naleving[2].cohort == "2024-01");
  const NalevingOnderdeel& alle = a.naleving[0].onderdelen[0];
  CHECK(alle.per_status[0].waarde == 6);             // voldoet
  CHECK(alle.per_status[3].zicht == Zicht::kKlein);  // 2 voldoet niet
  CHECK(alle.per_status[0].zicht == Zicht::kAanvullend);
  CHECK_FALSE(alle.aandeel_voldoet.Getoond());
  // The small cohort (2 practices) shows nothing at all.
  for (const Cijfer& c : a.naleving[2].onderdelen[0].per_status) CHECK(c.zicht == Zicht::kKlein);
  CHECK(a.naleving[2].praktijken.zicht == Zicht::kKlein);

  // A metric total over 8 practices is shown.
  REQUIRE(a.metrieken.size() == 1);
  CHECK(a.metrieken[0].totaal.Getoond());
  CHECK(a.metrieken[0].totaal.waarde == 80);
  CHECK(OnderdruktLabel(alle.per_status[3], 5) == "<5");
  CHECK(OnderdruktLabel(alle.per_status[0], 5) == "x");
}

TEST_CASE("WriteWorkbooks: writes the downloads, the same bytes every time", "[xlsx]") {
  Report report;
  report.plan = Plan();
  report.peildatum = {2026, 12, 31};
  report.praktijken.push_back(Maak("01000001", "2023-04", Status::kVoldoet, "triage", 10));
  report.praktijken[0].praktijk.naam = "=1+1";
  AddModels(&report);
  test::TempDir tmp;
  std::string bytes[2];
  for (int run = 0; run < 2; ++run) {
    std::string error;
    const auto target = tmp.path() / ("site" + std::to_string(run));
    auto stage = OutputStage::Create(target, &error);
    REQUIRE(stage);
    std::vector<std::string> written;
    REQUIRE(WriteWorkbooks(report, {5, true}, stage.get(), &written, &error));
    REQUIRE(stage->Publish(&error));
    CHECK(written == std::vector<std::string>{"downloads/regio-overzicht.xlsx", "downloads/zorgverzekeraar.xlsx",
                                              "downloads/praktijk-01000001.xlsx"});
    bytes[run] = test::ReadText(target / "downloads/regio-overzicht.xlsx");
    CHECK(bytes[run].substr(0, 2) == "PK");
  }
  CHECK(bytes[0] == bytes[1]);
}

TEST_CASE("WriteRegioWorkbook: a file that cannot be written is an error with its path", "[xlsx]") {
  Report report;
  report.plan = Plan();
  AddModels(&report);
  test::TempDir tmp;
  const auto path = tmp.path() / "bestaat-niet" / "regio-overzicht.xlsx";
  std::string error;
  CHECK_FALSE(xlsx::WriteRegioWorkbook(report, path, &error));
  CHECK(error.find("kan werkboek " + path.string() + " niet schrijven") == 0);
}

}  // namespace mtvp
