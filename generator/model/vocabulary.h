#ifndef MTVP_VOCABULARY_H_
#define MTVP_VOCABULARY_H_

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/regioplan.h"

namespace mtvp {

/// The Dutch words used in the data files and on every page, in one place, so
/// that the loaders, the results file and the renderers agree.

std::string_view Name(Ernst e);
std::string_view Name(Zekerheid z);
std::string_view Name(GeldtVoor g);
std::string_view Name(Status s);
std::string_view Name(Soort s);
std::string_view Name(MetriekType t);

std::optional<Ernst> ParseErnst(std::string_view text);
std::optional<Zekerheid> ParseZekerheid(std::string_view text);
std::optional<GeldtVoor> ParseGeldtVoor(std::string_view text);
std::optional<Status> ParseStatus(std::string_view text);
std::optional<Soort> ParseSoort(std::string_view text);
std::optional<MetriekType> ParseMetriekType(std::string_view text);

/// All names of an enum, for did-you-mean suggestions.
std::vector<std::string> SoortNames();

/// Every status in the order of every table, page, workbook and insurer
/// figure; niet van toepassing ("nog niet beoordeeld") last.
inline constexpr std::array<Status, 6> kStatusVolgorde = {Status::kVoldoet,     Status::kAfwijkingGeaccepteerd,
                                                          Status::kOnvolledig,  Status::kVoldoetNiet,
                                                          Status::kUitgetreden, Status::kNietVanToepassing};

/// How bad a status is, for combining verdicts: voldoet niet is worst.
int StatusRank(Status s);

}  // namespace mtvp

#endif  // MTVP_VOCABULARY_H_
