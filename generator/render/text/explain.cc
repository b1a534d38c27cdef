#include "render/text/explain.h"
#include "model/status_table.h"

#include <sstream>

#include "report/bron_tekst.h"

#include "model/vocabulary.h"

namespace mtvp {
namespace {

// Built by appending: GCC 12 at -O3 warns falsely (-Wrestrict) on "[" + std::string.
std::string Marker(Status s) {
  std::string out = "[";
  out += LookOf(s).kort;
  out += ']';
  return out;
}

// The letter goes to the practice: the same words as its page ("Uw
// inzending", "Gevraagd", "Tekort"), the source as the practice knows it, and
// no rule ids, file paths or assumptions (those are the project leader's).
void ExplainVerdict(std::ostringstream& out, const Regioplan& plan, const Verdict& v) {
  out << "  " << Marker(v.status) << " " << v.omschrijving;
  if (v.ernst != Ernst::kEis) out << " (" << ErnstVoorPraktijk(v.ernst) << ")";
  out << "\n";
  if (!v.werkelijk.empty() || !v.vereist.empty()) {
    out << "      Uw inzending: " << (v.werkelijk.empty() ? "-" : v.werkelijk)
        << "; gevraagd: " << (v.vereist.empty() ? "-" : v.vereist);
    if (!v.tekort.empty()) out << "; tekort: " << v.tekort;
    out << ".\n";
  }
  out << "      " << ZonderInterneVerwijzingen(v.uitleg) << "\n";
  if (const std::string bron = BronVoorPraktijk(plan, v.bron); !bron.empty()) out << "      Bron: " << bron << "\n";
}

void ExplainJaar(std::ostringstream& out, const Regioplan& plan, const JaarResultaat& jr) {
  out << "Programmajaar " << jr.jaar << " (" << jr.periode.van.Dutch() << " tot en met " << jr.periode.tot.Dutch()
      << ")\n";
  out << "Inzending: " << Name(jr.inzending);
  if (jr.gegevens) out << ", ontvangen op " << jr.gegevens->ingediend_op.Dutch();
  out << " (uiterste datum " << jr.uiterste_datum.Dutch() << ").\n";
  if (!jr.Beoordeeld()) {
    switch (jr.inzending) {
      case InzendStatus::kOntbreekt:
        out << "Er is geen inzending ontvangen; dit jaar kan niet worden beoordeeld.\n\n";
        break;
      case InzendStatus::kOngeldig:
        out << "De inzending (" << jr.bestand << ") bevat fouten en kon niet worden beoordeeld; "
            << "zie de lijst met invoerproblemen.\n\n";
        break;
      default: out << "Er valt voor dit jaar (nog) niets te beoordelen.\n\n";
    }
    return;
  }
  out << "Oordeel: " << Name(jr.oordeel) << ".\n\n";
  for (const Kernelement& ke : plan.kernelementen) {
    bool header = false;
    for (const Verdict& v : jr.verdicts) {
      if (v.kernelement != ke.id) continue;
      if (!header) {
        out << ke.naam << "\n";
        header = true;
      }
      ExplainVerdict(out, plan, v);
    }
  }
  bool header = false;
  for (const Verdict& v : jr.verdicts) {
    if (v.onderdeel != Onderdeel::kIntervisie) continue;
    if (!header) {
      out << "Intervisie\n";
      header = true;
    }
    ExplainVerdict(out, plan, v);
  }
  header = false;
  for (const Verdict& v : jr.verdicts) {
    if (v.onderdeel != Onderdeel::kDeelname) continue;
    if (!header) {
      out << "Krachtige basiszorg en koptarief\n";
      header = true;
    }
    ExplainVerdict(out, plan, v);
  }
  out << "\n";
}

}  // namespace

std::string ExplainPraktijk(const Report& report, const PraktijkResultaat& pr, std::optional<int> jaar) {
  const Regioplan& plan = *report.plan;
  const Praktijk& p = pr.praktijk;
  std::ostringstream out;
  out << "Aan: " << p.naam << " (AGB " << p.agb << ")\n";
  out << "Van: " << plan.rho << ", " << plan.programma << " " << plan.regio << "\n";
  out << "Peildatum: " << report.peildatum.Dutch() << "\n\n";
  out << "Beste collega's,\n\n";
  out << "Hieronder leest u per programmajaar hoe uw inzendingen zijn beoordeeld tegen het regioplan "
      << "van " << plan.regio << ". Bij elke regel staat wat u opgaf, wat het regioplan vraagt, "
      << "het eventuele tekort en waar de regel vandaan komt.\n";
  if (pr.uitgetreden) {
    out << "Uw praktijk is per " << p.uitgetreden_op->Dutch() << " uitgetreden uit het programma.\n";
  }
  out << "Totaaloordeel: " << Name(pr.oordeel) << ".\n\n";
  for (const JaarResultaat& jr : pr.jaren) {
    if (jaar && jr.jaar != *jaar) continue;
    ExplainJaar(out, plan, jr);
  }
  out << "Met vriendelijke groet,\n" << plan.rho << "\n";
  return out.str();
}

}  // namespace mtvp
