#ifndef MTVP_STATUS_TABLE_H_
#define MTVP_STATUS_TABLE_H_

#include <array>
#include <cstdint>
#include <string_view>

#include "model/regioplan.h"
#include "model/report.h"

namespace mtvp {

/// The colour families a status is shown in. Pages use them as CSS custom
/// properties (`--<css>` and `--<css>-bg` in templates/stijl.css, checked by
/// a test), workbooks as cell formats.
enum class Tint { kVoldoet, kNiet, kAfwijking, kOnvolledig, kNvt };

struct TintColours {
  Tint tint;
  std::string_view css;  // the custom property's name without "--"
  uint32_t text;         // 0xRRGGBB
  uint32_t background;
};

/// How a verdict's status is shown on every page and in every workbook.
struct StatusLook {
  Status status;
  std::string_view klasse;  // CSS class suffix: badge-<klasse>, status-<klasse>
  std::string_view teken;   // symbol beside the word, so colour is never alone (WCAG 1.4.1)
  std::string_view kort;    // label in narrow table cells
  Tint tint;
};

/// How a submission's status is shown.
struct InzendLook {
  InzendStatus status;
  std::string_view klasse;
  std::string_view teken;
  Tint tint;
};

/// Every tint, indexed by Tint.
extern const std::array<TintColours, 5> kTints;

const TintColours& ColoursOf(Tint tint);
const StatusLook& LookOf(Status status);
const InzendLook& LookOf(InzendStatus status);

/// Every submission status in the order of every table and workbook.
inline constexpr std::array<InzendStatus, 7> kInzendVolgorde = {
    InzendStatus::kCompleet,   InzendStatus::kTeLaat,   InzendStatus::kOntbreekt,
    InzendStatus::kOngeldig,   InzendStatus::kVerwacht, InzendStatus::kNogNietVerschuldigd,
    InzendStatus::kUitgetreden};

}  // namespace mtvp

#endif  // MTVP_STATUS_TABLE_H_
