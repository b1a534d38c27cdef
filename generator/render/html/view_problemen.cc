// The input problems page (problemen.html): every problem the loaders found,
// with file and JSON path, so the project leader can ask for a correction.
#include <algorithm>

#include "base/dutch_format.h"
#include "render/html/view_common.h"
#include "render/html/views.h"

namespace mtvp::html {

Data ProblemenView(const Report& report) {
  const Regioplan& plan = *report.plan;
  std::vector<const Diagnostic*> lijst;
  for (const Diagnostic& d : report.problemen) lijst.push_back(&d);
  // Errors first, then by file and place; the loaders' order within.
  std::stable_sort(lijst.begin(), lijst.end(), [](const Diagnostic* a, const Diagnostic* b) {
    if (a->severity != b->severity) return a->severity == Severity::kFout;
    return a->file < b->file;
  });
  // The practice a submission file belongs to (inzendingen/<agb>/...), so the
  // project leader sees whom to ask; the practices are sorted by AGB.
  auto praktijk = [&report](const std::string& file) -> std::string {
    const std::string prefix = "inzendingen/";
    if (!file.starts_with(prefix)) return "";
    const std::string agb = file.substr(prefix.size(), file.find('/', prefix.size()) - prefix.size());
    const auto it =
        std::lower_bound(report.praktijken.begin(), report.praktijken.end(), agb,
                         [](const PraktijkSamenvatting& p, const std::string& a) { return p.praktijk.agb < a; });
    return it != report.praktijken.end() && it->praktijk.agb == agb ? it->praktijk.naam : std::string();
  };
  std::vector<Data> items;
  size_t fouten = 0;
  for (const Diagnostic* d : lijst) {
    const bool fout = d->severity == Severity::kFout;
    fouten += fout ? 1 : 0;
    Data i;
    i.set("fout", fout);
    i.set("ernst", std::string(fout ? "fout" : "waarschuwing"));
    i.set("bestand", d->file);
    const std::string naam = praktijk(d->file);
    i.set("praktijk", naam);
    i.set("heeft_praktijk", !naam.empty());
    i.set("pad", d->pointer.empty() ? std::string("(hele bestand)") : d->pointer);
    i.set("melding", d->message);
    items.push_back(std::move(i));
  }
  Data view = PageView(report, plan.programma + " " + plan.regio + ": invoerproblemen");
  view.set("heeft_items", !items.empty());
  view.set("fouten", Aantal(static_cast<double>(fouten), "fout", "fouten"));
  view.set("waarschuwingen", Aantal(static_cast<double>(items.size() - fouten), "waarschuwing", "waarschuwingen"));
  view.set("items", ListOf(std::move(items)));
  return view;
}

}  // namespace mtvp::html
