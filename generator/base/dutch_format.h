#ifndef MTVP_DUTCH_FORMAT_H_
#define MTVP_DUTCH_FORMAT_H_

#include <string>
#include <vector>

namespace mtvp {

/// A number the Dutch way: decimal comma, at most two decimals, no trailing
/// zeros ("19,2", "12", "6,4").
std::string FormatGetal(double value);

/// As FormatGetal, but rounded down (Omlaag) or up (Omhoog) to two decimals,
/// so a shown figure never crosses the limit it failed: 3,999 uur against
/// minimaal 4 shows as "3,99", its shortfall 0,001 as "0,01", never "4" and "0".
std::string FormatGetalOmlaag(double value);
std::string FormatGetalOmhoog(double value);

/// A fraction as a percentage: 0.5 -> "50%", 1.0/3 -> "33,3%".
std::string FormatPercentage(double fraction);

/// "ja" or "nee".
std::string JaNee(bool value);

/// "1 interventie" / "2 interventies": a count with a singular or plural noun.
std::string Aantal(double count, const std::string& enkelvoud, const std::string& meervoud);

/// The singular of a plural unit ("personen" -> "persoon", "uur per week"
/// stays); an unknown unit comes back unchanged.
std::string Enkelvoud(const std::string& eenheid);

/// A kind of meeting (an intervisie `soort`) as a Dutch word:
/// "kb-bijeenkomst" -> "Krachtige basiszorg-bijeenkomst", "wijk-overleg" -> "wijk overleg".
std::string SoortBijeenkomst(const std::string& soort);

/// Its plural: "Krachtige basiszorg-bijeenkomsten", "intervisies".
std::string SoortBijeenkomsten(const std::string& soort);

/// A formatted number with its unit, singular when the number reads "1":
/// "1 persoon", "2 personen", "1,5 uur". An empty unit gives the number alone.
std::string GetalMetEenheid(const std::string& getal, const std::string& eenheid);

/// The requirement of an `een_van` rule in words, as its verdict and the rules
/// page both state it: "ten minste één van: <optie>; of <optie>".
std::string TenMinsteEenVan(const std::vector<std::string>& opties);

}  // namespace mtvp

#endif  // MTVP_DUTCH_FORMAT_H_
