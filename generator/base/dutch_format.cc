#include "base/dutch_format.h"

#include <cmath>
#include <cstdio>

namespace mtvp {

std::string FormatGetal(double value) {
  const double rounded = std::round(value * 100) / 100;
  char buf[64];
  if (rounded == std::floor(rounded) && std::fabs(rounded) < 1e15) {
    std::snprintf(buf, sizeof buf, "%.0f", rounded);
  } else {
    std::snprintf(buf, sizeof buf, "%.2f", rounded);
  }
  std::string s = buf;
  if (s == "-0") s = "0";
  const size_t dot = s.find('.');
  if (dot != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    const size_t comma = s.find('.');
    if (comma != std::string::npos) s[comma] = ',';
  }
  return s;
}

std::string FormatGetalOmlaag(double value) { return FormatGetal(std::floor(value * 100 + 1e-9) / 100); }

std::string FormatGetalOmhoog(double value) { return FormatGetal(std::ceil(value * 100 - 1e-9) / 100); }

std::string FormatPercentage(double fraction) {
  const double pct = std::round(fraction * 1000) / 10;
  return FormatGetal(pct) + "%";
}

std::string JaNee(bool value) { return value ? "ja" : "nee"; }

std::string Aantal(double count, const std::string& enkelvoud, const std::string& meervoud) {
  return FormatGetal(count) + " " + (count == 1 ? enkelvoud : meervoud);
}

}  // namespace mtvp
