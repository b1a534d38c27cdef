#ifndef MTVP_SYNTH_PRNG_H_
#define MTVP_SYNTH_PRNG_H_

#include <cstdint>
#include <utility>
#include <vector>

namespace mtvp::synth {

/// splitmix64: turns any 64-bit value into a well-mixed one. Used to seed the
/// generator and to derive independent streams from (seed, stream, index).
inline uint64_t SplitMix64(uint64_t* state) {
  uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

/// xoshiro256** with our own range helpers. The standard distributions
/// (std::uniform_int_distribution, ...) are not specified bit for bit, so the
/// same seed could give different data with another standard library; this
/// generator gives the same numbers everywhere.
class Rng {
 public:
  explicit Rng(uint64_t seed) {
    uint64_t sm = seed;
    for (uint64_t& word : s_) word = SplitMix64(&sm);
  }

  /// An independent stream for one purpose (`stream`) and one item (`index`),
  /// so that what practice 17 gets does not depend on practice 16.
  static Rng For(uint64_t seed, uint64_t stream, uint64_t index) {
    uint64_t sm = seed;
    uint64_t mixed = SplitMix64(&sm);
    sm = mixed ^ (stream * 0xd1b54a32d192ed03ULL);
    mixed = SplitMix64(&sm);
    sm = mixed ^ (index * 0x8cb92ba72f3d8dd7ULL);
    return Rng(SplitMix64(&sm));
  }

  uint64_t Next() {
    const uint64_t result = Rotl(s_[1] * 5, 7) * 9;
    const uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = Rotl(s_[3], 45);
    return result;
  }

  /// Uniform in [0, n) without modulo bias (rejection); 0 when n is 0.
  uint64_t Below(uint64_t n) {
    if (n <= 1) return 0;
    const uint64_t threshold = (0 - n) % n;  // 2^64 mod n
    for (;;) {
      const uint64_t x = Next();
      if (x >= threshold) return x % n;
    }
  }

  /// Uniform in [lo, hi], both included; lo when hi < lo.
  int Range(int lo, int hi) {
    if (hi <= lo) return lo;
    return lo + static_cast<int>(Below(static_cast<uint64_t>(hi - lo) + 1));
  }

  /// True with probability `percent` / 100.
  bool Percent(int percent) { return static_cast<int>(Below(100)) < percent; }
  /// True with probability `per_mille` / 1000.
  bool PerMille(int per_mille) { return static_cast<int>(Below(1000)) < per_mille; }

  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return items[static_cast<size_t>(Below(items.size()))];
  }

  /// Index into `weights` chosen with probability proportional to its weight.
  size_t Weighted(const std::vector<int>& weights) {
    uint64_t total = 0;
    for (int w : weights) total += static_cast<uint64_t>(w > 0 ? w : 0);
    uint64_t x = Below(total);
    for (size_t i = 0; i < weights.size(); ++i) {
      const uint64_t w = static_cast<uint64_t>(weights[i] > 0 ? weights[i] : 0);
      if (x < w) return i;
      x -= w;
    }
    return 0;
  }

  /// Fisher-Yates with our own Below().
  template <typename T>
  void Shuffle(std::vector<T>* items) {
    for (size_t i = items->size(); i > 1; --i) {
      std::swap((*items)[i - 1], (*items)[static_cast<size_t>(Below(i))]);
    }
  }

 private:
  static uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  uint64_t s_[4];
};

}  // namespace mtvp::synth

#endif  // MTVP_SYNTH_PRNG_H_
