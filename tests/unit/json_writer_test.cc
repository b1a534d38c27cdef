#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <limits>

#include "base/json_writer.h"

namespace mtvp {
namespace {

// Writes `j` with JsonWriter, the way results_json.cc writes its file.
void Write(JsonWriter& w, const nlohmann::ordered_json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::object:
      w.BeginObject();
      for (const auto& [key, value] : j.items()) {
        w.Key(key);
        Write(w, value);
      }
      w.EndObject();
      return;
    case nlohmann::json::value_t::array:
      w.BeginArray();
      for (const auto& value : j) Write(w, value);
      w.EndArray();
      return;
    case nlohmann::json::value_t::string: w.String(j.get_ref<const std::string&>()); return;
    case nlohmann::json::value_t::boolean: w.Bool(j.get<bool>()); return;
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned: w.Int(j.get<int64_t>()); return;
    case nlohmann::json::value_t::number_float: w.Double(j.get<double>()); return;
    default: w.Null(); return;
  }
}

}  // namespace

TEST_CASE("JsonWriter: the same bytes as nlohmann's dump(1, '\\t')", "[json]") {
  nlohmann::ordered_json doc;
  doc["leeg_object"] = nlohmann::ordered_json::object();
  doc["lege_lijst"] = nlohmann::ordered_json::array();
  doc["tekst"] = "Praktijk \"De Linde\" \\ Zn\n\t\r\b\f\x01\x1f\x7f é ✓ 𝄞";
  doc["kapot_utf8"] = std::string(
      "a\xff"
      "b\xc3"
      "c\xe2\x82"
      "d\xed\xa0\x80"
      "e\xc0\xaf");
  doc["getallen"] = {0.0,  1.0,  19.2,           0.1,   0.0001, 0.00001,   1e10,
                     1e15, 1e16, 123456789012.0, 1e300, -2.5,   1.0 / 3.0, std::numeric_limits<double>::infinity()};
  doc["gehele"] = {0, 1, -7, 5000, int64_t{1} << 40};
  doc["waar"] = true;
  doc["onwaar"] = false;
  doc["niets"] = nullptr;
  doc["genest"] = {{"a", {{"b", nlohmann::ordered_json::array({nlohmann::ordered_json::object(), 1})}}}};
  doc["\"sleutel\"\n"] = "x";
  JsonWriter w;
  Write(w, doc);
  CHECK(w.out() == doc.dump(1, '\t', false, nlohmann::ordered_json::error_handler_t::replace));
  // A lone value, and an empty document part.
  JsonWriter lone;
  lone.String("x");
  CHECK(lone.out() == "\"x\"");
}

}  // namespace mtvp
