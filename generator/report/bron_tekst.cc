#include "report/bron_tekst.h"

#include <cctype>
#include <vector>

namespace mtvp {
namespace {

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(Trim(s.substr(start, i - start)));
      start = i + 1;
    }
  }
  return out;
}

/// Drops "(...)" remarks, nested or not.
std::string ZonderOpmerkingen(std::string_view s) {
  std::string out;
  int diepte = 0;
  for (char c : s) {
    if (c == '(')
      ++diepte;
    else if (c == ')' && diepte > 0)
      --diepte;
    else if (diepte == 0)
      out += c;
  }
  return out;
}

/// "L120", "L203-214": a line reference, for the project leader only.
bool IsRegelnummer(std::string_view t) {
  if (t.size() < 2 || t[0] != 'L') return false;
  bool cijfer = false;
  for (size_t i = 1; i < t.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(t[i])))
      cijfer = true;
    else if (t[i] != '-')
      return false;
  }
  return cijfer;
}

/// "S004": letters then digits, the shape of a source id.
bool LijktOpKenmerk(std::string_view t) {
  size_t i = 0;
  while (i < t.size() && std::isupper(static_cast<unsigned char>(t[i]))) ++i;
  if (i == 0 || i == t.size()) return false;
  for (; i < t.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(t[i]))) return false;
  }
  return true;
}

/// One place in a document without its line numbers: "§6.1 L137" -> "§6.1",
/// "§Overzicht" -> "Overzicht", "Kader/Wat-Hoe" -> "Kader: Wat-Hoe".
std::string Plaats(std::string_view deel) {
  std::string out;
  for (const std::string& t : Split(deel, ' ')) {
    if (t.empty() || IsRegelnummer(t)) continue;
    std::string woord = t;
    if (woord.starts_with("§") && woord.size() > 2 && !std::isdigit(static_cast<unsigned char>(woord[2]))) {
      woord = woord.substr(2);  // "§" is two bytes in UTF-8
    }
    for (size_t p = woord.find('/'); p != std::string::npos; p = woord.find('/', p)) woord.replace(p, 1, ": ");
    if (!out.empty()) out += ' ';
    out += woord;
  }
  return out;
}

std::string Opsomming(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == items.size() ? " en " : ", ") + items[i];
  }
  return out;
}

struct Document {
  std::string titel;
  std::vector<std::string> plaatsen;
};

}  // namespace

std::string BronVoorPraktijk(const Regioplan& plan, std::string_view bron) {
  std::vector<Document> documenten;
  for (const std::string& groep : Split(ZonderOpmerkingen(bron), ';')) {
    if (groep.empty()) continue;
    const size_t spatie = groep.find(' ');
    const std::string eerste = groep.substr(0, spatie);
    std::string titel;
    std::string rest;
    if (const Bron* b = plan.FindBron(eerste)) {
      titel = b->titel;
      rest = spatie == std::string::npos ? std::string() : groep.substr(spatie + 1);
    } else if (LijktOpKenmerk(eerste)) {
      titel = "regioplan " + plan.regio;
      rest = spatie == std::string::npos ? std::string() : groep.substr(spatie + 1);
    } else {
      titel = Plaats(groep);
    }
    if (titel.empty()) continue;
    if (documenten.empty() || documenten.back().titel != titel) documenten.push_back({titel, {}});
    for (const std::string& deel : Split(rest, ',')) {
      const std::string plaats = Plaats(deel);
      if (plaats.empty()) continue;
      bool al = false;
      for (const std::string& p : documenten.back().plaatsen) al = al || p == plaats;
      if (!al) documenten.back().plaatsen.push_back(plaats);
    }
  }
  std::string out;
  for (const Document& d : documenten) {
    if (!out.empty()) out += "; ";
    out += d.titel;
    if (!d.plaatsen.empty()) out += ", " + Opsomming(d.plaatsen);
  }
  return out;
}

std::string ZonderInterneVerwijzingen(std::string_view tekst) {
  std::string out;
  size_t i = 0;
  while (i < tekst.size()) {
    if (tekst[i] == '(') {
      const size_t sluit = tekst.find(')', i);
      if (sluit != std::string_view::npos) {
        const std::string_view binnen = tekst.substr(i + 1, sluit - i - 1);
        const bool intern =
            (!binnen.empty() && binnen.find(' ') == std::string_view::npos &&
             (binnen.find('/') != std::string_view::npos || binnen.find('#') != std::string_view::npos)) ||
            binnen.starts_with("aanname");
        if (intern) {
          while (!out.empty() && out.back() == ' ') out.pop_back();
          i = sluit + 1;
          continue;
        }
      }
    }
    out += tekst[i++];
  }
  return out;
}

std::string ErnstVoorPraktijk(Ernst e) {
  switch (e) {
    case Ernst::kEis: return "";
    case Ernst::kAdvies: return "advies, geen eis";
    case Ernst::kInfo: return "ter informatie, geen eis";
  }
  return "";
}

}  // namespace mtvp
