#include "base/json_input.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <unordered_set>
#include <vector>

namespace mtvp {
namespace {

struct TooDeep {};
struct DuplicateKey {};

// Line and column (1-based) of a byte offset, for parse errors.
std::pair<size_t, size_t> LineColumn(std::string_view text, size_t byte) {
  size_t line = 1, column = 1;
  for (size_t i = 0; i < byte && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return {line, column};
}

}  // namespace

std::optional<Json> ParseJson(std::string_view text, const std::string& file, Diagnostics* diags) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    diags->Error(file, "", "het bestand is leeg; verwacht een JSON-object");
    return std::nullopt;
  }
  // nlohmann keeps the last of two equal keys without a word; for a
  // submission that silently drops a figure, so duplicates are refused. Each
  // frame is an open object or array, with where we are in it, so the error
  // can name the JSON pointer. This is a SAX handler on nlohmann's own DOM
  // builder rather than a parse callback: the callback parser walks the whole
  // parent array at the end of every object, so a list of 200,000 meetings
  // took seconds (quadratic); this stays linear.
  struct Frame {
    bool array = false;
    size_t index = 0;
    std::string key;
    std::unordered_set<std::string> keys;
  };
  using DomParser = nlohmann::detail::json_sax_dom_parser<Json>;
  class Guarded : public DomParser {
   public:
    Guarded(Json& result, std::string* duplicate) : DomParser(result, true), duplicate_(duplicate) {}
    bool null() { return Done(DomParser::null()); }
    bool boolean(bool v) { return Done(DomParser::boolean(v)); }
    bool number_integer(Json::number_integer_t v) { return Done(DomParser::number_integer(v)); }
    bool number_unsigned(Json::number_unsigned_t v) { return Done(DomParser::number_unsigned(v)); }
    bool number_float(Json::number_float_t v, const Json::string_t& s) { return Done(DomParser::number_float(v, s)); }
    bool string(Json::string_t& v) { return Done(DomParser::string(v)); }
    bool binary(Json::binary_t& v) { return Done(DomParser::binary(v)); }
    bool start_object(std::size_t n) {
      Push(false);
      return DomParser::start_object(n);
    }
    bool start_array(std::size_t n) {
      Push(true);
      return DomParser::start_array(n);
    }
    bool end_object() {
      frames_.pop_back();
      return Done(DomParser::end_object());
    }
    bool end_array() {
      frames_.pop_back();
      return Done(DomParser::end_array());
    }
    bool key(Json::string_t& k) {
      if (frames_.size() > static_cast<size_t>(kMaxJsonDepth)) throw TooDeep{};
      Frame& top = frames_.back();
      top.key = k;
      if (!top.keys.insert(top.key).second) {
        for (const Frame& f : frames_) {
          *duplicate_ = f.array ? PointerJoin(*duplicate_, f.index) : PointerJoin(*duplicate_, f.key);
        }
        throw DuplicateKey{};
      }
      return DomParser::key(k);
    }

   private:
    void Push(bool array) {
      // As deep as the parse callback counted: the top level is depth 0.
      if (frames_.size() > static_cast<size_t>(kMaxJsonDepth)) throw TooDeep{};
      frames_.push_back(Frame{array, 0, {}, {}});
    }
    bool Done(bool ok) {
      if (frames_.size() > static_cast<size_t>(kMaxJsonDepth)) throw TooDeep{};
      if (!frames_.empty() && frames_.back().array) ++frames_.back().index;
      return ok;
    }
    std::vector<Frame> frames_;
    std::string* duplicate_;
  };
  std::string duplicate;
  try {
    Json root;
    Guarded sax(root, &duplicate);
    Json::sax_parse(text.begin(), text.end(), &sax);
    return root;
  } catch (const TooDeep&) {
    diags->Error(file, "",
                 "te diep geneste JSON (meer dan " + std::to_string(kMaxJsonDepth) +
                     " niveaus); een MTVP-bestand heeft er maar een paar nodig");
  } catch (const DuplicateKey&) {
    diags->Error(file, duplicate,
                 "deze sleutel staat twee keer in hetzelfde object; welke waarde geldt is niet te zeggen, "
                 "dus verwijder er één");
  } catch (const Json::parse_error& e) {
    // nlohmann reports where it gave up, often just past the bad token
    // ("tru" + newline); point at the start of that token instead.
    size_t byte = std::min(e.byte > 0 ? e.byte - 1 : 0, text.size() - 1);
    auto is_space = [&](size_t i) { return std::isspace(static_cast<unsigned char>(text[i])) != 0; };
    auto is_word = [&](size_t i) {
      const unsigned char c = static_cast<unsigned char>(text[i]);
      return std::isalnum(c) || c == '-' || c == '+' || c == '.' || c == '_';
    };
    while (byte > 0 && is_space(byte)) --byte;
    if (text[byte] == '"' && byte > 0) {  // the end of a string token: go to its start
      const size_t open = text.rfind('"', byte - 1);
      if (open != std::string_view::npos) byte = open;
    }
    while (byte > 0 && is_word(byte) && is_word(byte - 1)) --byte;
    const auto [line, column] = LineColumn(text, byte);
    std::string hint = "controleer komma's, aanhalingstekens en haakjes";
    const std::string what = e.what();
    if (what.find("UTF-8") != std::string::npos || what.find("utf-8") != std::string::npos) {
      hint = "de tekst is geen geldige UTF-8; sla het bestand op als UTF-8";
    } else if (what.find("end of input") != std::string::npos) {
      hint = "het bestand houdt te vroeg op; ontbreekt er een sluitend haakje?";
    }
    diags->Error(file, "",
                 "ongeldige JSON op regel " + std::to_string(line) + ", kolom " + std::to_string(column) + ": " + hint);
  } catch (const Json::out_of_range&) {
    diags->Error(file, "", "een getal in het bestand is te groot om te lezen (groter dan 1e308)");
  } catch (const Json::exception&) {
    diags->Error(file, "", "het bestand is geen geldige JSON");
  }
  return std::nullopt;
}

std::optional<Json> ReadJsonFile(const std::filesystem::path& path, const std::string& file, Diagnostics* diags) {
  std::error_code ec;
  // A FIFO or device would block or never end; only plain files are inputs.
  if (!std::filesystem::is_regular_file(path, ec)) {
    diags->Error(file, "", std::filesystem::exists(path, ec) ? "geen gewoon bestand" : "bestand ontbreekt");
    return std::nullopt;
  }
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > kMaxJsonBytes) {
    diags->Error(file, "",
                 "het bestand is te groot (" + std::to_string(size / (1024 * 1024)) +
                     " MB); een invoerbestand is hoogstens " + std::to_string(kMaxJsonBytes / (1024 * 1024)) + " MB");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags->Error(file, "", "kan het bestand niet openen");
    return std::nullopt;
  }
  std::string text(static_cast<size_t>(ec ? 0 : size), '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<size_t>(in.gcount()));
  return ParseJson(text, file, diags);
}

std::string JsonTypeName(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "object";
    case Json::value_t::array: return "lijst";
    case Json::value_t::string: return "tekst";
    case Json::value_t::boolean: return "ja/nee";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return "geheel getal";
    case Json::value_t::number_float: return "getal";
    default: return "onbekend type";
  }
}

void FieldReader::Error(std::string_view at, std::string message) {
  diags_->Error(file_, std::string(at), std::move(message));
}

void FieldReader::Warning(std::string_view at, std::string message) {
  diags_->Warning(file_, std::string(at), std::move(message));
}

void FieldReader::WrongType(std::string_view at, std::string_view expected, const Json& got) {
  Error(at, "verwacht " + std::string(expected) + ", gevonden " + JsonTypeName(got));
}

const Json* FieldReader::Field(const Json& obj, std::string_view key, std::string_view at, Need need) {
  if (obj.is_object()) {
    const auto it = obj.find(key);
    if (it != obj.end() && !it->is_null()) return &*it;
  }
  if (need == Need::kRequired) Error(at, "ontbrekend veld \"" + std::string(key) + "\"");
  return nullptr;
}

size_t Utf8Chars(std::string_view text) {
  size_t n = 0;
  for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::optional<std::string> FieldReader::Text(const Json& obj, std::string_view key, std::string_view at, Need need) {
  const Json* v = Field(obj, key, at, need);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    WrongType(PointerJoin(at, key), "tekst", *v);
    return std::nullopt;
  }
  const std::string& text = v->get_ref<const std::string&>();
  if (text.size() > kMaxTextLength) {  // bytes >= characters: only then count
    if (const size_t chars = Utf8Chars(text); chars > kMaxTextLength) {
      Error(PointerJoin(at, key),
            "tekst van " + std::to_string(chars) + " tekens is te lang; hoogstens " + std::to_string(kMaxTextLength));
      return std::nullopt;
    }
  }
  return text;
}

std::optional<double> FieldReader::Number(const Json& obj, std::string_view key, std::string_view at, Need need,
                                          double min) {
  const Json* v = Field(obj, key, at, need);
  if (!v) return std::nullopt;
  const std::string ptr = PointerJoin(at, key);
  if (!v->is_number()) {
    WrongType(ptr, "getal", *v);
    return std::nullopt;
  }
  const double d = v->get<double>();
  if (!std::isfinite(d) || d < min) {
    Error(ptr, "verwacht een getal van minstens " + Json(min).dump() + ", gevonden " + v->dump());
    return std::nullopt;
  }
  return d;
}

std::optional<long long> FieldReader::Integer(const Json& obj, std::string_view key, std::string_view at, Need need,
                                              long long min, long long max) {
  const Json* v = Field(obj, key, at, need);
  if (!v) return std::nullopt;
  const std::string ptr = PointerJoin(at, key);
  if (!v->is_number_integer()) {
    WrongType(ptr, "geheel getal", *v);
    return std::nullopt;
  }
  if (v->is_number_unsigned() && v->get<unsigned long long>() > static_cast<unsigned long long>(max)) {
    Error(ptr, "verwacht een geheel getal van " + std::to_string(min) + " tot en met " + std::to_string(max) +
                   ", gevonden " + v->dump());
    return std::nullopt;
  }
  const long long n = v->get<long long>();
  if (n < min || n > max) {
    Error(ptr, "verwacht een geheel getal van " + std::to_string(min) + " tot en met " + std::to_string(max) +
                   ", gevonden " + v->dump());
    return std::nullopt;
  }
  return n;
}

std::optional<bool> FieldReader::Bool(const Json& obj, std::string_view key, std::string_view at, Need need) {
  const Json* v = Field(obj, key, at, need);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) {
    WrongType(PointerJoin(at, key), "ja/nee (true of false)", *v);
    return std::nullopt;
  }
  return v->get<bool>();
}

std::optional<Date> FieldReader::DateField(const Json& obj, std::string_view key, std::string_view at, Need need) {
  const std::optional<std::string> text = Text(obj, key, at, need);
  if (!text) return std::nullopt;
  const std::optional<Date> d = Date::Parse(*text);
  if (!d) {
    Error(PointerJoin(at, key), "ongeldige datum \"" + *text + "\"; verwacht een bestaande datum als JJJJ-MM-DD");
  }
  return d;
}

const Json* FieldReader::Array(const Json& obj, std::string_view key, std::string_view at, Need need) {
  const Json* v = Field(obj, key, at, need);
  if (v && !v->is_array()) {
    WrongType(PointerJoin(at, key), "lijst", *v);
    return nullptr;
  }
  return v;
}

const Json* FieldReader::Object(const Json& obj, std::string_view key, std::string_view at, Need need) {
  const Json* v = Field(obj, key, at, need);
  if (v && !v->is_object()) {
    WrongType(PointerJoin(at, key), "object", *v);
    return nullptr;
  }
  return v;
}

bool FieldReader::ExpectObject(const Json& value, std::string_view at) {
  if (value.is_object()) return true;
  WrongType(at, "object", value);
  return false;
}

void FieldReader::WarnUnknownKeys(const Json& obj, std::string_view at, std::initializer_list<std::string_view> known) {
  WarnUnknownKeys(obj, at, std::span<const std::string_view>(known.begin(), known.size()));
}

void FieldReader::WarnUnknownKeys(const Json& obj, std::string_view at, std::span<const std::string_view> known) {
  if (!obj.is_object()) return;
  std::vector<std::string> names(known.begin(), known.end());
  for (const auto& [key, value] : obj.items()) {
    bool found = false;
    for (std::string_view k : known) found = found || k == key;
    if (!found) {
      Warning(PointerJoin(at, key), "genegeerd: " + UnknownWithSuggestion("onbekend veld", key, names));
    }
  }
}

}  // namespace mtvp
