// The table of rule kinds (rule_kinds.h) against everything else that names
// a kind: the schema, the documentation and the rule cases; and the verdict
// a check leaves undecided.
#include <algorithm>
#include <set>
#include <string>

#include <catch2/catch.hpp>

#include "base/json_input.h"
#include "load/region_loader.h"
#include "load/regioplan_loader.h"
#include "model/rule_ids.h"
#include "model/vocabulary.h"
#include "rules/evaluate.h"
#include "rules/rule_kinds.h"
#include "test_util.h"

namespace mtvp {
namespace {

namespace fs = std::filesystem;

Json ReadJson(const fs::path& path) {
  Diagnostics d;
  auto doc = ReadJsonFile(path, path.filename().string(), &d);
  INFO(test::Lines(d));
  REQUIRE(doc);
  return *doc;
}

// The schema's `if soort == name then {...}` block of every kind, by the
// $defs entry it sits in. A $defs entry for a single kind (deelnameRegel:
// `soort` an enum of one name) is its own block: its required keys and its
// properties.
void SchemaBlocks(const Json& node, const std::string& def, std::map<std::string, std::pair<std::string, Json>>* out) {
  if (node.is_object()) {
    const Json soort_enum =
        node.value("properties", Json::object()).value("soort", Json::object()).value("enum", Json::array());
    if (soort_enum.size() == 1 && !node.contains("if")) {
      Json keys = Json::array();
      for (const auto& [key, value] : node.at("properties").items()) keys.push_back(key);
      Json block{{"required", node.value("required", Json::array())}, {"propertyNames", {{"enum", keys}}}};
      out->emplace(soort_enum[0].get<std::string>(), std::make_pair(def, block));
    }
    if (node.contains("if") && node.contains("then")) {
      const Json soort = node["if"].value("properties", Json::object()).value("soort", Json::object());
      if (soort.contains("const")) (*out)[soort["const"].get<std::string>()] = {def, node["then"]};
    }
    for (const auto& [key, value] : node.items()) SchemaBlocks(value, def, out);
  } else if (node.is_array()) {
    for (const Json& item : node) SchemaBlocks(item, def, out);
  }
}

std::set<std::string> Strings(const Json& list) {
  std::set<std::string> out;
  for (const Json& s : list) out.insert(s.get<std::string>());
  return out;
}

std::string_view SchemaDef(RuleFamily f) {
  switch (f) {
    case RuleFamily::kVoorwaarde: return "voorwaardeVorm";
    case RuleFamily::kGroeimodel: return "groeimodelEigen";
    case RuleFamily::kIntervisie: return "intervisieRegel";
    case RuleFamily::kDeelname: return "deelnameRegel";
  }
  return "";
}

// Full rule ids of the test plan's rules by kind; an een_van option counts
// for its own kind under the id of the rule that holds it.
std::map<Soort, std::set<std::string>> RuleIdsByKind(const Regioplan& plan) {
  std::map<Soort, std::set<std::string>> out;
  auto add = [&](const Regel& g, const std::string& id) {
    out[g.soort].insert(id);
    for (const Regel& o : g.opties) out[o.soort].insert(id);
  };
  for (const Kernelement& ke : plan.kernelementen) {
    for (const auto& [jaar, regels] : ke.groeimodel) {
      for (const Regel& g : regels) add(g, GroeimodelRegelId(ke.id, jaar, g.id));
    }
  }
  for (const Interventie& iv : plan.interventies) {
    for (const Regel& g : iv.voorwaarden) add(g, VoorwaardeRegelId(iv.id, g.id));
  }
  for (const auto& [jaar, regels] : plan.intervisie) {
    for (const Regel& g : regels) add(g, IntervisieRegelId(jaar, g.id));
  }
  for (const auto& [jaar, regels] : plan.deelname) {
    for (const Regel& g : regels) add(g, DeelnameRegelId(jaar, g.id));
  }
  return out;
}

}  // namespace

TEST_CASE("Rule kinds: the table has one row per Soort, and its names parse back", "[rule-kinds]") {
  for (size_t i = 0; i < kRuleKinds.size(); ++i) {
    const RuleKind& kind = kRuleKinds[i];
    INFO(kind.name);
    CHECK(static_cast<size_t>(kind.soort) == i);
    CHECK(Name(kind.soort) == kind.name);
    CHECK(ParseSoort(kind.name) == kind.soort);
    CHECK(&KindOf(kind.soort) == &kind);
    CHECK(kind.check != nullptr);
  }
}

TEST_CASE("Rule kinds: every kind has its schema entry with the same keys", "[rule-kinds]") {
  const Json schema = ReadJson(test::SourceDir() / "schemas" / "regioplan.schema.json");
  std::map<std::string, std::pair<std::string, Json>> blocks;
  for (const auto& [def, node] : schema.at("$defs").items()) SchemaBlocks(node, def, &blocks);
  // Common keys, and `jaren` (a key of the voorwaarden list, not of a kind).
  const std::set<std::string> common = {"id",    "soort",     "omschrijving", "bron",
                                        "ernst", "zekerheid", "geldt_voor",   "jaren"};
  for (const RuleKind& kind : kRuleKinds) {
    INFO(kind.name);
    const auto it = blocks.find(std::string(kind.name));
    REQUIRE(it != blocks.end());
    CHECK(it->second.first == SchemaDef(kind.family));
    const Json& then = it->second.second;
    const std::set<std::string> schema_required = Strings(then.value("required", Json::array()));
    for (const std::string_view key : kind.required) {
      INFO("required: " << key);
      CHECK(schema_required.count(std::string(key)) == 1);
    }
    std::set<std::string> schema_keys = Strings(then.at("propertyNames").at("enum"));
    for (const std::string& c : common) schema_keys.erase(c);
    std::set<std::string> table_keys;
    for (const std::string_view key : kind.required) table_keys.emplace(key);
    for (const std::string_view key : kind.optional) table_keys.emplace(key);
    CHECK(table_keys == schema_keys);
  }
  // And no schema entry for a kind the table does not have.
  for (const auto& [name, block] : blocks) {
    INFO(name);
    CHECK(ParseSoort(name).has_value());
  }
}

TEST_CASE("Rule kinds: every kind is documented in docs/formats.md", "[rule-kinds]") {
  const std::string doc = test::ReadText(test::SourceDir() / "docs" / "formats.md");
  for (const RuleKind& kind : kRuleKinds) {
    INFO(kind.name);
    CHECK(doc.find("| `" + std::string(kind.name) + "` |") != std::string::npos);
  }
}

TEST_CASE("Rule kinds: every kind has a rule in the test plan and a rule case that expects its verdict",
          "[rule-kinds]") {
  const fs::path dir = test::SourceDir() / "tests" / "rule-cases";
  Diagnostics d;
  const auto plan = LoadRegioplan(ReadJson(dir / "regioplan.json"), "regioplan.json", &d);
  INFO(test::Lines(d));
  REQUIRE(plan);
  std::set<std::string> expected;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".json" || entry.path().filename() == "regioplan.json") continue;
    const Json cases = ReadJson(entry.path());
    for (const Json& c : cases.at("cases")) {
      for (const Json& e : c.value("verwacht", Json::array())) expected.insert(e.at("regel").get<std::string>());
    }
  }
  const auto ids = RuleIdsByKind(*plan);
  for (const RuleKind& kind : kRuleKinds) {
    INFO(kind.name);
    const auto it = ids.find(kind.soort);
    REQUIRE(it != ids.end());
    CHECK(std::any_of(it->second.begin(), it->second.end(), [&](const std::string& id) { return expected.count(id); }));
  }
}

TEST_CASE("Verdicts: a verdict starts undecided, the worst status, never a passing one", "[rule-kinds]") {
  const Verdict v;
  CHECK(v.status == Status::kOnbeslist);
  CHECK(VraagtAandacht(v.status));
  for (const Status s : kStatusVolgorde) {
    CHECK(Combine(s, Status::kOnbeslist) == Status::kOnbeslist);
    CHECK(Combine(Status::kOnbeslist, s) == Status::kOnbeslist);
  }
  CHECK(!ParseStatus("onbeslist").has_value());
}

TEST_CASE("Verdicts: no verdict of any sample stays undecided", "[rule-kinds][evaluate]") {
  for (const char* sample : test::kDataSamples) {
    INFO(sample);
    const auto input = std::make_shared<const RegionInput>(LoadRegion(test::SourceDir() / "data-samples" / sample, 2));
    REQUIRE(Evaluable(*input));
    const Beoordeling beoordeling = EvaluateVolledig(input, input->plan->peildatum, 2);
    size_t verdicts = 0;
    for (const PraktijkResultaat& p : beoordeling.praktijken) {
      CHECK(p.oordeel != Status::kOnbeslist);
      for (const JaarResultaat& j : p.jaren) {
        CHECK(j.oordeel != Status::kOnbeslist);
        for (const Verdict& v : j.verdicts) {
          INFO(p.praktijk.agb << " " << v.regel);
          CHECK(v.status != Status::kOnbeslist);
          ++verdicts;
        }
      }
    }
    CHECK(verdicts > 0);
  }
}

}  // namespace mtvp
