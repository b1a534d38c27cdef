#include "model/status_table.h"

namespace mtvp {
namespace {

// The page colours (templates/stijl.css): text contrast of at least 4.5:1 on
// its background. Workbooks use the same pair.
constexpr std::array<TintColours, 5> kTintTable = {{
    {Tint::kVoldoet, "voldoet", 0x1D5E2C, 0xE3F1E6},
    {Tint::kNiet, "niet", 0x8A1F17, 0xFBE4E2},
    {Tint::kAfwijking, "afwijking", 0x6B4B00, 0xFFF1CC},
    {Tint::kOnvolledig, "onvolledig", 0x2F3A8F, 0xE8EAF6},
    {Tint::kNvt, "nvt", 0x4A4A4A, 0xECECEC},
}};

// Indexed by Status. kOnbeslist is a check that decided nothing: it never
// reaches output (a test proves it), and would show as onvolledig.
constexpr std::array<StatusLook, kStatusCount> kStatusTable = {{
    {Status::kVoldoet, "voldoet", "✓", "voldoet", Tint::kVoldoet},
    {Status::kVoldoetNiet, "voldoet-niet", "✗", "voldoet niet", Tint::kNiet},
    {Status::kAfwijkingGeaccepteerd, "afwijking", "≈", "afwijking geaccepteerd", Tint::kAfwijking},
    {Status::kOnvolledig, "onvolledig", "?", "onvolledig", Tint::kOnvolledig},
    {Status::kNietVanToepassing, "nvt", "–", "n.v.t.", Tint::kNvt},
    {Status::kUitgetreden, "uitgetreden", "⏏", "uitgetreden", Tint::kNvt},
    {Status::kOnbeslist, "onvolledig", "?", "onvolledig", Tint::kOnvolledig},
}};

// Indexed by InzendStatus.
constexpr std::array<InzendLook, 7> kInzendTable = {{
    {InzendStatus::kCompleet, "voldoet", "✓", Tint::kVoldoet},
    {InzendStatus::kTeLaat, "afwijking", "!", Tint::kAfwijking},
    {InzendStatus::kOntbreekt, "voldoet-niet", "✗", Tint::kNiet},
    {InzendStatus::kVerwacht, "onvolledig", "…", Tint::kOnvolledig},
    {InzendStatus::kNogNietVerschuldigd, "nvt", "–", Tint::kNvt},
    {InzendStatus::kUitgetreden, "nvt", "–", Tint::kNvt},
    {InzendStatus::kOngeldig, "voldoet-niet", "✗", Tint::kNiet},
}};

template <typename Row, size_t N>
constexpr bool Indexed(const std::array<Row, N>& table) {
  for (size_t i = 0; i < N; ++i) {
    if (static_cast<size_t>(table[i].status) != i) return false;
  }
  return true;
}
static_assert(Indexed(kStatusTable), "one row per Status, in enum order");
static_assert(Indexed(kInzendTable), "one row per InzendStatus, in enum order");
static_assert(static_cast<size_t>(InzendStatus::kOngeldig) + 1 == kInzendTable.size(),
              "kOngeldig is the last InzendStatus");
constexpr bool TintsIndexed() {
  for (size_t i = 0; i < kTintTable.size(); ++i) {
    if (static_cast<size_t>(kTintTable[i].tint) != i) return false;
  }
  return true;
}
static_assert(TintsIndexed(), "one row per Tint, in enum order");

}  // namespace

const std::array<TintColours, 5> kTints = kTintTable;

const TintColours& ColoursOf(Tint tint) { return kTints[static_cast<size_t>(tint)]; }
const StatusLook& LookOf(Status status) { return kStatusTable[static_cast<size_t>(status)]; }
const InzendLook& LookOf(InzendStatus status) { return kInzendTable[static_cast<size_t>(status)]; }

}  // namespace mtvp
