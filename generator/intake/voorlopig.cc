#include "intake/voorlopig.h"

#include <algorithm>
#include <memory>
#include <set>

#include "base/json_input.h"
#include "intake/intake_import.h"
#include "intake/xlsx_reader.h"
#include "load/region_loader.h"
#include "load/submission_loader.h"
#include "model/report.h"
#include "model/vocabulary.h"
#include "rules/evaluate.h"

namespace mtvp::intake {
namespace fs = std::filesystem;

VoorlopigResult CheckVoorlopig(const fs::path& region_dir, const std::vector<fs::path>& files, const Date& vandaag) {
  VoorlopigResult result;
  const RegionInput region = LoadRegion(region_dir, 1);
  if (!Evaluable(region)) {
    for (const Diagnostic& d : region.diagnostics.all()) {
      if (d.severity == Severity::kFout) result.fouten.push_back(d.Format());
    }
    result.fatal = "regio " + region_dir.string() + " is niet bruikbaar; zie de fouten hierboven";
    return result;
  }
  const Regioplan& plan = *region.plan;
  for (const fs::path& file : files) {
    ++result.files;
    const std::string naam = file.string();
    std::optional<Json> doc;
    SubmissionContext ctx;
    ctx.plan = &plan;
    ctx.praktijken = &region.praktijken;
    Diagnostics diags;
    if (file.extension() == ".xlsx") {
      const XlsxReadResult read = ReadXlsx(file);
      if (!read.workbook) {
        result.fouten.push_back(naam + ": " + read.error);
        continue;
      }
      WerkboekInzending w = ReadUitvraagWerkboek(*read.workbook, plan, region.praktijken, std::nullopt, vandaag);
      for (const std::string& m : w.waarschuwingen) result.waarschuwingen.push_back(naam + ": " + m);
      for (const std::string& m : w.fouten) result.fouten.push_back(naam + ": " + m);
      if (!w.inzending) continue;
      doc = std::move(w.inzending);
    } else {
      doc = ReadJsonFile(file, naam, &diags);
      const std::string parent = file.parent_path().filename().string();
      const std::string fname = file.filename().string();
      if (file.parent_path().parent_path().filename() == "inzendingen") ctx.path_agb = parent;
      if (fname.size() == 11 && fname.starts_with("jaar-") && fname.ends_with(".json")) ctx.path_jaar = fname[5] - '0';
    }
    std::optional<Inzending> s;
    if (doc) s = LoadSubmission(*doc, naam, ctx, &diags);
    for (const Diagnostic& d : diags.all()) {
      (d.severity == Severity::kFout ? result.fouten : result.waarschuwingen).push_back(d.Format());
    }
    if (!s || diags.HasErrors()) continue;
    ++result.valid;

    // The practice, and those sharing its plangroep (their attendance can
    // count), with this file in place of the practice's submission.
    auto input = std::make_shared<RegionInput>();
    input->plan = region.plan;
    input->afwijkingen = region.afwijkingen;
    const auto pit = std::find_if(region.praktijken.begin(), region.praktijken.end(),
                                  [&](const Praktijk& p) { return p.agb == s->agb; });
    std::set<std::string> agbs;
    for (const Praktijk& p : region.praktijken) {
      if (p.agb == s->agb || (!pit->plangroep.empty() && p.plangroep == pit->plangroep)) {
        input->praktijken.push_back(p);
        agbs.insert(p.agb);
      }
    }
    for (const Inzending& other : region.inzendingen) {
      if (!agbs.count(other.agb) || (other.agb == s->agb && other.programmajaar == s->programmajaar)) continue;
      input->inzendingen.push_back(other);
    }
    for (const OngeldigeInzending& o : region.ongeldig) {
      if (agbs.count(o.agb) && !(o.agb == s->agb && o.jaar == s->programmajaar)) input->ongeldig.push_back(o);
    }
    s->file = naam;
    input->inzendingen.push_back(*s);
    std::sort(input->inzendingen.begin(), input->inzendingen.end(), [](const Inzending& a, const Inzending& b) {
      return std::tie(a.agb, a.programmajaar) < std::tie(b.agb, b.programmajaar);
    });
    const Report report = Evaluate(input, std::max(plan.peildatum, s->periode.tot), 1);
    // What does not pass is in the summary (VraagtAandacht).
    for (const PraktijkSamenvatting& p : report.praktijken) {
      if (p.praktijk.agb != s->agb) continue;
      for (const JaarSamenvatting& j : p.jaren) {
        if (j.jaar != s->programmajaar || !j.Beoordeeld()) continue;
        std::string& out = result.oordelen;
        out += naam + ": voorlopig oordeel " + p.praktijk.naam + " (" + p.praktijk.agb + "), programmajaar " +
               std::to_string(j.jaar) + ": " + std::string(Name(j.oordeel)) + "\n";
        size_t shown = 0;
        for (const Verdict& v : j.aandacht) {
          if (v.status != Status::kVoldoetNiet && v.status != Status::kOnvolledig) continue;
          if (v.ernst == Ernst::kInfo) continue;
          ++shown;
          out += "  " + std::string(v.ernst == Ernst::kEis ? "eis" : "advies") + " " + v.regel + ": " +
                 std::string(Name(v.status)) + ": " + v.omschrijving;
          std::string detail = v.werkelijk;
          if (!v.vereist.empty()) detail += (detail.empty() ? "" : ", ") + ("vereist " + v.vereist);
          if (!detail.empty()) out += " (" + detail + ")";
          if (!v.tekort.empty()) out += "; tekort " + v.tekort;
          out += "\n";
        }
        if (shown == 0) out += "  alle eisen en adviezen voldaan\n";
      }
    }
  }
  return result;
}

RegioCheckResult CheckRegio(const fs::path& region_dir) {
  RegioCheckResult result;
  // No submissions: the loader reads the whole folder, so look only at the
  // regioplan and registry diagnostics.
  const RegionInput region = LoadRegion(region_dir, 1);
  for (const Diagnostic& d : region.diagnostics.all()) {
    if (d.file.find("inzendingen") == std::string::npos) {
      if (d.severity == Severity::kFout) {
        result.problemen.Error(d.file, d.pointer, d.message);
      } else {
        result.problemen.Warning(d.file, d.pointer, d.message);
      }
    }
  }
  result.bruikbaar = Evaluable(region);
  if (result.bruikbaar) {
    const Regioplan& plan = *region.plan;
    size_t kiesbaar = 0;
    for (const Interventie& iv : plan.interventies) kiesbaar += iv.kiesbaar ? 1 : 0;
    result.samenvatting = "regioplan " + plan.programma + " " + plan.regio + ": " +
                          std::to_string(plan.kernelementen.size()) + " kernelementen, " +
                          std::to_string(plan.interventies.size()) + " interventies (" + std::to_string(kiesbaar) +
                          " kiesbaar), " + std::to_string(plan.cohorten.size()) +
                          " cohorten; praktijken.json: " + std::to_string(region.praktijken.size()) + " praktijken";
  }
  return result;
}

}  // namespace mtvp::intake
