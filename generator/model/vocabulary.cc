#include "model/vocabulary.h"

#include <array>
#include <utility>

namespace mtvp {
namespace {

template <typename E, size_t N>
std::optional<E> Lookup(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view text) {
  for (const auto& [value, name] : table) {
    if (name == text) return value;
  }
  return std::nullopt;
}

template <typename E, size_t N>
std::string_view NameOf(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
  for (const auto& [v, name] : table) {
    if (v == value) return name;
  }
  return "?";
}

constexpr std::array<std::pair<Ernst, std::string_view>, 3> kErnst{
    {{Ernst::kEis, "eis"}, {Ernst::kAdvies, "advies"}, {Ernst::kInfo, "info"}}};
constexpr std::array<std::pair<Zekerheid, std::string_view>, 2> kZekerheid{
    {{Zekerheid::kLetterlijk, "letterlijk"}, {Zekerheid::kAanname, "aanname"}}};
constexpr std::array<std::pair<GeldtVoor, std::string_view>, 3> kGeldtVoor{
    {{GeldtVoor::kAlle, "alle"}, {GeldtVoor::kKbz, "kbz"}, {GeldtVoor::kNietKbz, "niet-kbz"}}};
constexpr std::array<std::pair<Status, std::string_view>, 6> kStatus{
    {{Status::kVoldoet, "voldoet"},
     {Status::kVoldoetNiet, "voldoet niet"},
     {Status::kAfwijkingGeaccepteerd, "afwijking geaccepteerd"},
     {Status::kOnvolledig, "onvolledig"},
     {Status::kNietVanToepassing, "niet van toepassing"},
     {Status::kUitgetreden, "uitgetreden"}}};
constexpr std::array<std::pair<MetriekType, std::string_view>, 3> kMetriekType{
    {{MetriekType::kGeheelGetal, "geheel getal"}, {MetriekType::kGetal, "getal"}, {MetriekType::kJaNee, "ja/nee"}}};
constexpr std::array<std::pair<Soort, std::string_view>, 20> kSoort{
    {{Soort::kMinimaal, "minimaal"},
     {Soort::kMaximaal, "maximaal"},
     {Soort::kAandeel, "aandeel"},
     {Soort::kJaNee, "ja_nee"},
     {Soort::kEenVan, "een_van"},
     {Soort::kMinInterventies, "min_interventies"},
     {Soort::kMinNieuw, "min_nieuw"},
     {Soort::kVorigeVoortgezet, "vorige_voortgezet"},
     {Soort::kMinVoortgezet, "min_voortgezet"},
     {Soort::kMinDoorontwikkeling, "min_doorontwikkeling"},
     {Soort::kNieuwOfDoorontwikkeling, "nieuw_of_doorontwikkeling"},
     {Soort::kOnderbouwingBijDoorontwikkeling, "onderbouwing_bij_doorontwikkeling"},
     {Soort::kNooitEnige, "nooit_enige"},
     {Soort::kInterventieVerplicht, "interventie_verplicht"},
     {Soort::kPerHuisarts, "per_huisarts"},
     {Soort::kUitwisselbijeenkomsten, "uitwisselbijeenkomsten"},
     {Soort::kMinBijeenkomsten, "min_bijeenkomsten"},
     {Soort::kElkKwartaal, "elk_kwartaal"},
     {Soort::kVrijeVorm, "vrije_vorm"},
     {Soort::kKoptarief, "koptarief"}}};

}  // namespace

std::string_view Name(Ernst e) { return NameOf(kErnst, e); }
std::string_view Name(Zekerheid z) { return NameOf(kZekerheid, z); }
std::string_view Name(GeldtVoor g) { return NameOf(kGeldtVoor, g); }
std::string_view Name(Status s) { return NameOf(kStatus, s); }
std::string_view Name(Soort s) { return NameOf(kSoort, s); }
std::string_view Name(MetriekType t) { return NameOf(kMetriekType, t); }

std::optional<Ernst> ParseErnst(std::string_view t) { return Lookup(kErnst, t); }
std::optional<Zekerheid> ParseZekerheid(std::string_view t) { return Lookup(kZekerheid, t); }
std::optional<GeldtVoor> ParseGeldtVoor(std::string_view t) { return Lookup(kGeldtVoor, t); }
std::optional<Status> ParseStatus(std::string_view t) { return Lookup(kStatus, t); }
std::optional<Soort> ParseSoort(std::string_view t) { return Lookup(kSoort, t); }
std::optional<MetriekType> ParseMetriekType(std::string_view t) { return Lookup(kMetriekType, t); }

std::vector<std::string> SoortNames() {
  std::vector<std::string> names;
  for (const auto& [value, name] : kSoort) names.emplace_back(name);
  return names;
}

int StatusRank(Status s) {
  switch (s) {
    case Status::kOnbeslist: return 6;    // never decided: worse than anything, so it never passes
    case Status::kUitgetreden: return 5;  // overall only: withdrawn before completing jaar 3
    case Status::kVoldoetNiet: return 4;
    case Status::kOnvolledig: return 3;
    case Status::kAfwijkingGeaccepteerd: return 2;
    case Status::kVoldoet: return 1;
    case Status::kNietVanToepassing: return 0;
  }
  return 0;
}

}  // namespace mtvp
