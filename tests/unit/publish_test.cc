#include <catch2/catch.hpp>

#include "base/publish.h"
#include "test_util.h"

namespace mtvp {

TEST_CASE("OutputStage: publishes a new folder and replaces an earlier one as a whole", "[publish]") {
  test::TempDir tmp;
  const auto target = tmp.path() / "site";
  std::string error;
  {
    auto stage = OutputStage::Create(target, &error);
    REQUIRE(stage);
    REQUIRE(stage->Write("a/oud.txt", "oud", &error));
    REQUIRE(stage->Publish(&error));
  }
  CHECK(test::ReadText(target / "a/oud.txt") == "oud");
  {
    auto stage = OutputStage::Create(target, &error);
    REQUIRE(stage);
    REQUIRE(stage->Write("a/nieuw.txt", "nieuw", &error));
    CHECK(test::ReadText(target / "a/oud.txt") == "oud");  // untouched until published
    REQUIRE(stage->Publish(&error));
  }
  CHECK(test::ReadText(target / "a/nieuw.txt") == "nieuw");
  CHECK_FALSE(std::filesystem::exists(target / "a/oud.txt"));
  // No staging folders are left behind.
  size_t entries = 0;
  for (const auto& e : std::filesystem::directory_iterator(tmp.path())) entries += e.path() != target;
  CHECK(entries == 0);
}

TEST_CASE("OutputStage: an abandoned stage leaves the old output in place", "[publish]") {
  test::TempDir tmp;
  const auto target = tmp.path() / "site";
  std::string error;
  {
    auto stage = OutputStage::Create(target, &error);
    REQUIRE(stage->Write("x.txt", "1", &error));
    REQUIRE(stage->Publish(&error));
  }
  {
    auto stage = OutputStage::Create(target, &error);
    REQUIRE(stage->Write("x.txt", "2", &error));
  }  // destroyed without Publish
  CHECK(test::ReadText(target / "x.txt") == "1");
}

TEST_CASE("OutputStage: refuses to replace a folder it did not make, and unsafe paths", "[publish]") {
  test::TempDir tmp;
  std::filesystem::create_directories(tmp.path() / "home");
  { std::ofstream(tmp.path() / "home" / "belangrijk.txt") << "x"; }
  std::string error;
  CHECK_FALSE(OutputStage::Create(tmp.path() / "home", &error));
  CHECK_THAT(error, Catch::Matchers::Contains("niet door mtvp-monitor gemaakt"));
  auto stage = OutputStage::Create(tmp.path() / "site", &error);
  REQUIRE(stage);
  CHECK_FALSE(stage->Write("../buiten.txt", "x", &error));
  CHECK_FALSE(stage->Write("/etc/passwd", "x", &error));
  CHECK_FALSE(std::filesystem::exists(tmp.path() / "buiten.txt"));
}

}  // namespace mtvp
