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
  return FormatGetal(count) + " " + (FormatGetal(count) == "1" ? enkelvoud : meervoud);
}

std::string TenMinsteEenVan(const std::vector<std::string>& opties) {
  std::string s = "ten minste één van: ";
  for (size_t i = 0; i < opties.size(); ++i) s += (i ? "; of " : "") + opties[i];
  return s;
}

std::string Enkelvoud(const std::string& eenheid) {
  // The units regioplans use, and a few more; the first word carries the number
  // ("uur per week"). An unknown unit is left as it is.
  static const std::pair<const char*, const char*> kWoorden[] = {{"besprekingen", "bespreking"},
                                                                 {"bijeenkomsten", "bijeenkomst"},
                                                                 {"consulten", "consult"},
                                                                 {"contacten", "contact"},
                                                                 {"dagen", "dag"},
                                                                 {"deelnemers", "deelnemer"},
                                                                 {"gesprekken", "gesprek"},
                                                                 {"huisartsen", "huisarts"},
                                                                 {"initiatieven", "initiatief"},
                                                                 {"interventies", "interventie"},
                                                                 {"maanden", "maand"},
                                                                 {"medewerkers", "medewerker"},
                                                                 {"minuten", "minuut"},
                                                                 {"nascholingen", "nascholing"},
                                                                 {"overleggen", "overleg"},
                                                                 {"patiënten", "patiënt"},
                                                                 {"personen", "persoon"},
                                                                 {"plannen", "plan"},
                                                                 {"praktijken", "praktijk"},
                                                                 {"scholingen", "scholing"},
                                                                 {"sessies", "sessie"},
                                                                 {"trainingen", "training"},
                                                                 {"uren", "uur"},
                                                                 {"veelgebruikers", "veelgebruiker"},
                                                                 {"verwijzingen", "verwijzing"},
                                                                 {"weken", "week"}};
  const size_t spatie = eenheid.find(' ');
  const std::string eerste = eenheid.substr(0, spatie);
  for (const auto& [meervoud, enkelvoud] : kWoorden) {
    if (eerste == meervoud) return enkelvoud + (spatie == std::string::npos ? std::string() : eenheid.substr(spatie));
  }
  return eenheid;
}

std::string SoortBijeenkomst(const std::string& soort) {
  // The kinds regioplans name; another free-text kind reads with spaces.
  if (soort == "kb-bijeenkomst") return "Krachtige basiszorg-bijeenkomst";
  if (soort == "uitwisselbijeenkomst") return "MTVP-uitwisselbijeenkomst";
  std::string out = soort;
  for (char& c : out) {
    if (c == '-' || c == '_') c = ' ';
  }
  return out;
}

std::string SoortBijeenkomsten(const std::string& soort) {
  const std::string naam = SoortBijeenkomst(soort);
  const std::string eind = "bijeenkomst";
  if (naam.size() >= eind.size() && naam.compare(naam.size() - eind.size(), eind.size(), eind) == 0) return naam + "en";
  if (!naam.empty() && naam.back() == 'e') return naam + "s";  // intervisie -> intervisies
  return "bijeenkomsten \"" + naam + "\"";
}

std::string GetalMetEenheid(const std::string& getal, const std::string& eenheid) {
  if (eenheid.empty()) return getal;
  return getal + " " + (getal == "1" ? Enkelvoud(eenheid) : eenheid);
}

}  // namespace mtvp
