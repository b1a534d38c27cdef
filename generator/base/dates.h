#ifndef MTVP_DATES_H_
#define MTVP_DATES_H_

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace mtvp {

/// A calendar date without time zone, as used throughout the programme
/// (cohort starts, periods, submission dates, the peildatum).
struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;

  auto operator<=>(const Date&) const = default;

  /// Parses strict `YYYY-MM-DD`; returns nothing for malformed or impossible
  /// dates such as 2025-02-30.
  static std::optional<Date> Parse(std::string_view text);

  /// `YYYY-MM-DD`.
  std::string Iso() const;
  /// Dutch long form, e.g. "4 november 2025".
  std::string Dutch() const;

  /// Days since 1970-01-01.
  long DayNumber() const;
  static Date FromDayNumber(long days);

  Date AddDays(long days) const { return FromDayNumber(DayNumber() + days); }
  /// Adds whole years; 29 February becomes 28 February in a non-leap year.
  Date AddYears(int years) const;
};

/// A closed date interval: `van` up to and including `tot`.
struct Periode {
  Date van;
  Date tot;
  bool Contains(const Date& d) const { return van <= d && d <= tot; }
  auto operator<=>(const Periode&) const = default;
};

/// Programme year `jaar` (1-based) of a cohort starting on `start`: twelve
/// months from start + (jaar - 1) years.
Periode ProgrammeYear(const Date& start, int jaar);

}  // namespace mtvp

#endif  // MTVP_DATES_H_
