#include "render/html/html_site.h"

#include <memory>

#include "render/html/afscherming.h"
#include "render/html/templates.h"
#include "render/html/views.h"

namespace mtvp {
namespace {

// A job that renders one page from its view and writes it.
template <typename ViewFn>
OutputJob PageJob(std::string pad, std::string sjabloon, double gewicht, ViewFn view) {
  return {[pad = std::move(pad), sjabloon = std::move(sjabloon), view](
              OutputStage* stage, std::vector<std::string>* written, std::string* error) {
            // Region-wide pages grow with the region (the overview has a
            // row per practice): streamed to the file, not held whole.
            const std::unique_ptr<OutputFile> file = stage->Open(pad, error);
            if (!file) return false;
            if (!html::RenderTemplateTo(
                    sjabloon, view(), [&](std::string_view part) { return file->Append(part); }, error)) {
              *error = pad + ": " + *error;
              return false;
            }
            if (!file->Close(error)) return false;
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
                         [&report, options] { return html::OverzichtView(report, options); }));
  jobs.push_back(PageJob("problemen.html", "problemen.mustache", 1, [&report] { return html::ProblemenView(report); }));
  jobs.push_back(PageJob("regels.html", "regels.mustache", 1, [&report] { return html::RegelsView(report); }));
  jobs.push_back(PageJob("zorgverzekeraar/index.html", "zorgverzekeraar.mustache", 0.1 * praktijken,
                         [&report, options] { return html::ZorgverzekeraarView(report, options); }));
  return jobs;
}

PraktijkPaginas::PraktijkPaginas(const Report& report)
    : report_(report), namen_(std::make_unique<html::Praktijknamen>(report)) {}

PraktijkPaginas::~PraktijkPaginas() = default;

std::string PraktijkPaginas::Pad(const PraktijkKern& praktijk) {
  // The AGB code was checked to be 8 digits by the loader, so it is safe as
  // a folder name.
  return "praktijken/" + praktijk.praktijk.agb + "/index.html";
}

bool PraktijkPaginas::Write(const PraktijkResultaat& praktijk, OutputStage* stage, std::vector<std::string>* written,
                            std::string* error) const {
  const std::string pad = Pad(praktijk);
  // One buffer per thread, reused: a page is some 50 KB, and growing a new
  // string to that size for every page costs more than rendering it.
  thread_local std::string html;
  if (!html::RenderTemplate("praktijk.mustache", html::PraktijkView(report_, praktijk, *namen_), &html, error)) {
    *error = pad + ": " + *error;
    return false;
  }
  if (!stage->Write(pad, html, error)) return false;
  written->push_back(pad);
  return true;
}

bool RenderHtmlSite(const Beoordeling& beoordeling, const HtmlOptions& options, OutputStage* stage,
                    std::vector<std::string>* written, std::string* error) {
  std::vector<OutputJob> jobs = HtmlJobs(beoordeling.report, options);
  const auto paginas = std::make_shared<const PraktijkPaginas>(beoordeling.report);
  for (const PraktijkResultaat& p : beoordeling.praktijken) {
    jobs.push_back({[paginas, &p](OutputStage* s, std::vector<std::string>* w, std::string* e) {
                      return paginas->Write(p, s, w, e);
                    },
                    1});
  }
  return RunJobs(jobs, 1, stage, written, error);
}

}  // namespace mtvp
