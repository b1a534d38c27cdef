#ifndef MTVP_HTML_AFSCHERMING_H_
#define MTVP_HTML_AFSCHERMING_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model/report.h"

namespace mtvp::html {

/// Every practice's name and AGB code, indexed once per report so that a text
/// can be searched for all of them in time linear in the text (a region may
/// hold many thousands of practices).
class Praktijknamen {
 public:
  explicit Praktijknamen(const Report& report);

  /// `text` with every practice name and AGB code except `eigen`'s replaced
  /// by "[andere praktijk]". A name that is part of `eigen`'s own name ("De
  /// Linde" in "De Linde-Oost") is kept. Names are found where a word starts.
  std::string Verberg(const std::string& input, const Praktijk& eigen) const;

 private:
  // Views into the report's practices (the report outlives this index).
  std::unordered_set<std::string_view> agbs_;
  // The first one, two or three words of a name -> the names that start so,
  // longest first.
  std::unordered_map<std::string, std::vector<std::string>> namen_;
  std::unordered_set<std::string_view> eerste_woorden_;  // the first word of every name in namen_
  std::vector<std::string> overig_;                      // names that do not start with a letter or digit
};

/// A practice page shows nothing about any other practice. Texts from the
/// report can still name one (an intervisie explanation that credits a
/// meeting to another practice of the plangroep names its AGB code), so
/// every such text, the practice's own free text included, passes through
/// this filter.
class Afscherming {
 public:
  Afscherming(const Praktijknamen& namen, const Praktijk& eigen) : namen_(namen), eigen_(eigen) {}
  std::string operator()(const std::string& text) const { return namen_.Verberg(text, eigen_); }

 private:
  const Praktijknamen& namen_;
  const Praktijk& eigen_;
};

}  // namespace mtvp::html

#endif  // MTVP_HTML_AFSCHERMING_H_
