#ifndef MTVP_JSON_INPUT_H_
#define MTVP_JSON_INPUT_H_

#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "base/dates.h"
#include "base/diagnostics.h"

namespace mtvp {

using Json = nlohmann::json;

/// Nesting deeper than this is refused: no input of ours needs more than a
/// handful of levels, and it keeps hostile files cheap.
inline constexpr int kMaxJsonDepth = 64;

/// Larger input files are refused before they are read: the largest honest
/// file (a regioplan or a registry of thousands of practices) is far smaller.
inline constexpr std::uintmax_t kMaxJsonBytes = 16 * 1024 * 1024;

/// Longer texts are refused: enough for any honest onderbouwing or
/// toelichting, and it keeps a hostile file from bloating every page.
/// Counted in characters (code points), not bytes: 20,000 letters "ë" pass.
inline constexpr size_t kMaxTextLength = 20000;

/// Implausible sizes, refused at load at the list's JSON pointer: no honest
/// practice holds more intervisie meetings in one programme year (one a
/// working day is about 250), chooses more interventions, or names more
/// participants or huisartsen; a region holds no more practices.
inline constexpr size_t kMaxIntervisiePerJaar = 400;
inline constexpr size_t kMaxInterventiesPerInzending = 200;
inline constexpr size_t kMaxPseudoniemen = 500;
inline constexpr size_t kMaxPraktijken = 50000;

/// The number of characters (code points) of valid UTF-8 text.
size_t Utf8Chars(std::string_view text);

/// Parses JSON text; a syntax error becomes one diagnostic with line and column.
std::optional<Json> ParseJson(std::string_view text, const std::string& file, Diagnostics* diags);

/// Reads and parses a file. `file` is the name used in diagnostics.
std::optional<Json> ReadJsonFile(const std::filesystem::path& path, const std::string& file, Diagnostics* diags);

/// The Dutch name of a JSON value's type, for "verwacht tekst, gevonden getal".
std::string JsonTypeName(const Json& value);

enum class Need { kRequired, kOptional };

/// Typed access to the fields of one JSON document. Every getter reports a
/// missing or mistyped field as a diagnostic at its JSON pointer and returns
/// nothing, so loaders read straight through and collect every problem.
/// Optional fields that are absent or null are not a problem.
class FieldReader {
 public:
  FieldReader(std::string file, Diagnostics* diags) : file_(std::move(file)), diags_(diags) {}

  std::optional<std::string> Text(const Json& obj, std::string_view key, std::string_view at,
                                  Need need = Need::kRequired);
  std::optional<double> Number(const Json& obj, std::string_view key, std::string_view at, Need need = Need::kRequired,
                               double min = 0);
  std::optional<long long> Integer(const Json& obj, std::string_view key, std::string_view at, Need need, long long min,
                                   long long max);
  std::optional<bool> Bool(const Json& obj, std::string_view key, std::string_view at, Need need = Need::kRequired);
  std::optional<Date> DateField(const Json& obj, std::string_view key, std::string_view at,
                                Need need = Need::kRequired);
  /// The array or object at `key`, or nullptr (with a diagnostic when required
  /// or mistyped).
  const Json* Array(const Json& obj, std::string_view key, std::string_view at, Need need = Need::kRequired);
  const Json* Object(const Json& obj, std::string_view key, std::string_view at, Need need = Need::kRequired);

  /// Checks that `value` is an object; reports it otherwise.
  bool ExpectObject(const Json& value, std::string_view at);
  /// Warns about keys that are not in `known`, with a did-you-mean.
  void WarnUnknownKeys(const Json& obj, std::string_view at, std::initializer_list<std::string_view> known);
  void WarnUnknownKeys(const Json& obj, std::string_view at, std::span<const std::string_view> known);

  void Error(std::string_view at, std::string message);
  void Warning(std::string_view at, std::string message);
  const std::string& file() const { return file_; }

 private:
  const Json* Field(const Json& obj, std::string_view key, std::string_view at, Need need);
  void WrongType(std::string_view at, std::string_view expected, const Json& got);

  std::string file_;
  Diagnostics* diags_;
};

}  // namespace mtvp

#endif  // MTVP_JSON_INPUT_H_
