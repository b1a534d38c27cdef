// mtvp-monitor: flags in, diagnostics out, exit code. All work is done by the
// core library; this file only parses the command line and prints.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <new>
#include <system_error>
#include <thread>

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include "base/publish.h"
#include "build/build.h"
#include "build/verify.h"
#include "intake/intake_run.h"
#include "intake/voorlopig.h"
#include "load/check_files.h"
#include "model/vocabulary.h"
#include "render/text/explain.h"
#include "report/regio_model.h"
#include "synth/synth.h"
#include "version.h"

namespace {

/// Exit codes, documented in --help and the README.
enum ExitCode {
  kOk = 0,               // done, no input errors
  kInputProblems = 1,    // done, but some input had errors (listed); valid parts were used
  kUsage = 2,            // wrong command line
  kFatal = 3,            // nothing could be done: broken regioplan, unwritable output
  kNotReproducible = 4,  // --verify: a second build gave different bytes
  kVerifyFailed = 5,     // --verify: published, but the second build could not run
  kPdf = 6,              // --pdf: Chromium missing or it could not print; nothing published
};

constexpr const char* kUsageText = R"(Gebruik:
  mtvp-monitor build <regio-map> [--out MAP] [--peildatum JJJJ-MM-DD]
                    [--praktijk-werkboeken] [--pdf] [--min-cel N] [--verify]
                    [--threads N] [--tijden]
      Beoordeelt alle praktijken van de regio en schrijft de resultaten
      (standaard naar site/): het overzicht index.html, per praktijk
      praktijken/<agb>/index.html, de rapportage zorgverzekeraar/index.html
      en de Excel-werkboeken in downloads/.
      Schrijft ook verzenden/verzendlijst.xlsx: per praktijk het
      e-mailadres, het eindoordeel, de bijlagen, een onderwerp en een
      openingszin (voor samenvoegen in Word of Outlook).
      Drukt een korte samenvatting af.
      --min-cel N            de rapportage voor de zorgverzekeraar toont geen
                             cijfer over minder dan N praktijken (standaard 5)
      --praktijk-werkboeken  schrijft ook per praktijk een eigen werkboek
                             (downloads/praktijk-<agb>.xlsx)
      --pdf                  drukt elke praktijkpagina af naar A4-pdf
                             (verzenden/<agb>.pdf) met Chromium (headless);
                             de browser is chromium in het PATH, of het pad
                             in de omgevingsvariabele MTVP_CHROMIUM
      --verify               bouwt daarna nog een keer in een tijdelijke map,
                             met een ander aantal threads, en vergelijkt elk
                             bestand byte voor byte
      --threads N            aantal threads (standaard: alle processorkernen);
                             de uitvoer is bij elk aantal dezelfde
      --tijden               drukt af hoe lang elke stap duurde
      Op een terminal toont stderr de voortgang van het schrijven.
  mtvp-monitor check [--regio MAP] <bestand.json>...
      Controleert inzendingen zonder iets te schrijven. De regiomap wordt
      gevonden door omhoog te zoeken naar regioplan.json, of met --regio.
  mtvp-monitor check --regio MAP <inzending.json | werkboek.xlsx>...
      Drukt ook het voorlopig oordeel af: het oordeel dat de inzending zou
      krijgen, met elke eis en elk advies waaraan niet voldaan is en het
      tekort.
  mtvp-monitor check <regio-map>
      Controleert alleen regioplan.json en praktijken.json (zonder
      inzendingen).
  mtvp-monitor explain <regio-map> <agb> [--jaar N] [--peildatum JJJJ-MM-DD]
      Legt per regel uit waarom een praktijk wel of niet voldoet, als brief.
  mtvp-monitor synth --out MAP [--praktijken N] [--seed S]
                    [--regioplan BESTAND]
      Schrijft een synthetische regio om mee te testen (verzonnen
      praktijken): regioplan.json, praktijken.json, afwijkingen.json,
      inzendingen/<agb>/jaar-<n>.json en synth-manifest.json (wat elke
      praktijk moet laten zien, en welke inzendingen met opzet ongeldig
      zijn). Dezelfde seed geeft dezelfde bestanden.
      --praktijken N         aantal praktijken, 1 tot 100000 (standaard 1000)
      --seed S               startwaarde van de toevalsgenerator (standaard 1)
      --regioplan BESTAND    regioplan om voor te genereren (standaard het
                             ingebouwde plan van Oost-Gelderland)
      Weigert een bestaande map die niet leeg is en niet door mtvp-monitor
      is gemaakt.
  mtvp-monitor uitvraag <regio-map> [--jaar N] [--out MAP] [--peildatum JJJJ-MM-DD]
  mtvp-monitor uitvraag <regio-map> --uit-inzending <inzending.json> [--out MAP]
      Schrijft per praktijk met een programmajaar om over te rapporteren
      (begonnen op de peildatum, niet uitgetreden) een invulwerkboek
      <agb>-jaar-<n>.xlsx (standaard naar uitvraag/), gemaakt uit het
      regioplan. Met --uit-inzending: één werkboek, ingevuld met die
      inzending (om terug te sturen ter correctie).
      --jaar N               alleen dit programmajaar (1, 2 of 3)
  mtvp-monitor import <regio-map> <werkboek.xlsx>... [--ontvangen-op JJJJ-MM-DD]
                    [--vervang]
      Leest ingevulde werkboeken en schrijft inzendingen/<agb>/jaar-<n>.json.
      Meldt elk probleem bij zijn cel; voor een werkboek met fouten wordt
      niets geschreven.
      --ontvangen-op D       ingediend_op van de inzending (standaard: de
                             datum die het werkboek bewaarde, anders vandaag)
      --vervang              vervangt een bestaande inzending met een andere
                             inhoud (zonder: afsluitcode 1)
  mtvp-monitor --help | --version

Afsluitcodes:
  0  klaar, geen fouten in de invoer
  1  klaar, maar (een deel van) de invoer bevat fouten; die staan hierboven
     en in de resultaten, de geldige delen zijn wel verwerkt
  2  verkeerd gebruik van de opdrachtregel
  3  niets gedaan: het regioplan is onbruikbaar of de uitvoer kan niet
     worden geschreven
  4  --verify: een tweede bouw gaf niet dezelfde bestanden
  5  --verify: de uitvoer is gepubliceerd, maar de controlebouw kon niet
     worden gedaan
  6  --pdf: Chromium ontbreekt of kon een pagina niet afdrukken; niets
     gepubliceerd, de vorige uitvoer is ongewijzigd
  130, 143  afgebroken met Ctrl-C (SIGINT) of SIGTERM; de vorige uitvoer is
     ongewijzigd
)";

int Usage(const std::string& problem) {
  std::cerr << "mtvp-monitor: fout: " << problem << "\n\n" << kUsageText;
  return kUsage;
}

void PrintDiagnostics(const std::vector<mtvp::Diagnostic>& diags, const std::string& prefix) {
  for (const mtvp::Diagnostic& d : diags) {
    std::cerr << "mtvp-monitor: " << (d.severity == mtvp::Severity::kFout ? "fout: " : "waarschuwing: ") << prefix
              << d.Format() << "\n";
  }
}

std::optional<mtvp::Date> ParsePeildatum(const std::string& text) { return mtvp::Date::Parse(text); }

// Splits argv into positional arguments and --flag values; returns false on
// an unknown flag or a flag without its value. `switches` are flags without a
// value; they get the value "ja".
bool ParseArgs(const std::vector<std::string>& args, const std::vector<std::string>& flags,
               std::vector<std::string>* positional, std::vector<std::pair<std::string, std::string>>* values,
               std::string* problem, const std::vector<std::string>& switches = {}) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (std::find(switches.begin(), switches.end(), a) != switches.end()) {
      values->emplace_back(a, "ja");
      continue;
    }
    if (a.starts_with("--")) {
      std::string name = a, value;
      const size_t eq = a.find('=');
      if (eq != std::string::npos) {
        name = a.substr(0, eq);
        value = a.substr(eq + 1);
      }
      if (std::find(flags.begin(), flags.end(), name) == flags.end()) {
        *problem = std::find(switches.begin(), switches.end(), name) != switches.end()
                       ? "optie " + name + " heeft geen waarde"
                       : "onbekende optie " + name;
        return false;
      }
      if (eq == std::string::npos) {
        if (i + 1 >= args.size()) {
          *problem = "optie " + name + " mist een waarde";
          return false;
        }
        value = args[++i];
      }
      if (value.empty()) {
        *problem = "optie " + name + " heeft een lege waarde";
        return false;
      }
      values->emplace_back(name, value);
    } else {
      positional->push_back(a);
    }
  }
  for (size_t i = 0; i < values->size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if ((*values)[j].first == (*values)[i].first) {
        *problem = "optie " + (*values)[i].first + " is meer dan eens gegeven";
        return false;
      }
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

/// "schrijven: 1234 van 5007" on one terminal line, redrawn at most every
/// tenth of a second; build jobs report from several threads.
class ProgressLine {
 public:
  void Update(size_t klaar, size_t totaal) {
    const std::lock_guard<std::mutex> lock(mutex_);
    const auto now = std::chrono::steady_clock::now();
    if (klaar < totaal && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    Write("\r\033[Kmtvp-monitor: schrijven: " + std::to_string(klaar) + " van " + std::to_string(totaal) +
          " onderdelen");
    shown_ = true;
  }
  void Clear() {
    if (shown_) Write("\r\033[K");
  }

 private:
  // Its own copy of the terminal: while workbooks are written, descriptor 2
  // points into the pipe that swallows libxlsxwriter's lines.
  void Write(const std::string& text) {
    if (fd_ < 0) return;
    [[maybe_unused]] const ssize_t n = ::write(fd_, text.data(), text.size());
  }
  int fd_ = ::fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);  // taken before any workbook is opened
  std::mutex mutex_;
  std::chrono::steady_clock::time_point last_{};
  bool shown_ = false;
};

int RunBuildCommand(const std::vector<std::string>& args) {
  std::vector<std::string> pos;
  std::vector<std::pair<std::string, std::string>> values;
  std::string problem;
  if (!ParseArgs(args, {"--out", "--peildatum", "--min-cel", "--threads"}, &pos, &values, &problem,
                 {"--praktijk-werkboeken", "--pdf", "--verify", "--tijden"})) {
    return Usage(problem);
  }
  if (pos.size() != 1) return Usage("build verwacht precies één regiomap");
  mtvp::BuildOptions options;
  if (pos[0].empty()) return Usage("build verwacht een regiomap, niet een lege naam");
  options.region_dir = pos[0];
  options.praktijk_werkboeken = !Flag(values, "--praktijk-werkboeken").empty();
  if (const std::string out = Flag(values, "--out"); !out.empty()) options.out_dir = out;
  if (std::string apart; !mtvp::OutputApartFromInput(options.out_dir, options.region_dir, &apart)) {
    return Usage(apart);
  }
  if (const std::string n = Flag(values, "--min-cel"); !n.empty()) {
    if (n.size() > 4 || n.find_first_not_of("0123456789") != std::string::npos || std::stoi(n) < 1) {
      return Usage("--min-cel verwacht een geheel getal van minstens 1, niet \"" + n + "\"");
    }
    options.min_cel = std::stoi(n);
  }
  if (const std::string p = Flag(values, "--peildatum"); !p.empty()) {
    options.peildatum = ParsePeildatum(p);
    if (!options.peildatum) return Usage("ongeldige peildatum \"" + p + "\"; verwacht JJJJ-MM-DD");
  }
  if (const std::string n = Flag(values, "--threads"); !n.empty()) {
    if (n.size() > 3 || n.find_first_not_of("0123456789") != std::string::npos || std::stoi(n) < 1) {
      return Usage("--threads verwacht een geheel getal van 1 tot en met 999, niet \"" + n + "\"");
    }
    options.threads = std::stoi(n);
  }
  if (!Flag(values, "--pdf").empty()) {
    std::string missing;
    const std::optional<std::filesystem::path> chromium =
        mtvp::FindChromium(std::getenv("MTVP_CHROMIUM"), std::getenv("PATH"), &missing);
    if (!chromium) {
      std::cerr << "mtvp-monitor: fout: " << missing << "\n";
      return kPdf;
    }
    options.pdf = std::make_shared<mtvp::ChromiumPrinter>(*chromium);
  }
  ProgressLine progress;
  if (::isatty(STDERR_FILENO)) {
    options.voortgang = [&progress](size_t klaar, size_t totaal) { progress.Update(klaar, totaal); };
  }
  const mtvp::BuildResult result = mtvp::RunBuild(options);
  progress.Clear();
  PrintDiagnostics(result.problemen, options.region_dir.string() + "/");
  if (!result.fatal.empty()) {
    std::cerr << "mtvp-monitor: fout: " << result.fatal << "\n";
    if (mtvp::StopSignal()) return 128 + mtvp::StopSignal();
    return result.pdf_mislukt ? kPdf : kFatal;
  }
  const mtvp::Report& report = *result.report;
  const mtvp::ReportCounts& c = report.regio->counts;
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
  if (!Flag(values, "--tijden").empty()) {
    std::cout << "  tijden:";
    sep = " ";
    for (const mtvp::BuildStap& stap : result.stappen) {
      char seconden[32];
      std::snprintf(seconden, sizeof seconden, "%.3f", stap.seconden);
      std::cout << sep << stap.naam << " " << seconden << " s";
      sep = ", ";
    }
    std::cout << "\n";
  }
  if (!Flag(values, "--verify").empty()) {
    const mtvp::VerifyResult v = mtvp::VerifyReproducible(options);
    if (!v.fatal.empty()) {
      std::cerr << "mtvp-monitor: fout: de uitvoer is gepubliceerd, maar de controlebouw (--verify) is mislukt: "
                << v.fatal << "\n";
      return mtvp::StopSignal() ? 128 + mtvp::StopSignal() : kVerifyFailed;
    }
    if (!v.verschillen.empty()) {
      for (const std::string& f : v.verschillen) std::cerr << "mtvp-monitor: fout: niet reproduceerbaar: " << f << "\n";
      return kNotReproducible;
    }
    std::cout << "  reproduceerbaar: een tweede bouw gaf dezelfde " << v.vergeleken << " bestanden, byte voor byte\n";
  }
  return c.fouten > 0 ? kInputProblems : kOk;
}

std::optional<mtvp::Date> Today();

int RunCheckRegioCommand(const std::string& dir) {
  const mtvp::intake::RegioCheckResult result = mtvp::intake::CheckRegio(dir);
  PrintDiagnostics(result.problemen.all(), "");
  if (!result.bruikbaar) {
    std::cerr << "mtvp-monitor: fout: " << dir << ": regioplan of praktijken.json is niet bruikbaar\n";
    return kFatal;
  }
  std::cout << "mtvp-monitor: " << result.samenvatting << "; "
            << (result.problemen.HasErrors() ? "met fouten (zie hierboven)" : "in orde") << "\n";
  return result.problemen.HasErrors() ? kInputProblems : kOk;
}

int RunCheckVoorlopigCommand(const std::string& region, const std::vector<std::string>& pos) {
  std::vector<std::filesystem::path> files(pos.begin(), pos.end());
  const mtvp::intake::VoorlopigResult result = mtvp::intake::CheckVoorlopig(region, files, *Today());
  for (const std::string& w : result.waarschuwingen) std::cerr << "mtvp-monitor: waarschuwing: " << w << "\n";
  for (const std::string& f : result.fouten) std::cerr << "mtvp-monitor: fout: " << f << "\n";
  if (!result.fatal.empty()) {
    std::cerr << "mtvp-monitor: fout: " << result.fatal << "\n";
    return kFatal;
  }
  std::cout << result.oordelen;
  std::cout << "mtvp-monitor: " << result.valid << " van " << result.files << " inzending(en) in orde\n";
  return result.fouten.empty() ? kOk : kInputProblems;
}

int RunCheckCommand(const std::vector<std::string>& args) {
  std::vector<std::string> pos;
  std::vector<std::pair<std::string, std::string>> values;
  std::string problem;
  if (!ParseArgs(args, {"--regio"}, &pos, &values, &problem)) return Usage(problem);
  if (pos.empty()) return Usage("check verwacht minstens één bestand");
  if (pos.size() == 1 && Flag(values, "--regio").empty() && std::filesystem::is_directory(pos[0])) {
    return RunCheckRegioCommand(pos[0]);
  }
  if (const std::string r = Flag(values, "--regio"); !r.empty()) return RunCheckVoorlopigCommand(r, pos);
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
  const mtvp::BuildResult result = mtvp::EvaluatePraktijk(pos[0], peildatum, pos[1]);
  if (!result.fatal.empty()) {
    PrintDiagnostics(result.problemen, pos[0] + "/");
    std::cerr << "mtvp-monitor: fout: " << result.fatal << "\n";
    return kFatal;
  }
  if (!result.onbekende_praktijk.empty()) {
    std::cerr << "mtvp-monitor: fout: " << pos[0] << ": " << result.onbekende_praktijk << "\n";
    return kInputProblems;
  }
  std::cout << mtvp::ExplainPraktijk(*result.report, result.volledig.front(), jaar);
  return kOk;
}

// Digits only, at most `max_digits` of them.
std::optional<uint64_t> ParseCount(const std::string& text, size_t max_digits) {
  if (text.empty() || text.size() > max_digits || text.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  return std::stoull(text);
}

int RunSynthCommand(const std::vector<std::string>& args) {
  std::vector<std::string> pos;
  std::vector<std::pair<std::string, std::string>> values;
  std::string problem;
  if (!ParseArgs(args, {"--out", "--praktijken", "--seed", "--regioplan"}, &pos, &values, &problem)) {
    return Usage(problem);
  }
  if (!pos.empty()) return Usage("synth verwacht geen losse argumenten, alleen opties (gebruik --out MAP)");
  mtvp::SynthOptions options;
  const std::string out = Flag(values, "--out");
  if (out.empty()) return Usage("synth verwacht --out MAP");
  options.out_dir = out;
  if (const std::string n = Flag(values, "--praktijken"); !n.empty()) {
    const auto count = ParseCount(n, 6);
    if (!count || *count < 1 || *count > static_cast<uint64_t>(mtvp::kMaxSynthPraktijken)) {
      return Usage("--praktijken verwacht een aantal van 1 tot en met " + std::to_string(mtvp::kMaxSynthPraktijken) +
                   ", niet \"" + n + "\"");
    }
    options.praktijken = static_cast<int>(*count);
  }
  if (const std::string seed = Flag(values, "--seed"); !seed.empty()) {
    const auto value = ParseCount(seed, 19);
    if (!value) return Usage("--seed verwacht een geheel getal van 0 tot en met 19 cijfers, niet \"" + seed + "\"");
    options.seed = *value;
  }
  if (const std::string plan = Flag(values, "--regioplan"); !plan.empty()) options.regioplan = plan;
  std::string error;
  mtvp::SynthSummary summary;
  if (!mtvp::WriteSyntheticRegion(options, &error, &summary)) {
    std::cerr << "mtvp-monitor: fout: " << error << "\n";
    return mtvp::StopSignal() ? 128 + mtvp::StopSignal() : kFatal;
  }
  std::cout << "mtvp-monitor: synthetische regio " << summary.regio << " (seed " << options.seed << "), peildatum "
            << summary.peildatum.Dutch() << "\n";
  std::cout << "  praktijken: " << summary.praktijken << ", inzendingen: " << summary.inzendingen << " (waarvan "
            << summary.ongeldig << " met opzet ongeldig), afwijkingen: " << summary.afwijkingen << "\n";
  std::cout << "  geschreven naar " << options.out_dir.string() << "/: " << summary.bestanden << " bestanden, met "
            << mtvp::kSynthManifest << "\n";
  return kOk;
}

std::optional<mtvp::Date> Today() {
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return mtvp::Date{1970, 1, 1}.AddDays(days.time_since_epoch().count());
}

int RunUitvraagCommand(const std::vector<std::string>& args) {
  std::vector<std::string> pos;
  std::vector<std::pair<std::string, std::string>> values;
  std::string problem;
  if (!ParseArgs(args, {"--jaar", "--out", "--peildatum", "--uit-inzending"}, &pos, &values, &problem)) {
    return Usage(problem);
  }
  if (pos.size() != 1) return Usage("uitvraag verwacht precies één regiomap");
  mtvp::intake::UitvraagOptions options;
  options.region_dir = pos[0];
  if (const std::string out = Flag(values, "--out"); !out.empty()) options.out_dir = out;
  if (const std::string j = Flag(values, "--jaar"); !j.empty()) {
    if (j != "1" && j != "2" && j != "3") return Usage("--jaar is 1, 2 of 3");
    options.jaar = j[0] - '0';
  }
  if (const std::string p = Flag(values, "--peildatum"); !p.empty()) {
    options.peildatum = ParsePeildatum(p);
    if (!options.peildatum) return Usage("ongeldige peildatum \"" + p + "\"; verwacht JJJJ-MM-DD");
  }
  if (const std::string u = Flag(values, "--uit-inzending"); !u.empty()) {
    if (options.jaar || options.peildatum) return Usage("--uit-inzending gaat niet samen met --jaar of --peildatum");
    options.uit_inzending = u;
  }
  const mtvp::intake::UitvraagResult result = mtvp::intake::RunUitvraag(options);
  PrintDiagnostics(result.problemen.all(), "");
  if (!result.fatal.empty()) {
    std::cerr << "mtvp-monitor: fout: " << result.fatal << "\n";
    return kFatal;
  }
  std::cout << "mtvp-monitor: " << result.geschreven.size() << " werkboek(en) geschreven naar "
            << options.out_dir.string() << "/";
  if (result.overgeslagen) std::cout << " (" << result.overgeslagen << " praktijk(en) zonder programmajaar)";
  std::cout << "\n";
  return kOk;
}

int RunImportCommand(const std::vector<std::string>& args) {
  std::vector<std::string> pos;
  std::vector<std::pair<std::string, std::string>> values;
  std::string problem;
  if (!ParseArgs(args, {"--ontvangen-op"}, &pos, &values, &problem, {"--vervang"})) return Usage(problem);
  if (pos.size() < 2) return Usage("import verwacht een regiomap en minstens één werkboek");
  mtvp::intake::ImportOptions options;
  options.region_dir = pos[0];
  options.werkboeken.assign(pos.begin() + 1, pos.end());
  options.vervang = !Flag(values, "--vervang").empty();
  options.vandaag = *Today();
  if (const std::string d = Flag(values, "--ontvangen-op"); !d.empty()) {
    options.ontvangen_op = mtvp::Date::Parse(d);
    if (!options.ontvangen_op) return Usage("ongeldige datum bij --ontvangen-op \"" + d + "\"; verwacht JJJJ-MM-DD");
  }
  const mtvp::intake::ImportResult result = mtvp::intake::RunImport(options);
  for (const std::string& w : result.waarschuwingen) std::cerr << "mtvp-monitor: waarschuwing: " << w << "\n";
  for (const std::string& f : result.fouten) std::cerr << "mtvp-monitor: fout: " << f << "\n";
  if (!result.fatal.empty()) {
    std::cerr << "mtvp-monitor: fout: " << result.fatal << "\n";
    return kFatal;
  }
  for (const std::string& f : result.geschreven) std::cout << "  geschreven: " << f << "\n";
  for (const std::string& f : result.ongewijzigd) std::cout << "  ongewijzigd: " << f << "\n";
  std::cout << "mtvp-monitor: " << result.geschreven.size() << " inzending(en) geschreven, "
            << result.ongewijzigd.size() << " ongewijzigd, " << result.fouten.size() << " fout(en)\n";
  return result.fouten.empty() ? kOk : kInputProblems;
}

/// SIGINT and SIGTERM are taken by one thread of their own (blocked in every
/// other thread), which tells the stages to stop: the run then removes its
/// staging folder and ends with 128 + the signal, and the previous output stays.
void HandleStopSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  if (::pthread_sigmask(SIG_BLOCK, &set, nullptr) != 0) return;
  std::thread([set] {
    for (;;) {
      int signal = 0;
      if (::sigwait(&set, &signal) == 0) mtvp::StopRequested(signal);
    }
  }).detach();
}

int Run(const std::vector<std::string>& args);

/// The common system errors in Dutch; others as the system words them.
std::string Reden(const std::error_code& code) {
  switch (code.value()) {
    case EAGAIN: return "onvoldoende systeembronnen (geheugen of threads)";
    case ENOMEM: return "onvoldoende geheugen";
    case EMFILE:
    case ENFILE: return "te veel open bestanden (verhoog de limiet, bijvoorbeeld met ulimit -n)";
    case ENOSPC: return "de schijf is vol";
    case EACCES:
    case EPERM: return "geen toestemming";
    case ENOENT: return "bestaat niet";
    default: return code.message();
  }
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  // Out of memory, too few file descriptors or a file system error end with a
  // message in the usual form; unwinding removes the staging folder, so the
  // previous output stays and nothing half-made is left.
  try {
    HandleStopSignals();
    const int code = Run(args);
    std::cout.flush();
    if (!std::cout) {
      std::cerr << "mtvp-monitor: fout: kan de samenvatting niet naar de standaarduitvoer schrijven\n";
      return kFatal;
    }
    return code;
  } catch (const std::bad_alloc&) {
    std::cerr << "mtvp-monitor: fout: onvoldoende geheugen; niets gepubliceerd, de vorige uitvoer is ongewijzigd\n";
  } catch (const std::filesystem::filesystem_error& e) {
    std::cerr << "mtvp-monitor: fout: bestandssysteem: " << e.path1().string() << ": " << Reden(e.code())
              << "; niets gepubliceerd, de vorige uitvoer is ongewijzigd\n";
  } catch (const std::system_error& e) {
    std::cerr << "mtvp-monitor: fout: systeemfout: " << Reden(e.code())
              << "; niets gepubliceerd, de vorige uitvoer is ongewijzigd\n";
  } catch (const std::exception& e) {
    std::cerr << "mtvp-monitor: fout: onverwachte fout: " << e.what()
              << "; niets gepubliceerd, de vorige uitvoer is ongewijzigd\n";
  }
  return kFatal;
}

namespace {

int Run(const std::vector<std::string>& args) {
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
  if (command == "synth") return RunSynthCommand(rest);
  if (command == "uitvraag") return RunUitvraagCommand(rest);
  if (command == "import") return RunImportCommand(rest);
  return Usage("onbekende opdracht \"" + command + "\"");
}

}  // namespace
