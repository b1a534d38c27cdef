// Runs the rule-semantics cases in tests/rule-cases/*.json through the real
// loaders and evaluator (see tests/rule-cases/README.md for the case format).
#include <algorithm>
#include <cstdlib>
#include <vector>

#include <catch2/catch.hpp>

#include "base/json_input.h"
#include "load/regioplan_loader.h"
#include "load/registry_loader.h"
#include "load/submission_loader.h"
#include "model/rule_ids.h"
#include "model/vocabulary.h"
#include "rules/evaluate.h"
#include "test_util.h"

namespace mtvp {
namespace {

namespace fs = std::filesystem;

const fs::path kCaseDir = test::SourceDir() / "tests" / "rule-cases";

Json DefaultPraktijk() {
  return Json{{"agb", "11111111"},
              {"naam", "Praktijk Test"},
              {"wijk", nullptr},
              {"subregio", "Zuid"},
              {"cohort", "2023-01"},
              {"normpraktijken", 1.0},
              {"krachtige_basiszorg", false},
              {"plangroep", nullptr},
              {"koptarief", false},
              {"uitgetreden_op", nullptr}};
}

Json Merge(Json base, const Json& overrides) {
  for (const auto& [k, v] : overrides.items()) base[k] = v;
  return base;
}

Json ExpandInterventies(const Json& list) {
  Json out = Json::array();
  for (const Json& item : list) {
    if (!item.is_string()) {
      out.push_back(item);
      continue;
    }
    const std::string s = item.get<std::string>();
    const size_t colon = s.find(':');
    out.push_back({{"id", s.substr(0, colon)}, {"status", colon == std::string::npos ? "nieuw" : s.substr(colon + 1)}});
  }
  return out;
}

struct Loaded {
  RegionInput input;
  Date peildatum;
};

void AddPraktijk(const Json& praktijk_overrides, const Json& inzendingen, const Regioplan& plan,
                 std::vector<Json>* praktijken, std::vector<std::pair<Json, std::string>>* submissions) {
  const Json p = Merge(DefaultPraktijk(), praktijk_overrides);
  praktijken->push_back(p);
  const Cohort* cohort = plan.FindCohort(p["cohort"].get<std::string>());
  REQUIRE(cohort != nullptr);
  for (const auto& [jaar_text, overrides] : inzendingen.items()) {
    const int jaar = std::stoi(jaar_text);
    const Periode periode = ProgrammeYear(cohort->start, jaar);
    Json s = {{"formaat", "mtvp-inzending/1"},
              {"agb", p["agb"]},
              {"programmajaar", jaar},
              {"periode", {{"van", periode.van.Iso()}, {"tot", periode.tot.Iso()}}},
              {"ingediend_op", periode.tot.AddDays(10).Iso()},
              {"personeel", {{"huisarts", 2}, {"poh", 1}, {"doktersassistent", 2}}},
              {"interventies", Json::array()},
              {"waarden", Json::object()},
              {"intervisie", Json::array()}};
    s = Merge(s, overrides);
    s["interventies"] = ExpandInterventies(s["interventies"]);
    submissions->emplace_back(s, "inzendingen/" + p["agb"].get<std::string>() + "/jaar-" + jaar_text + ".json");
  }
}

Loaded LoadCase(const Json& c, const std::shared_ptr<const Regioplan>& plan) {
  Loaded out;
  out.input.plan = plan;
  std::vector<Json> praktijken;
  std::vector<std::pair<Json, std::string>> submissions;
  AddPraktijk(c.value("praktijk", Json::object()), c.value("inzendingen", Json::object()), *plan, &praktijken,
              &submissions);
  for (const Json& other : c.value("andere_praktijken", Json::array())) {
    AddPraktijk(other.at("praktijk"), other.value("inzendingen", Json::object()), *plan, &praktijken, &submissions);
  }
  Diagnostics d;
  out.input.praktijken =
      LoadPraktijken(Json{{"formaat", "mtvp-praktijken/1"}, {"praktijken", praktijken}}, "praktijken.json", *plan, &d);
  for (const auto& [doc, file] : submissions) {
    SubmissionContext ctx{plan.get(), &out.input.praktijken, std::nullopt, std::nullopt};
    if (auto s = LoadSubmission(doc, file, ctx, &d)) out.input.inzendingen.push_back(std::move(*s));
  }
  if (c.contains("afwijkingen")) {
    out.input.afwijkingen = LoadAfwijkingen(Json{{"formaat", "mtvp-afwijkingen/1"}, {"afwijkingen", c["afwijkingen"]}},
                                            "afwijkingen.json", out.input.praktijken, AllRuleIds(*plan), &d);
  }
  INFO(test::Lines(d));
  REQUIRE_FALSE(d.HasErrors());
  out.peildatum = *Date::Parse(c.value("peildatum", "2026-06-30"));
  return out;
}

const Verdict* FindVerdict(const PraktijkResultaat& p, int jaar, const std::string& regel) {
  for (const JaarResultaat& j : p.jaren) {
    if (j.jaar != jaar) continue;
    for (const Verdict& v : j.verdicts) {
      if (v.regel == regel) return &v;
    }
  }
  return nullptr;
}

void CheckExpectation(const PraktijkResultaat& p, const Json& e) {
  const int jaar = e.at("jaar").get<int>();
  const std::string regel = e.at("regel").get<std::string>();
  const Verdict* v = FindVerdict(p, jaar, regel);
  INFO("jaar " << jaar << ", regel " << regel);
  if (e.value("afwezig", false)) {
    CHECK(v == nullptr);
    return;
  }
  REQUIRE(v != nullptr);
  INFO("uitleg: " << v->uitleg);
  CHECK(std::string(Name(v->status)) == e.at("status").get<std::string>());
  for (const char* field : {"werkelijk", "vereist", "tekort", "herkomst"}) {
    if (!e.contains(field)) continue;
    const std::string actual = field == std::string("werkelijk") ? v->werkelijk
                               : field == std::string("vereist") ? v->vereist
                               : field == std::string("tekort")  ? v->tekort
                                                                 : v->herkomst;
    INFO(field);
    CHECK(actual == e[field].get<std::string>());
  }
  if (e.contains("uitleg_bevat")) {
    CHECK_THAT(v->uitleg, Catch::Matchers::Contains(e["uitleg_bevat"].get<std::string>()));
  }
  if (e.contains("uitleg_bevat_niet")) {  // no explanation states a fact the data does not hold
    CHECK_THAT(v->uitleg, !Catch::Matchers::Contains(e["uitleg_bevat_niet"].get<std::string>()));
  }
  if (e.contains("ernst")) CHECK(std::string(Name(v->ernst)) == e["ernst"].get<std::string>());
}

std::vector<fs::path> CaseFiles() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(kCaseDir)) {
    if (entry.path().extension() == ".json" && entry.path().filename() != "regioplan.json")
      files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("Rule cases: every case in tests/rule-cases gives the expected verdicts", "[rules]") {
  Diagnostics d;
  const auto doc = ReadJsonFile(kCaseDir / "regioplan.json", "regioplan.json", &d);
  REQUIRE(doc);
  auto plan_value = LoadRegioplan(*doc, "regioplan.json", &d);
  INFO(test::Lines(d));
  REQUIRE(plan_value);
  const auto plan = std::make_shared<const Regioplan>(std::move(*plan_value));
  const char* only = std::getenv("MTVP_CASE");
  size_t cases = 0;
  for (const fs::path& file : CaseFiles()) {
    Diagnostics fd;
    const auto cases_doc = ReadJsonFile(file, file.filename().string(), &fd);
    REQUIRE(cases_doc);
    for (const Json& c : cases_doc->at("cases")) {
      const std::string naam = c.at("naam").get<std::string>();
      if (only && naam.find(only) == std::string::npos) continue;
      ++cases;
      DYNAMIC_SECTION(file.filename().string() << ": " << naam) {
        const Loaded loaded = LoadCase(c, plan);
        const Beoordeling beoordeling = EvaluateVolledig(loaded.input, loaded.peildatum);
        const std::vector<PraktijkResultaat>& praktijken = beoordeling.praktijken;
        const auto it = std::find_if(praktijken.begin(), praktijken.end(),
                                     [](const PraktijkResultaat& p) { return p.praktijk.agb == "11111111"; });
        REQUIRE(it != praktijken.end());
        // No check leaves a verdict undecided (Verdict::status starts at kOnbeslist).
        for (const PraktijkResultaat& p : praktijken) {
          for (const JaarResultaat& jr : p.jaren) {
            for (const Verdict& v : jr.verdicts) {
              INFO(v.regel);
              CHECK(v.status != Status::kOnbeslist);
            }
          }
        }
        for (const Json& e : c.at("verwacht")) CheckExpectation(*it, e);
        const Json oordelen = c.value("verwacht_oordeel", Json::object());
        for (const auto& [jaar, oordeel] : oordelen.items()) {
          const JaarResultaat& jr = it->jaren.at(static_cast<size_t>(std::stoi(jaar) - 1));
          std::string open_verdicts;
          for (const Verdict& v : jr.verdicts) {
            if (v.ernst == Ernst::kEis && v.status != Status::kVoldoet && v.status != Status::kNietVanToepassing) {
              open_verdicts += v.regel + " (" + std::string(Name(v.status)) + ") ";
            }
          }
          INFO("oordeel jaar " << jaar << "; eisen die niet voldoen: " << open_verdicts);
          REQUIRE(jr.Beoordeeld());
          CHECK(std::string(Name(jr.oordeel)) == oordeel.get<std::string>());
        }
        if (c.contains("verwacht_totaaloordeel")) {
          CHECK(std::string(Name(it->oordeel)) == c["verwacht_totaaloordeel"].get<std::string>());
        }
      }
    }
  }
  CHECK(cases > 0);
}

}  // namespace mtvp
