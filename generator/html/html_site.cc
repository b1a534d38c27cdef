#include "html/html_site.h"

#include "html/templates.h"
#include "html/views.h"

namespace mtvp {

bool RenderHtmlPages(const Report& report, const HtmlOptions& options, std::vector<HtmlPage>* pages,
                     std::string* error) {
  auto render = [&](const std::string& pad, std::string_view sjabloon, const html::Data& view) {
    HtmlPage page{pad, {}};
    if (!html::RenderTemplate(sjabloon, view, &page.html, error)) {
      *error = pad + ": " + *error;
      return false;
    }
    pages->push_back(std::move(page));
    return true;
  };
  if (!render("index.html", "overzicht.mustache", html::OverzichtView(report))) return false;
  if (!render("problemen.html", "problemen.mustache", html::ProblemenView(report))) return false;
  const html::Praktijknamen namen(report);
  for (const PraktijkResultaat& p : report.praktijken) {
    // The AGB code was checked to be 8 digits by the loader, so it is safe
    // as a folder name.
    if (!render("praktijken/" + p.praktijk.agb + "/index.html", "praktijk.mustache",
                html::PraktijkView(report, p, namen))) {
      return false;
    }
  }
  return render("zorgverzekeraar/index.html", "zorgverzekeraar.mustache",
                html::ZorgverzekeraarView(report, options));
}

bool RenderHtmlSite(const Report& report, const HtmlOptions& options, OutputStage* stage,
                    std::vector<std::string>* written, std::string* error) {
  std::vector<HtmlPage> pages;
  if (!RenderHtmlPages(report, options, &pages, error)) return false;
  for (const HtmlPage& page : pages) {
    if (!stage->Write(page.pad, page.html, error)) return false;
    written->push_back(page.pad);
  }
  return true;
}

}  // namespace mtvp
