#include <catch2/catch.hpp>

#include "base/dates.h"

namespace mtvp {

TEST_CASE("Date: parses strict ISO dates and refuses impossible ones", "[dates]") {
  CHECK(Date::Parse("2024-02-29") == Date{2024, 2, 29});
  CHECK_FALSE(Date::Parse("2025-02-29"));
  CHECK_FALSE(Date::Parse("2025-02-30"));
  CHECK_FALSE(Date::Parse("2025-13-01"));
  CHECK_FALSE(Date::Parse("2025-1-01"));
  CHECK_FALSE(Date::Parse("01-01-2025"));
  CHECK_FALSE(Date::Parse("2025-01-01T00:00"));
  CHECK_FALSE(Date::Parse(""));
}

TEST_CASE("Date: day arithmetic round-trips across month and leap-year ends", "[dates]") {
  CHECK(Date{2024, 2, 28}.AddDays(1) == Date{2024, 2, 29});
  CHECK(Date{2024, 12, 31}.AddDays(1) == Date{2025, 1, 1});
  CHECK(Date{2026, 3, 31}.AddDays(92) == Date{2026, 7, 1});
  CHECK(Date::FromDayNumber(Date{1999, 12, 31}.DayNumber()) == Date{1999, 12, 31});
  CHECK(Date{1970, 1, 1}.DayNumber() == 0);
}

TEST_CASE("Date: Dutch long form", "[dates]") {
  CHECK(Date{2025, 11, 4}.Dutch() == "4 november 2025");
  CHECK(Date{2025, 11, 4}.Iso() == "2025-11-04");
}

TEST_CASE("ProgrammeYear: twelve months from the cohort start plus whole years", "[dates]") {
  const Periode j3 = ProgrammeYear(Date{2023, 4, 1}, 3);
  CHECK(j3.van == Date{2025, 4, 1});
  CHECK(j3.tot == Date{2026, 3, 31});
  const Periode j1 = ProgrammeYear(Date{2024, 1, 1}, 1);
  CHECK(j1.tot == Date{2024, 12, 31});
  CHECK(j1.Contains(Date{2024, 12, 31}));
  CHECK_FALSE(j1.Contains(Date{2025, 1, 1}));
}

}  // namespace mtvp
