#ifndef MTVP_SYNTH_REKENEN_H_
#define MTVP_SYNTH_REKENEN_H_

// Small numeric helpers shared by the practice generator's source files.

#include <cmath>
#include <limits>

#include "model/regioplan.h"
#include "model/submission.h"
#include "synth/model.h"

namespace mtvp::synth {

// The core compares figures with this tolerance (voorwaarde_check.cc).
inline constexpr double kEpsilon = 1e-9;
inline constexpr double kOneindig = std::numeric_limits<double>::infinity();

inline int Heel(double w) { return static_cast<int>(std::ceil(w - kEpsilon)); }

inline double Stap(MetriekType t) { return t == MetriekType::kGetal ? 0.5 : 1.0; }
inline double RondOp(double x, double stap) { return std::ceil(x / stap - kEpsilon) * stap; }
inline double RondAf(double x, double stap) { return std::floor(x / stap + kEpsilon) * stap; }

inline Waarde Getal(double v) {
  Waarde w;
  w.getal = v;
  return w;
}

inline Waarde JaNee(bool ja) {
  Waarde w;
  w.is_ja_nee = true;
  w.ja = ja;
  return w;
}

inline bool IsOngeldigScenario(Doelsoort s) {
  return s == Doelsoort::kOngeldigJson || s == Doelsoort::kOngeldigType || s == Doelsoort::kOngeldigInterventie ||
         s == Doelsoort::kOngeldigPeriode;
}

inline bool VraagtEerdereJaren(Soort s) {
  return s == Soort::kMinNieuw || s == Soort::kMinVoortgezet || s == Soort::kMinDoorontwikkeling ||
         s == Soort::kNieuwOfDoorontwikkeling;
}

}  // namespace mtvp::synth

#endif  // MTVP_SYNTH_REKENEN_H_
