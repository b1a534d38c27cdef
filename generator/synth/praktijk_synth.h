#ifndef MTVP_SYNTH_PRAKTIJK_SYNTH_H_
#define MTVP_SYNTH_PRAKTIJK_SYNTH_H_

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/registry.h"
#include "model/submission.h"
#include "synth/model.h"
#include "synth/prng.h"

namespace mtvp::synth {

/// Generates everything about one practice: its submissions, its registry
/// entry, its accepted deviations and what the manifest expects of it.
/// Depends only on the plan, the practice's own spec and the seed, plus (for
/// shared uitwisselbijeenkomsten) what its plangroep reported.
class PraktijkSynth {
 public:
  PraktijkSynth(const PlanInfo& info, PraktijkSpec spec, uint64_t seed);

  /// Step 1: which programme years are submitted, when, which are
  /// deliberately invalid, and in which submission the practice reports the
  /// uitwisselbijeenkomsten it attended.
  void Opzetten();

  /// Attendance reported in this practice's valid submissions: date ->
  /// participants. Read by the other practices of its plangroep.
  const std::map<Date, int>& Uitwisseling() const { return geregistreerd_; }
  const PraktijkSpec& spec() const { return spec_; }

  /// Step 2: the files and the manifest entry. `plangroep` is the attendance
  /// reported by all practices of its plangroep (empty when it has none).
  PraktijkUitvoer Bouwen(const std::map<Date, int>& plangroep);

 private:
  struct Actief {
    const Interventie* iv = nullptr;
    int sinds = 1;
  };
  struct Keuze {
    std::string id;  // as listed (an alias or the intervention)
    const Interventie* canon = nullptr;
    InterventieStatus status = InterventieStatus::kNieuw;
    int sinds = 1;
    std::optional<std::string> onderbouwing;
    bool telt = true;  // false for menu findings
  };
  struct Sessie {
    Date datum;
    std::string soort;
    std::optional<int> duur;
    std::optional<int> aantal;       // deelnemers as a count ...
    std::vector<std::string> namen;  // ... or as pseudonyms
  };
  struct Jaargegevens {
    std::vector<std::pair<std::string, int>> personeel;  // in plan order
    std::vector<Keuze> keuzes;
    std::map<std::string, Waarde> waarden;
    std::vector<Sessie> sessies;
    std::optional<std::string> toelichting;
  };

  // Step 2 parts.
  void Personeel();
  void Plannen();
  std::vector<const Interventie*> Kandidaten(const Kernelement& ke, int jaar) const;
  bool Toegestaan(const Interventie& iv, int jaar) const;
  std::vector<Keuze> Keuzes(int jaar);
  bool Muteer(int jaar, std::vector<Keuze>* keuzes);
  void Waarden(int jaar, Jaargegevens* g);
  void Intervisie(int jaar, Jaargegevens* g);
  OJson Document(int jaar, const Jaargegevens& g) const;
  std::string Bederf(int jaar, OJson doc, const Jaargegevens& g, PraktijkUitvoer* out);

  // Expectations (praktijk_verwachting.cc).
  void Verwachting(const std::map<Date, int>& plangroep, PraktijkUitvoer* out);
  bool Geldig(int jaar) const;
  std::optional<Status> Basis(int jaar, const std::map<Date, int>& plangroep) const;
  Status UitwisselStatus(const Regel& g, const std::map<Date, int>& plangroep) const;
  Status EerdereJaren(const Regel& g, const Kernelement& ke, int jaar) const;
  int Bezetting(const Jaargegevens& g, const std::string& rol) const;
  double Normpraktijken() const { return spec_.normpraktijken_tienden / 10.0; }
  bool IsDoel(int jaar) const { return spec_.site.jaar == jaar && spec_.scenario->soort != Doelsoort::kVoldoet; }

  const PlanInfo& info_;
  const Regioplan& plan_;
  PraktijkSpec spec_;
  uint64_t seed_;
  Praktijk praktijk_;  // as the core sees it, for CheckMenu
  Rng rng_;

  std::array<JaarOpzet, kProgrammajaren> jaren_{};
  std::array<std::vector<std::pair<Date, int>>, kProgrammajaren> uitwissel_{};
  std::map<Date, int> geregistreerd_;

  std::vector<std::pair<std::string, int>> personeel_;
  std::map<const Interventie*, std::array<bool, kProgrammajaren>> toegestaan_;
  std::array<std::vector<Actief>, kProgrammajaren> actief_{};  // in plan order of kernelementen
  std::array<std::set<std::string>, kProgrammajaren> door_{};
  std::map<std::string, std::string> weergave_;  // canonical id -> listed id
  std::array<bool, kProgrammajaren> zeker_{true, true, true};
  bool doel_bereikt_ = false;
  bool doel_schoon_ = false;
  bool alias_ = false;  // a valid submission lists an alias
  std::vector<std::string> tags_;
};

}  // namespace mtvp::synth

#endif  // MTVP_SYNTH_PRAKTIJK_SYNTH_H_
