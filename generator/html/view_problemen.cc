// The input problems page (problemen.html): every problem the loaders found,
// with file and JSON path, so the project leader can ask for a correction.
#include <algorithm>

#include "dutch_format.h"
#include "html/view_common.h"
#include "html/views.h"

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
  std::vector<Data> items;
  size_t fouten = 0;
  for (const Diagnostic* d : lijst) {
    const bool fout = d->severity == Severity::kFout;
    fouten += fout ? 1 : 0;
    Data i;
    i.set("fout", fout);
    i.set("ernst", std::string(fout ? "fout" : "waarschuwing"));
    i.set("bestand", d->file);
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
