#ifndef MTVP_SUBMISSION_H_
#define MTVP_SUBMISSION_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/dates.h"

namespace mtvp {

/// How a practice describes an intervention in a given year.
enum class InterventieStatus { kNieuw, kVoortgezet, kDoorontwikkeling, kGestopt };

std::string_view Name(InterventieStatus s);

struct GekozenInterventie {
  std::string id;
  InterventieStatus status = InterventieStatus::kNieuw;
  std::optional<int> sinds_jaar;
  std::string onderbouwing;
  size_t index = 0;  // position in /interventies, for explanations
};

/// A reported figure: a number or a yes/no attestation.
struct Waarde {
  bool is_ja_nee = false;
  double getal = 0;
  bool ja = false;
};

/// One reported intervisie session or meeting.
struct Bijeenkomst {
  Date datum;
  std::string soort;
  std::optional<int> duur_minuten;
  int deelnemers = 0;
  std::vector<std::string> pseudoniemen;  // when deelnemers was a list
  std::string onderwerp;                  // optional: what the session was about
  std::string toelichting;                // optional: free text
  size_t index = 0;
};

/// One practice's submission for one programme year.
struct Inzending {
  std::string file;  // relative to the region folder
  std::string agb;
  int programmajaar = 1;
  Periode periode;
  Date ingediend_op;
  std::map<std::string, int> personeel;
  std::vector<GekozenInterventie> interventies;
  std::map<std::string, Waarde> waarden;
  std::vector<Bijeenkomst> intervisie;
  /// The intervisie pseudonyms that are huisartsen (POH and DA attendance
  /// does not count for per_huisarts); empty when the submission does not say.
  std::vector<std::string> huisartsen;
  std::string toelichting;

  int Personeel(const std::string& rol) const {
    const auto it = personeel.find(rol);
    return it == personeel.end() ? 0 : it->second;
  }
  int PersoneelTotaal() const {
    int n = 0;
    for (const auto& [rol, count] : personeel) n += count;
    return n;
  }
  const Waarde* FindWaarde(const std::string& metriek) const {
    const auto it = waarden.find(metriek);
    return it == waarden.end() ? nullptr : &it->second;
  }
};

}  // namespace mtvp

#endif  // MTVP_SUBMISSION_H_
