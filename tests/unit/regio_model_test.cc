// The project leader's model (regio_model.h): built from the summary report
// it is the same as from every verdict, so the build may keep only the
// verdicts to follow up.
#include <catch2/catch.hpp>

#include "load/region_loader.h"
#include "model/vocabulary.h"
#include "report/regio_model.h"
#include "rules/evaluate.h"
#include "test_util.h"

namespace mtvp {
namespace {

std::string Describe(const Report& report, const RegioModel& m) {
  std::string out =
      std::to_string(m.counts.praktijken) + " praktijken, " + std::to_string(m.counts.fouten) + " fouten\n";
  for (const auto& [s, n] : m.counts.per_oordeel) out += std::string(Name(s)) + " " + std::to_string(n) + "\n";
  for (const InzendingTeVolgen& t : m.inzendingen) {
    out += "inzending " + report.praktijken[t.praktijk].praktijk.agb + " jaar " + std::to_string(t.jaar) + "\n";
  }
  for (const Knelpunt& k : m.knelpunten) {
    out += "knelpunt " + k.regel + " " + std::to_string(k.tegengehouden.size()) + " " +
           std::to_string(k.voldoet_niet.size()) + "/" + std::to_string(k.onvolledig.size()) + "/" +
           std::to_string(k.afwijking.size()) + "\n";
  }
  for (size_t i = 0; i < m.opvolgen.size(); ++i) {
    for (const Opvolgpunt& p : m.opvolgen[i]) {
      out += "opvolgen " + std::to_string(i) + " jaar " + std::to_string(p.jaar) + " " +
             std::string(p.inzending ? Name(*p.inzending) : Name(*p.oordeel)) + "\n";
    }
  }
  for (const auto* groepen : {&m.wijken, &m.cohorten}) {
    for (const Groep& g : *groepen) {
      out += "groep " + g.naam + " " + std::to_string(g.aantal) + " " + std::to_string(g.achterstallig) + "\n";
    }
  }
  return out;
}

}  // namespace

TEST_CASE("Regio model: the summary report gives the same model as every verdict", "[regio-model][evaluate]") {
  for (const char* sample : test::kDataSamples) {
    INFO(sample);
    const auto input = std::make_shared<const RegionInput>(LoadRegion(test::SourceDir() / "data-samples" / sample, 2));
    REQUIRE(Evaluable(*input));
    // The region model of summaries that keep every verdict, against the
    // one of the summaries a build makes: the verdicts left out never count.
    const Beoordeling beoordeling = EvaluateVolledig(input, input->plan->peildatum, 1);
    Report full = beoordeling.report;
    for (size_t i = 0; i < full.praktijken.size(); ++i) {
      for (size_t j = 0; j < full.praktijken[i].jaren.size(); ++j) {
        full.praktijken[i].jaren[j].aandacht = beoordeling.praktijken[i].jaren[j].verdicts;
      }
    }
    full.regio = std::make_shared<const RegioModel>(BuildRegioModel(full));
    const Report summary = Evaluate(input, input->plan->peildatum, 2);
    REQUIRE(full.regio);
    REQUIRE(summary.regio);
    REQUIRE(full.regels);
    CHECK(Describe(summary, *summary.regio) == Describe(full, *full.regio));
    CHECK(full.regio->counts.praktijken == full.praktijken.size());
    CHECK(full.regio->opvolgen.size() == full.praktijken.size());
  }
}

TEST_CASE("Regio model: each predicate says what the project leader follows up", "[regio-model]") {
  // Chased: everything not in order once the year ended; overdue: not merely expected.
  for (const InzendStatus s : {InzendStatus::kTeLaat, InzendStatus::kOntbreekt, InzendStatus::kOngeldig}) {
    CHECK(InzendingOpvolgen(s));
    CHECK(Achterstallig(s));
  }
  CHECK(InzendingOpvolgen(InzendStatus::kVerwacht));
  CHECK_FALSE(Achterstallig(InzendStatus::kVerwacht));
  for (const InzendStatus s :
       {InzendStatus::kCompleet, InzendStatus::kNogNietVerschuldigd, InzendStatus::kUitgetreden}) {
    CHECK_FALSE(InzendingOpvolgen(s));
    CHECK_FALSE(Achterstallig(s));
  }
  CHECK(HoudtTegen(Status::kVoldoetNiet));
  CHECK(HoudtTegen(Status::kOnvolledig));
  CHECK_FALSE(HoudtTegen(Status::kAfwijkingGeaccepteerd));
  CHECK_FALSE(HoudtTegen(Status::kVoldoet));
  Verdict v;
  v.status = Status::kAfwijkingGeaccepteerd;
  CHECK(VerdictOpvolgen(v));
  v.ernst = Ernst::kInfo;
  CHECK_FALSE(VerdictOpvolgen(v));
  v.ernst = Ernst::kAdvies;
  v.status = Status::kVoldoet;
  CHECK_FALSE(VerdictOpvolgen(v));
}

}  // namespace mtvp
