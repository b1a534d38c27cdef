#include "html/html_site.h"

#include <memory>

#include "html/templates.h"
#include "html/views.h"

namespace mtvp {
namespace {

// A job that renders one page from its view and writes it.
template <typename ViewFn>
OutputJob PageJob(std::string pad, std::string sjabloon, double gewicht, ViewFn view) {
  return {[pad = std::move(pad), sjabloon = std::move(sjabloon), view](OutputStage* stage,
                                                                        std::vector<std::string>* written,
                                                                        std::string* error) {
            // One buffer per thread, reused: a page is some 50 KB, and growing
            // a new string to that size for every page costs more than rendering.
            thread_local std::string html;
            if (!html::RenderTemplate(sjabloon, view(), &html, error)) {
              *error = pad + ": " + *error;
              return false;
            }
            if (!stage->Write(pad, html, error)) return false;
            written->push_back(pad);
            return true;
          },
          gewicht};
}

}  // namespace

std::vector<OutputJob> HtmlJobs(const Report& report, const HtmlOptions& options) {
  std::vector<OutputJob> jobs;
  const double praktijken = static_cast<double>(report.praktijken.size());
  jobs.push_back(PageJob("index.html", "overzicht.mustache", 0.3 * praktijken,
                         [&report] { return html::OverzichtView(report); }));
  jobs.push_back(PageJob("problemen.html", "problemen.mustache", 1,
                         [&report] { return html::ProblemenView(report); }));
  // Built once and shared by every practice page (read-only).
  const auto namen = std::make_shared<const html::Praktijknamen>(report);
  for (const PraktijkResultaat& p : report.praktijken) {
    // The AGB code was checked to be 8 digits by the loader, so it is safe
    // as a folder name.
    jobs.push_back(PageJob("praktijken/" + p.praktijk.agb + "/index.html", "praktijk.mustache", 1,
                           [&report, &p, namen] { return html::PraktijkView(report, p, *namen); }));
  }
  jobs.push_back(PageJob("zorgverzekeraar/index.html", "zorgverzekeraar.mustache", 0.1 * praktijken,
                         [&report, options] { return html::ZorgverzekeraarView(report, options); }));
  return jobs;
}

bool RenderHtmlSite(const Report& report, const HtmlOptions& options, OutputStage* stage,
                    std::vector<std::string>* written, std::string* error) {
  return RunJobs(HtmlJobs(report, options), 1, stage, written, error);
}

}  // namespace mtvp
