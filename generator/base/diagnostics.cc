#include "base/diagnostics.h"

#include <algorithm>

namespace mtvp {

std::string Diagnostic::Format() const {
  std::string out = file;
  if (!pointer.empty()) out += ": " + pointer;
  out += ": " + message;
  return out;
}

namespace {

// 49990 -> "49.990".
std::string Duizendtallen(size_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return out;
}

}  // namespace

void Diagnostics::Error(std::string file, std::string pointer, std::string message) {
  ++errors_;
  Add({Severity::kFout, std::move(file), std::move(pointer), std::move(message)});
}

void Diagnostics::Warning(std::string file, std::string pointer, std::string message) {
  Add({Severity::kWaarschuwing, std::move(file), std::move(pointer), std::move(message)});
}

void Diagnostics::Add(Diagnostic d) {
  if (d.verborgen > 0) {
    Hide(d.file, d.severity, d.verborgen);
    return;
  }
  size_t& shown = shown_[d.file];
  if (shown < kMaxMeldingenPerBestand) {
    ++shown;
    items_.push_back(std::move(d));
  } else {
    Hide(d.file, d.severity, 1);
  }
}

void Diagnostics::Hide(const std::string& file, Severity severity, size_t count) {
  auto it = summary_.find(file);
  if (it == summary_.end()) {
    it = summary_.emplace(file, items_.size()).first;
    items_.push_back({Severity::kWaarschuwing, file, "", "", 0});
  }
  Diagnostic& line = items_[it->second];
  line.verborgen += count;
  if (severity == Severity::kFout) line.severity = Severity::kFout;
  line.message = "en " + Duizendtallen(line.verborgen) + (line.verborgen == 1 ? " meer melding" : " meer meldingen") +
                 " in dit bestand (alleen de eerste " + std::to_string(kMaxMeldingenPerBestand) + " worden getoond)";
}

void Diagnostics::Append(const Diagnostics& other) {
  for (const Diagnostic& d : other.items_) Add(d);
  errors_ += other.errors_;
}

namespace {

// Optimal string alignment distance: Levenshtein plus swaps of two adjacent
// characters, the most common typo ("pho" for "poh").
size_t EditDistance(std::string_view a, std::string_view b) {
  const size_t w = b.size() + 1;
  std::vector<size_t> d((a.size() + 1) * w);
  for (size_t i = 0; i <= a.size(); ++i) d[i * w] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      size_t v = std::min({d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1, d[(i - 1) * w + j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = std::min(v, d[(i - 2) * w + j - 2] + 1);
      d[i * w + j] = v;
    }
  }
  return d.back();
}

}  // namespace

std::string SuggestClosest(std::string_view word, std::span<const std::string> candidates) {
  // Allow roughly one typo per three characters, and never suggest a word
  // that shares nothing with the input ("x" is not a typo of "a").
  const size_t limit = std::min(std::max<size_t>(1, word.size() / 3), word.size() - (word.empty() ? 0 : 1));
  std::string best;
  size_t best_distance = limit + 1;
  for (const std::string& c : candidates) {
    if (word.size() > 200 || c.size() > 200) continue;  // not a typo; keep it cheap
    const size_t d = EditDistance(word, c);
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  return best;
}

std::string UnknownWithSuggestion(std::string_view what, std::string_view word,
                                  std::span<const std::string> candidates) {
  // Quote at most 60 characters of the offending word: a hostile id can be
  // thousands of characters long.
  // Cut before a UTF-8 continuation byte, never inside a character.
  size_t cut = std::min<size_t>(word.size(), 60);
  while (cut > 0 && cut < word.size() && (static_cast<unsigned char>(word[cut]) & 0xC0) == 0x80) --cut;
  const std::string_view shown = word.substr(0, cut);
  std::string msg = std::string(what) + " \"" + std::string(shown) + (shown.size() < word.size() ? "…" : "") + "\"";
  const std::string suggestion = SuggestClosest(word, candidates);
  if (!suggestion.empty()) msg += "; bedoelde u \"" + suggestion + "\"?";
  return msg;
}

std::string PointerJoin(std::string_view base, std::string_view token) {
  std::string out(base);
  out += '/';
  for (char c : token) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

std::string PointerJoin(std::string_view base, size_t index) { return std::string(base) + "/" + std::to_string(index); }

}  // namespace mtvp
