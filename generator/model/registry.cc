#include "model/registry.h"

#include <algorithm>

namespace mtvp {

bool RegelGeldtVoor(const Regel& g, const Praktijk& p) {
  switch (g.geldt_voor) {
    case GeldtVoor::kAlle: return true;
    case GeldtVoor::kKbz: return p.krachtige_basiszorg;
    case GeldtVoor::kNietKbz: return !p.krachtige_basiszorg;
  }
  return true;
}

bool IsValidAgb(std::string_view agb) {
  return agb.size() == 8 && std::all_of(agb.begin(), agb.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace mtvp
