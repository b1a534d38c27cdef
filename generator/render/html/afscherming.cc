#include "render/html/afscherming.h"

#include <algorithm>

namespace mtvp::html {
namespace {

constexpr size_t kSleutelWoorden = 3;
const std::string kVervanging = "[andere praktijk]";

bool IsWoordteken(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z');
}

bool IsCijfer(char c) { return c >= '0' && c <= '9'; }

// The first `n` words of `text` from `pos`, joined by single spaces; words
// are runs of letters and digits, whatever separates them. "" when there are
// fewer than `n`.
std::string Woorden(const std::string& text, size_t pos, size_t n) {
  std::string out;
  size_t i = pos;
  for (size_t w = 0; w < n; ++w) {
    while (i < text.size() && !IsWoordteken(text[i])) ++i;
    const size_t start = i;
    while (i < text.size() && IsWoordteken(text[i])) ++i;
    if (i == start) return "";
    if (w > 0) out += ' ';
    out.append(text, start, i - start);
  }
  return out;
}

// The length of the first word of a name that starts with a word character.
size_t EersteWoordLengte(std::string_view naam) {
  size_t i = 0;
  while (i < naam.size() && IsWoordteken(naam[i])) ++i;
  return i;
}

size_t AantalWoorden(const std::string& naam) {
  size_t n = 0;
  for (size_t i = 0; i < naam.size(); ++i) {
    if (IsWoordteken(naam[i]) && (i == 0 || !IsWoordteken(naam[i - 1]))) ++n;
  }
  return n;
}

}  // namespace

Praktijknamen::Praktijknamen(const Report& report) {
  for (const PraktijkSamenvatting& pr : report.praktijken) {
    agbs_.insert(pr.praktijk.agb);  // views into the report, which outlives this index
    const std::string& naam = pr.praktijk.naam;
    if (naam.empty()) continue;
    // Names are looked for where a word starts; the rare one that starts
    // otherwise ("'t Hoekje") is searched for the slow way.
    if (!IsWoordteken(naam.front())) {
      overig_.push_back(naam);
      continue;
    }
    const std::string sleutel = Woorden(naam, 0, std::min(kSleutelWoorden, AantalWoorden(naam)));
    if (sleutel.empty()) continue;
    namen_[sleutel].push_back(naam);
    eerste_woorden_.insert(std::string_view(naam).substr(0, EersteWoordLengte(naam)));
  }
  for (auto& [sleutel, namen] : namen_) {
    std::sort(namen.begin(), namen.end(), [](const std::string& a, const std::string& b) {
      return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
  }
}

std::string Praktijknamen::Verberg(const std::string& input, const Praktijk& eigen) const {
  std::string text = input;
  for (const std::string& naam : overig_) {
    if (eigen.naam.find(naam) != std::string::npos) continue;
    for (size_t pos = text.find(naam); pos != std::string::npos; pos = text.find(naam, pos + kVervanging.size())) {
      text.replace(pos, naam.size(), kVervanging);
    }
  }
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    const bool woordbegin = i == 0 || !IsWoordteken(text[i - 1]);
    if (woordbegin && IsCijfer(text[i])) {
      size_t j = i;
      while (j < text.size() && IsCijfer(text[j])) ++j;
      const std::string_view getal = std::string_view(text).substr(i, j - i);
      out += getal.size() == 8 && getal != eigen.agb && agbs_.contains(getal) ? std::string_view(kVervanging) : getal;
      i = j;
      continue;
    }
    if (woordbegin && IsWoordteken(text[i])) {
      // Most words start no practice name: one lookup without copying.
      size_t eind = i;
      while (eind < text.size() && IsWoordteken(text[eind])) ++eind;
      if (!eerste_woorden_.contains(std::string_view(text).substr(i, eind - i))) {
        out.append(text, i, eind - i);
        i = eind;
        continue;
      }
      bool vervangen = false;
      for (size_t n = kSleutelWoorden; n >= 1 && !vervangen; --n) {
        const auto it = namen_.find(Woorden(text, i, n));
        if (it == namen_.end()) continue;
        for (const std::string& naam : it->second) {
          if (text.compare(i, naam.size(), naam) != 0) continue;
          // The name must end where a word ends, and must not be ours.
          if (i + naam.size() < text.size() && IsWoordteken(text[i + naam.size()]) && IsWoordteken(naam.back())) {
            continue;
          }
          if (eigen.naam.find(naam) != std::string::npos) break;
          out += kVervanging;
          i += naam.size();
          vervangen = true;
          break;
        }
      }
      if (vervangen) continue;
    }
    out += text[i++];
  }
  return out;
}

}  // namespace mtvp::html
