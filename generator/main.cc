// mtvp-monitor: flags in, diagnostics out, exit code. All work is done by the
// core library; this file only parses the command line and prints.
#include <algorithm>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "build.h"
#include "check_files.h"
#include "explain.h"
#include "version.h"
#include "vocabulary.h"

namespace {

/// Exit codes, documented in --help and the README.
enum ExitCode {
  kOk = 0,             // done, no input errors
  kInputProblems = 1,  // done, but some input had errors (listed); valid parts were used
  kUsage = 2,          // wrong command line
  kFatal = 3,          // nothing could be done: broken regioplan, unwritable output
};

constexpr const char* kUsageText = R"(Gebruik:
  mtvp-monitor build <regio-map> [--out MAP] [--peildatum JJJJ-MM-DD]
      Beoordeelt alle praktijken van de regio en schrijft de resultaten
      (standaard naar site/). Drukt een korte samenvatting af.
  mtvp-monitor check [--regio MAP] <bestand.json>...
      Controleert inzendingen zonder iets te schrijven. De regiomap wordt
      gevonden door omhoog te zoeken naar regioplan.json, of met --regio.
  mtvp-monitor explain <regio-map> <agb> [--jaar N] [--peildatum JJJJ-MM-DD]
      Legt per regel uit waarom een praktijk wel of niet voldoet, als brief.
  mtvp-monitor --help | --version

Afsluitcodes:
  0  klaar, geen fouten in de invoer
  1  klaar, maar (een deel van) de invoer bevat fouten; die staan hierboven
     en in de resultaten, de geldige delen zijn wel verwerkt
  2  verkeerd gebruik van de opdrachtregel
  3  niets gedaan: het regioplan is onbruikbaar of de uitvoer kan niet
     worden geschreven
)";

int Usage(const std::string& problem) {
  std::cerr << "mtvp-monitor: fout: " << problem << "\n\n" << kUsageText;
  return kUsage;
}

void PrintDiagnostics(const std::vector<mtvp::Diagnostic>& diags, const std::string& prefix) {
  for (const mtvp::Diagnostic& d : diags) {
    std::cerr << "mtvp-monitor: " << (d.severity == mtvp::Severity::kFout ? "fout: " : "waarschuwing: ")
              << prefix << d.Format() << "\n";
  }
}

std::optional<mtvp::Date> ParsePeildatum(const std::string& text) { return mtvp::Date::Parse(text); }

// Splits argv into positional arguments and --flag values; returns false on
// an unknown flag or a flag without its value.
bool ParseArgs(const std::vector<std::string>& args, const std::vector<std::string>& flags,
               std::vector<std::string>* positional, std::vector<std::pair<std::string, std::string>>* values,
               std::string* problem) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.starts_with("--")) {
      std::string name = a, value;
      const size_t eq = a.find('=');
      if (eq != std::string::npos) {
        name = a.substr(0, eq);
        value = a.substr(eq + 1);
      }
      if (std::find(flags.begin(), flags.end(), name) == flags.end()) {
        *problem = "onbekende optie " + name;
        return false;
      }
      if (eq == std::string::npos) {
        if (i + 1 >= args.size()) {
          *problem = "optie " + name + " mist een waarde";
          return false;
        }
        value = args[++i];
      }
      values->emplace_back(name, value);
    } else {
      positional->push_back(a);
    }
  }
  return true;
}

std::string Flag(const std::vector<std::pair<std::string, std::string>>& values, const std::string& name) {
  std::string out;
  for (const auto& [n, v] : values) {
    if (n == name) out = v;
  }
  return out;
}

int RunBuildCommand(const std::vector<std::string>& args) {
  std::vector<std::string> pos;
  std::vector<std::pair<std::string, std::string>> values;
  std::string problem;
  if (!ParseArgs(args, {"--out", "--peildatum"}, &pos, &values, &problem)) return Usage(problem);
  if (pos.size() != 1) return Usage("build verwacht precies één regiomap");
  mtvp::BuildOptions options;
  options.region_dir = pos[0];
  if (const std::string out = Flag(values, "--out"); !out.empty()) options.out_dir = out;
  if (const std::string p = Flag(values, "--peildatum"); !p.empty()) {
    options.peildatum = ParsePeildatum(p);
    if (!options.peildatum) return Usage("ongeldige peildatum \"" + p + "\"; verwacht JJJJ-MM-DD");
  }
  const mtvp::BuildResult result = mtvp::RunBuild(options);
  PrintDiagnostics(result.problemen, options.region_dir.string() + "/");
  if (!result.fatal.empty()) {
    std::cerr << "mtvp-monitor: fout: " << result.fatal << "\n";
    return kFatal;
  }
  const mtvp::Report& report = *result.report;
  const mtvp::ReportCounts c = mtvp::Count(report);
  std::cout << "mtvp-monitor: " << report.plan->programma << " " << report.plan->regio << ", peildatum "
            << report.peildatum.Dutch() << "\n";
  std::cout << "  praktijken: " << c.praktijken;
  if (c.uitgetreden) std::cout << " (" << c.uitgetreden << " uitgetreden)";
  std::string sep = ": ";
  for (const auto& [status, n] : c.per_oordeel) {
    std::cout << sep << n << " " << mtvp::Name(status);
    sep = ", ";
  }
  std::cout << "\n  inzendingen per programmajaar";
  sep = ": ";
  for (const auto& [status, n] : c.per_inzending) {
    std::cout << sep << n << " " << mtvp::Name(status);
    sep = ", ";
  }
  std::cout << "\n  invoerproblemen: " << c.fouten << " fouten, " << c.waarschuwingen << " waarschuwingen\n";
  std::cout << "  geschreven naar " << options.out_dir.string() << "/: " << result.written.size() << " bestanden\n";
  return c.fouten > 0 ? kInputProblems : kOk;
}

int RunCheckCommand(const std::vector<std::string>& args) {
  std::vector<std::string> pos;
  std::vector<std::pair<std::string, std::string>> values;
  std::string problem;
  if (!ParseArgs(args, {"--regio"}, &pos, &values, &problem)) return Usage(problem);
  if (pos.empty()) return Usage("check verwacht minstens één bestand");
  std::vector<std::filesystem::path> files(pos.begin(), pos.end());
  std::optional<std::filesystem::path> region;
  if (const std::string r = Flag(values, "--regio"); !r.empty()) region = r;
  const mtvp::CheckFilesResult result = mtvp::CheckFiles(files, region);
  PrintDiagnostics(result.diagnostics.all(), "");
  for (const std::string& f : result.zonder_regio) {
    std::cerr << "mtvp-monitor: waarschuwing: " << f
              << ": geen regiomap gevonden; alleen de opbouw is gecontroleerd (gebruik --regio MAP)\n";
  }
  std::cout << "mtvp-monitor: " << result.valid << " van " << result.files << " inzending(en) in orde\n";
  return result.diagnostics.HasErrors() ? kInputProblems : kOk;
}

int RunExplainCommand(const std::vector<std::string>& args) {
  std::vector<std::string> pos;
  std::vector<std::pair<std::string, std::string>> values;
  std::string problem;
  if (!ParseArgs(args, {"--jaar", "--peildatum"}, &pos, &values, &problem)) return Usage(problem);
  if (pos.size() != 2) return Usage("explain verwacht een regiomap en een AGB-code");
  std::optional<int> jaar;
  if (const std::string j = Flag(values, "--jaar"); !j.empty()) {
    if (j != "1" && j != "2" && j != "3") return Usage("--jaar is 1, 2 of 3");
    jaar = j[0] - '0';
  }
  std::optional<mtvp::Date> peildatum;
  if (const std::string p = Flag(values, "--peildatum"); !p.empty()) {
    peildatum = ParsePeildatum(p);
    if (!peildatum) return Usage("ongeldige peildatum \"" + p + "\"; verwacht JJJJ-MM-DD");
  }
  const mtvp::BuildResult result = mtvp::EvaluateRegion(pos[0], peildatum);
  if (!result.fatal.empty()) {
    PrintDiagnostics(result.problemen, pos[0] + "/");
    std::cerr << "mtvp-monitor: fout: " << result.fatal << "\n";
    return kFatal;
  }
  for (const mtvp::PraktijkResultaat& p : result.report->praktijken) {
    if (p.praktijk.agb == pos[1]) {
      std::cout << mtvp::ExplainPraktijk(*result.report, p, jaar);
      return kOk;
    }
  }
  std::cerr << "mtvp-monitor: fout: AGB-code " << pos[1] << " staat niet in " << pos[0] << "/praktijken.json\n";
  return kInputProblems;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return Usage("geen opdracht gegeven");
  const std::string& command = args[0];
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kUsageText;
    return kOk;
  }
  if (command == "--version") {
    std::cout << "mtvp-monitor " << mtvp::kVersion << "\n";
    return kOk;
  }
  if (command == "build") return RunBuildCommand(rest);
  if (command == "check") return RunCheckCommand(rest);
  if (command == "explain") return RunExplainCommand(rest);
  return Usage("onbekende opdracht \"" + command + "\"");
}
