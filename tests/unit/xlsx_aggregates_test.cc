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
  jr.periode = {{2023, 4, 1}, {2024, 3, 31}};  // ended before the peildatum of the tests
  jr.uiterste_datum = {2024, 6, 1};
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

TEST_CASE("SplitsPaar: a count is shown only with its complement, both at least min-cel", "[aggregates]") {
  const Paar p = SplitsPaar(7, 5, true, 5);
  CHECK(p.ja.Getoond());
  CHECK(p.nee.Getoond());
  CHECK(p.aandeel.Getoond());
  CHECK(p.aandeel.waarde == Approx(7.0 / 12));
  for (const Paar& q : {SplitsPaar(11, 1, true, 5), SplitsPaar(1, 11, true, 5), SplitsPaar(12, 0, true, 5)}) {
    CHECK(q.ja.zicht == Zicht::kVerborgen);  // the complement is 1 or 0: both hidden together
    CHECK(q.nee.zicht == Zicht::kVerborgen);
    CHECK(q.aandeel.zicht == Zicht::kVerborgen);
  }
  CHECK_FALSE(SplitsPaar(7, 5, false, 5).ja.Getoond());    // a hidden parent hides its split
  CHECK(SplitsPaar(1, 0, true, 1).ja.Getoond() == false);  // a zero is never shown as a side
  CHECK(SplitsPaar(1, 2, true, 1).ja.Getoond());
}

TEST_CASE("VoegCohortenSamen: cohorts in start order, each group at least min-cel", "[aggregates]") {
  using Groepen = std::vector<std::vector<size_t>>;
  CHECK(VoegCohortenSamen({3, 4, 10, 2}, 5) == Groepen{{0, 1}, {2, 3}});
  CHECK(VoegCohortenSamen({5, 5, 5}, 5) == Groepen{{0}, {1}, {2}});
  CHECK(VoegCohortenSamen({3}, 5) == Groepen{{0}});
  CHECK(VoegCohortenSamen({0, 6, 0, 5, 1}, 5) == Groepen{{1}, {3, 4}});
  CHECK(VoegCohortenSamen({}, 5).empty());
}

Report Regio(const std::vector<std::pair<std::string, Status>>& praktijken) {
  Report report;
  report.plan = Plan();
  report.peildatum = {2026, 12, 31};
  int i = 0;
  for (const auto& [cohort, status] : praktijken) {
    const std::string nummer = std::to_string(++i);
    const std::string agb = "0100" + std::string(4 - nummer.size(), '0') + nummer;
    report.praktijken.push_back(Samenvatting(Maak(agb, cohort, status, i % 4 == 0 ? "triage-oud" : "triage", 10)));
  }
  return report;
}

TEST_CASE("ComputeZorgverzekeraarModel: one failing practice of eight hides the pair, not the population",
          "[aggregates]") {
  std::vector<std::pair<std::string, Status>> ps(7, {"2023-04", Status::kVoldoet});
  ps.push_back({"2023-04", Status::kVoldoetNiet});
  const ZorgverzekeraarModel m = ComputeZorgverzekeraarModel(Regio(ps), 5);
  const ZvGroep& alle = m.jaren[0].groepen[0];
  CHECK(m.praktijken.Getoond());
  CHECK(alle.verschuldigd.Getoond());
  CHECK(alle.verschuldigd.waarde == 8);
  CHECK(alle.voldoet.ja.zicht == Zicht::kVerborgen);  // 7 and 1
  CHECK(alle.voldoet.nee.zicht == Zicht::kVerborgen);
  CHECK(alle.voldoet.aandeel.zicht == Zicht::kVerborgen);  // no "87,5%" that gives the 1 away
  CHECK_FALSE(alle.beoordeeld.Getoond());
  // Every practice chose triage (two by its alias): 8 and 0, hidden.
  REQUIRE(m.interventies.size() == 1);
  CHECK(m.jaren[0].interventies[0].ja.waarde == 8);
  CHECK(m.jaren[0].interventies[0].ja.zicht == Zicht::kVerborgen);
  // Years not due for any cohort: structural, the same in every region.
  CHECK(m.jaren[1].groepen[0].verschuldigd.zicht == Zicht::kNietVerschuldigd);
  CHECK(m.jaren[2].interventies[0].ja.zicht == Zicht::kNietVerschuldigd);
  // A sum over eight reporters is shown, as a sum (verwijzingen).
  REQUIRE(m.metrieken.size() == 1);
  CHECK(m.metrieken[0].aggregaat == MetriekAggregaat::kSom);
  CHECK(m.jaren[0].metrieken[0].waarde.Getoond());
  CHECK(m.jaren[0].metrieken[0].waarde.waarde == 80);
}

TEST_CASE("ComputeZorgverzekeraarModel: the main figures stay visible, small cohorts are merged", "[aggregates]") {
  std::vector<std::pair<std::string, Status>> ps;
  for (int i = 0; i < 9; ++i) ps.push_back({"2023-04", i < 5 ? Status::kVoldoet : Status::kVoldoetNiet});
  for (int i = 0; i < 3; ++i) ps.push_back({"2024-01", i < 2 ? Status::kVoldoet : Status::kOnvolledig});
  const ZorgverzekeraarModel m = ComputeZorgverzekeraarModel(Regio(ps), 5);
  const ZvJaar& j = m.jaren[0];
  // The cohort of 3 joins the one before it: one group, so only all cohorts.
  REQUIRE(j.groepen.size() == 1);
  CHECK(j.groepen[0].voldoet.ja.Getoond());
  CHECK(j.groepen[0].voldoet.ja.waarde == 7);
  CHECK(j.groepen[0].voldoet.nee.waarde == 5);
  CHECK(j.groepen[0].voldoet.aandeel.waarde == Approx(7.0 / 12));
  // Nobody without an oordeel: "voldoet niet or onvolledig" against 0 is hidden.
  CHECK(j.groepen[0].niet_of_geen.ja.zicht == Zicht::kVerborgen);
  CHECK_FALSE(j.groepen[0].beoordeeld.Getoond());
}

TEST_CASE("ComputeZorgverzekeraarModel: a split is shown per cohort only when every cohort may show it",
          "[aggregates]") {
  std::vector<std::pair<std::string, Status>> ps;
  for (int i = 0; i < 10; ++i) ps.push_back({"2023-04", i < 5 ? Status::kVoldoet : Status::kVoldoetNiet});
  for (int i = 0; i < 10; ++i) ps.push_back({"2024-01", i < 8 ? Status::kVoldoet : Status::kVoldoetNiet});
  const ZorgverzekeraarModel m = ComputeZorgverzekeraarModel(Regio(ps), 5);
  const ZvJaar& j = m.jaren[0];
  REQUIRE(j.groepen.size() == 3);
  CHECK(j.groepen[0].voldoet.ja.Getoond());  // 13 and 7 for all cohorts
  CHECK(j.groepen[0].voldoet.ja.waarde == 13);
  CHECK(j.groepen[1].verschuldigd.Getoond());
  CHECK(j.groepen[2].verschuldigd.Getoond());
  // The second cohort has 2 failing: both cohorts hide the split, or the
  // first cohort's 5 and 5 would give the second's 8 and 2 away.
  CHECK(j.groepen[1].voldoet.ja.zicht == Zicht::kVerborgen);
  CHECK(j.groepen[2].voldoet.ja.zicht == Zicht::kVerborgen);
  CHECK(j.groepen[1].naam == "April 2023");
}

TEST_CASE("WriteWorkbooks: writes the downloads, the same bytes every time", "[xlsx]") {
  Beoordeling beoordeling;
  Report& report = beoordeling.report;
  report.plan = Plan();
  report.peildatum = {2026, 12, 31};
  beoordeling.praktijken.push_back(Maak("01000001", "2023-04", Status::kVoldoet, "triage", 10));
  beoordeling.praktijken[0].praktijk.naam = "=1+1";
  report.praktijken.push_back(Samenvatting(beoordeling.praktijken[0]));
  AddModels(&report);
  test::TempDir tmp;
  std::string bytes[2];
  for (int run = 0; run < 2; ++run) {
    std::string error;
    const auto target = tmp.path() / ("site" + std::to_string(run));
    auto stage = OutputStage::Create(target, &error);
    REQUIRE(stage);
    std::vector<std::string> written;
    REQUIRE(WriteWorkbooks(beoordeling, {5, true, nullptr}, stage.get(), &written, &error));
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
