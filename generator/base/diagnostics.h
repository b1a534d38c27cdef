#ifndef MTVP_DIAGNOSTICS_H_
#define MTVP_DIAGNOSTICS_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace mtvp {

/// How bad an input problem is: a `kFout` makes the file (or the part of it
/// named by the path) unusable; a `kWaarschuwing` is shown but changes nothing.
enum class Severity { kFout, kWaarschuwing };

/// One input problem with its location: the file (relative to the region
/// folder), the JSON pointer inside it, and a Dutch message. Problems are
/// collected as values; the core never prints them.
struct Diagnostic {
  Severity severity = Severity::kFout;
  std::string file;
  std::string pointer;  // "" for the whole file
  std::string message;

  /// `file: /pointer: message`, the form shown to users.
  std::string Format() const;
};

/// Collects diagnostics in the order they were found.
class Diagnostics {
 public:
  void Error(std::string file, std::string pointer, std::string message);
  void Warning(std::string file, std::string pointer, std::string message);
  void Append(const Diagnostics& other);

  const std::vector<Diagnostic>& all() const { return items_; }
  bool HasErrors() const { return errors_ > 0; }
  size_t ErrorCount() const { return errors_; }
  size_t size() const { return items_.size(); }

 private:
  std::vector<Diagnostic> items_;
  size_t errors_ = 0;
};

/// The closest candidate within a small edit distance, or "" when none is
/// close enough to be a likely typo ("triage-traning" -> "triage-training").
std::string SuggestClosest(std::string_view word, std::span<const std::string> candidates);

/// `onbekende interventie "x"` plus `; bedoelde u "y"?` when a suggestion exists.
std::string UnknownWithSuggestion(std::string_view what, std::string_view word,
                                  std::span<const std::string> candidates);

/// Appends one JSON pointer token, escaping `~` and `/` (RFC 6901).
std::string PointerJoin(std::string_view base, std::string_view token);
std::string PointerJoin(std::string_view base, size_t index);

}  // namespace mtvp

#endif  // MTVP_DIAGNOSTICS_H_
