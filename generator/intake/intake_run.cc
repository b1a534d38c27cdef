#include "intake/intake_run.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <system_error>

#include "base/json_input.h"
#include "base/parallel.h"
#include "intake/intake_import.h"
#include "intake/intake_workbook.h"
#include "intake/xlsx_reader.h"
#include "load/region_loader.h"
#include "load/submission_loader.h"
#include "render/xlsx/library_guard.h"

namespace mtvp::intake {
namespace fs = std::filesystem;
namespace {

/// Writes `text` next to `path` and renames it into place, so a reader sees
/// the old file or the new one, never half of one.
bool WriteAtomically(const fs::path& path, const std::string& text, std::string* error) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (ec) {
    *error = "kan map " + path.parent_path().string() + " niet aanmaken: " + ec.message();
    return false;
  }
  const fs::path tmp = path.string() + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) {
      *error = "kan " + tmp.string() + " niet schrijven";
      return false;
    }
  }
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    *error = "kan " + path.string() + " niet schrijven: " + ec.message();
    return false;
  }
  return true;
}

std::optional<std::string> ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

UitvraagResult RunUitvraag(const UitvraagOptions& options) {
  xlsx::PrepareLibraryGuard();  // before the descriptors go to input files and threads
  UitvraagResult result;
  const unsigned threads = ThreadCount(0);
  RegionInput in = LoadRegion(options.region_dir, threads);
  result.problemen = in.diagnostics;
  if (!Evaluable(in)) {
    result.fatal = "regio " + options.region_dir.string() + " is niet bruikbaar; zie de fouten hierboven";
    return result;
  }
  const Regioplan& plan = *in.plan;
  const Date peildatum = options.peildatum.value_or(plan.peildatum);

  struct Taak {
    const Praktijk* praktijk;
    int jaar;
    std::vector<const Inzending*> eerdere;
    const Inzending* inzending = nullptr;
  };
  std::vector<Taak> taken;
  std::optional<Inzending> uit;
  if (options.uit_inzending) {
    Diagnostics diags;
    const std::string file = options.uit_inzending->string();
    if (auto doc = ReadJsonFile(*options.uit_inzending, file, &diags)) {
      SubmissionContext ctx;
      ctx.plan = &plan;
      ctx.praktijken = &in.praktijken;
      uit = LoadSubmission(*doc, file, ctx, &diags);
    }
    result.problemen.Append(diags);
    if (!uit || diags.HasErrors()) {
      result.fatal = file + " is geen geldige inzending; zie de fouten hierboven";
      return result;
    }
  }
  for (const Praktijk& p : in.praktijken) {
    std::optional<int> jaar;
    if (uit) {
      if (p.agb != uit->agb) continue;
      jaar = uit->programmajaar;
    } else {
      jaar = UitvraagJaar(plan, p, peildatum, options.jaar);
    }
    if (!jaar) {
      ++result.overgeslagen;
      continue;
    }
    Taak t{&p, *jaar, {}, uit ? &*uit : nullptr};
    for (const Inzending& s : in.inzendingen) {
      if (s.agb == p.agb && s.programmajaar < *jaar) t.eerdere.push_back(&s);
    }
    taken.push_back(std::move(t));
  }
  if (uit && taken.empty()) {
    result.fatal = "AGB-code " + uit->agb + " van de inzending staat niet in praktijken.json";
    return result;
  }
  std::error_code ec;
  fs::create_directories(options.out_dir, ec);
  if (ec) {
    result.fatal = "kan map " + options.out_dir.string() + " niet aanmaken: " + ec.message();
    return result;
  }
  std::vector<std::string> errors(taken.size());
  ParallelFor(taken.size(), threads, [&](size_t i) {
    const Taak& t = taken[i];
    UitvraagInput input;
    input.plan = &plan;
    input.praktijk = t.praktijk;
    input.jaar = t.jaar;
    const Cohort* cohort = plan.FindCohort(t.praktijk->cohort);
    input.periode = ProgrammeYear(cohort->start, t.jaar);
    input.peildatum = peildatum;
    input.eerdere = t.eerdere;
    input.inzending = t.inzending;
    WriteUitvraag(options.out_dir / UitvraagBestand(t.praktijk->agb, t.jaar), input, &errors[i]);
  });
  for (size_t i = 0; i < taken.size(); ++i) {
    if (!errors[i].empty()) {
      result.fatal = errors[i];
      return result;
    }
    result.geschreven.push_back(UitvraagBestand(taken[i].praktijk->agb, taken[i].jaar));
  }
  return result;
}

ImportResult RunImport(const ImportOptions& options) {
  ImportResult result;
  // Only the regioplan and the registry are needed; existing submissions
  // are compared file by file.
  RegionInput in = LoadRegion(options.region_dir, ThreadCount(0));
  if (!Evaluable(in)) {
    for (const Diagnostic& d : in.diagnostics.all()) {
      if (d.severity == Severity::kFout) result.fouten.push_back(d.Format());
    }
    result.fatal = "regio " + options.region_dir.string() + " is niet bruikbaar; zie de fouten hierboven";
    return result;
  }
  const Regioplan& plan = *in.plan;
  std::map<std::string, std::string> seen;  // target -> workbook
  for (const fs::path& wbpath : options.werkboeken) {
    const std::string naam = wbpath.string();
    const XlsxReadResult read = ReadXlsx(wbpath);
    if (!read.workbook) {
      result.fouten.push_back(naam + ": " + read.error);
      continue;
    }
    WerkboekInzending w =
        ReadUitvraagWerkboek(*read.workbook, plan, in.praktijken, options.ontvangen_op, options.vandaag);
    for (const std::string& m : w.waarschuwingen) result.waarschuwingen.push_back(naam + ": " + m);
    for (const std::string& m : w.fouten) result.fouten.push_back(naam + ": " + m);
    if (!w.inzending) continue;
    // The same checks as for a submission file, so the written file loads.
    const std::string rel = "inzendingen/" + w.agb + "/jaar-" + std::to_string(w.jaar) + ".json";
    Diagnostics diags;
    SubmissionContext ctx;
    ctx.plan = &plan;
    ctx.praktijken = &in.praktijken;
    ctx.path_agb = w.agb;
    ctx.path_jaar = w.jaar;
    const auto loaded = LoadSubmission(*w.inzending, rel, ctx, &diags);
    bool bad = !loaded;
    for (const Diagnostic& d : diags.all()) {
      (d.severity == Severity::kFout ? result.fouten : result.waarschuwingen)
          .push_back(naam + ": " + d.pointer + ": " + d.message);
      bad = bad || d.severity == Severity::kFout;
    }
    if (bad) continue;
    if (const auto [it, inserted] = seen.emplace(rel, naam); !inserted) {
      result.fouten.push_back(naam + ": " + rel + " komt ook al uit " + it->second +
                              "; importeer één werkboek per praktijk en jaar");
      continue;
    }
    const std::string text = w.inzending->dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
    const fs::path target = options.region_dir / rel;
    if (const auto old = ReadAll(target)) {
      if (*old == text) {
        result.ongewijzigd.push_back(rel);
        continue;
      }
      if (!options.vervang) {
        result.fouten.push_back(naam + ": " + rel +
                                " bestaat al met een andere inhoud; gebruik --vervang om het te vervangen");
        continue;
      }
    }
    std::string error;
    if (!WriteAtomically(target, text, &error)) {
      result.fatal = error;
      return result;
    }
    result.geschreven.push_back(rel);
  }
  return result;
}

}  // namespace mtvp::intake
