#include "render/html/svg_charts.h"

#include "base/safe_text.h"

#include <algorithm>
#include <cmath>

namespace mtvp::html {
namespace {

constexpr int kBreedte = 720;
constexpr int kWaardeRuimte = 90;      // right of the longest bar, for its value
constexpr int kRegelHoogte = 16;       // one line of label text
constexpr int kMaxTekens = 40;         // characters per label line
constexpr double kTekenBreedte = 7.4;  // average width of a 13px character

// Characters of UTF-8 text (code points, not bytes).
int Tekens(const std::string& s) {
  return static_cast<int>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// Splits a label into lines of at most kMaxTekens characters at spaces
// (counting UTF-8 code points, not bytes).
std::vector<std::string> Regels(const std::string& label) {
  std::vector<std::string> lines;
  std::string line, word;
  auto length = Tekens;
  auto flush_word = [&] {
    if (word.empty()) return;
    if (!line.empty() && length(line) + 1 + length(word) > kMaxTekens) {
      lines.push_back(line);
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
    word.clear();
  };
  for (char c : label) {
    if (c == ' ') {
      flush_word();
    } else {
      word += c;
    }
  }
  flush_word();
  if (!line.empty()) lines.push_back(line);
  if (lines.empty()) lines.emplace_back();
  return lines;
}

}  // namespace

bool HeeftStaven(const StaafDiagramInhoud& d) {
  return std::any_of(d.staven.begin(), d.staven.end(), [](const Staaf& s) { return s.getekend && s.waarde > 0; });
}

std::string XmlEscape(const std::string& input) {
  const std::string text = SafeText(input);
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string StaafDiagram(const StaafDiagramInhoud& d) {
  // The label column is as wide as the longest label line needs.
  int langste = 0;
  for (const Staaf& s : d.staven) {
    for (const std::string& line : Regels(s.label)) langste = std::max(langste, Tekens(line));
  }
  const int label_breedte = std::clamp(static_cast<int>(langste * kTekenBreedte) + 16, 100, 330);
  const int staaf_max = kBreedte - label_breedte - kWaardeRuimte;
  std::string rows;
  std::string desc = d.beschrijving;
  int y = 8;
  for (const Staaf& s : d.staven) {
    const std::vector<std::string> lines = Regels(s.label);
    const int hoogte = std::max(28, static_cast<int>(lines.size()) * kRegelHoogte + 10);
    const int midden = y + hoogte / 2;
    // Label, right-aligned against the bars, one <tspan> per line.
    rows += "<text class=\"label\" x=\"" + std::to_string(label_breedte - 10) + "\" y=\"" +
            std::to_string(midden - (static_cast<int>(lines.size()) - 1) * kRegelHoogte / 2 + 4) +
            "\" text-anchor=\"end\">";
    for (size_t i = 0; i < lines.size(); ++i) {
      rows += "<tspan x=\"" + std::to_string(label_breedte - 10) + "\"" +
              (i ? " dy=\"" + std::to_string(kRegelHoogte) + "\"" : std::string()) + ">" + XmlEscape(lines[i]) +
              "</tspan>";
    }
    rows += "</text>";
    int lengte = 0;
    if (s.getekend && d.max > 0) {
      lengte = static_cast<int>(std::lround(std::clamp(s.waarde / d.max, 0.0, 1.0) * staaf_max));
      if (lengte > 0) {
        rows += "<rect class=\"staaf-" + XmlEscape(s.klasse) + "\" x=\"" + std::to_string(label_breedte) + "\" y=\"" +
                std::to_string(midden - 9) + "\" width=\"" + std::to_string(lengte) + "\" height=\"18\"/>";
      }
    }
    rows += "<text class=\"waarde\" x=\"" + std::to_string(label_breedte + lengte + 6) + "\" y=\"" +
            std::to_string(midden + 5) + "\">" + XmlEscape(s.waarde_tekst) + "</text>";
    desc += " " + s.label + ": " + s.waarde_tekst + ".";
    y += hoogte;
  }
  const int totaal = y + 8;
  const std::string h = std::to_string(totaal);
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\" viewBox=\"0 0 " +
                    std::to_string(kBreedte) + " " + h + "\" role=\"img\" aria-labelledby=\"" + d.id + "-titel " +
                    d.id + "-beschrijving\">";
  svg += "<title id=\"" + d.id + "-titel\">" + XmlEscape(d.titel) + "</title>";
  svg += "<desc id=\"" + d.id + "-beschrijving\">" + XmlEscape(desc) + "</desc>";
  svg += "<line class=\"as\" x1=\"" + std::to_string(label_breedte) + "\" y1=\"4\" x2=\"" +
         std::to_string(label_breedte) + "\" y2=\"" + std::to_string(totaal - 4) + "\"/>";
  svg += rows + "</svg>";
  return svg;
}

}  // namespace mtvp::html
