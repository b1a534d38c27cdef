#include "render/json/results_json.h"

#include "base/json_writer.h"
#include "model/vocabulary.h"
#include "report/regio_model.h"

namespace mtvp {
namespace {

void Member(JsonWriter& w, std::string_view key, std::string_view value) {
  w.Key(key);
  w.String(value);
}

void VerdictJson(JsonWriter& w, const Verdict& v) {
  w.BeginObject();
  Member(w, "regel", v.regel);
  Member(w, "onderdeel", Name(v.onderdeel));
  w.Key("kernelement"), w.TextOrNull(v.kernelement);
  w.Key("interventie"), w.TextOrNull(v.interventie);
  Member(w, "omschrijving", v.omschrijving);
  Member(w, "bron", v.bron);
  Member(w, "ernst", Name(v.ernst));
  Member(w, "zekerheid", Name(v.zekerheid));
  Member(w, "status", Name(v.status));
  Member(w, "werkelijk", v.werkelijk);
  Member(w, "vereist", v.vereist);
  w.Key("tekort"), w.TextOrNull(v.tekort);
  w.Key("werkelijk_getal"), w.Optional(v.werkelijk_getal);
  w.Key("vereist_getal"), w.Optional(v.vereist_getal);
  w.Key("tekort_getal"), w.Optional(v.tekort_getal);
  Member(w, "herkomst", v.herkomst);
  Member(w, "uitleg", v.uitleg);
  w.Key("afwijking");
  if (v.afwijking) {
    w.BeginObject();
    w.Key("geldig"), w.Bool(v.afwijking->geldig);
    Member(w, "reden", v.afwijking->reden);
    Member(w, "goedgekeurd_door", v.afwijking->goedgekeurd_door);
    Member(w, "geldig_tot", v.afwijking->geldig_tot.Iso());
    Member(w, "bron", v.afwijking->bron);
    w.EndObject();
  } else {
    w.Null();
  }
  w.EndObject();
}

void JaarJson(JsonWriter& w, const JaarResultaat& jr) {
  w.BeginObject();
  w.Key("jaar"), w.Int(jr.jaar);
  w.Key("periode");
  w.BeginObject();
  Member(w, "van", jr.periode.van.Iso());
  Member(w, "tot", jr.periode.tot.Iso());
  w.EndObject();
  Member(w, "uiterste_datum", jr.uiterste_datum.Iso());
  Member(w, "inzending", Name(jr.inzending));
  w.Key("bestand"), w.TextOrNull(jr.bestand);
  w.Key("ingediend_op");
  if (jr.gegevens) {
    w.String(jr.gegevens->ingediend_op.Iso());
  } else {
    w.Null();
  }
  w.Key("oordeel");
  if (!jr.Beoordeeld()) {
    w.Null();
    w.EndObject();
    return;
  }
  w.String(Name(jr.oordeel));
  w.Key("per_kernelement");
  w.BeginObject();
  for (const KernelementOordeel& k : jr.per_kernelement) Member(w, k.kernelement, Name(k.status));
  w.EndObject();
  Member(w, "intervisie", Name(jr.intervisie));
  w.Key("interventies");
  w.BeginArray();
  for (const InterventieKeuze& k : jr.interventies) {
    w.BeginObject();
    Member(w, "id", k.id);
    Member(w, "naam", k.naam);
    Member(w, "kernelement", k.kernelement);
    Member(w, "status", Name(k.status));
    w.Key("sinds_jaar");
    if (k.sinds_jaar) {
      w.Int(*k.sinds_jaar);
    } else {
      w.Null();
    }
    w.Key("telt_als"), w.TextOrNull(k.telt_als);
    w.Key("telt"), w.Bool(k.telt);
    w.Key("onderbouwing"), w.TextOrNull(k.onderbouwing);
    w.EndObject();
  }
  w.EndArray();
  w.Key("verdicts");
  w.BeginArray();
  for (const Verdict& v : jr.verdicts) VerdictJson(w, v);
  w.EndArray();
  w.EndObject();
}

template <typename K>
void Counts(JsonWriter& w, const std::map<K, size_t>& counts) {
  w.BeginObject();
  for (const auto& [status, n] : counts) {
    w.Key(Name(status));
    w.Int(static_cast<int64_t>(n));
  }
  w.EndObject();
}

// Where a practice is written: inside the root object (which has members
// before "praktijken") and its array, which holds `index` practices so far.
std::vector<JsonWriter::Open> InDePraktijken(size_t index) { return {{true, 1}, {false, static_cast<int>(index)}}; }

}  // namespace

std::string ResultsKop(const Report& report) {
  const Regioplan& plan = *report.plan;
  const ReportCounts& counts = report.regio->counts;
  JsonWriter w;
  w.BeginObject();
  Member(w, "formaat", kResultatenFormaat);
  Member(w, "regio", plan.regio);
  Member(w, "rho", plan.rho);
  Member(w, "programma", plan.programma);
  Member(w, "peildatum", report.peildatum.Iso());
  w.Key("samenvatting");
  w.BeginObject();
  w.Key("praktijken"), w.Int(static_cast<int64_t>(counts.praktijken));
  w.Key("uitgetreden"), w.Int(static_cast<int64_t>(counts.uitgetreden));
  w.Key("oordeel"), Counts(w, counts.per_oordeel);
  w.Key("inzendingen"), Counts(w, counts.per_inzending);
  w.Key("fouten"), w.Int(static_cast<int64_t>(counts.fouten));
  w.Key("waarschuwingen"), w.Int(static_cast<int64_t>(counts.waarschuwingen));
  w.EndObject();
  w.Key("praktijken");
  w.BeginArray();
  return std::move(w.out());
}

void AppendResultsPraktijk(const PraktijkResultaat& pr, size_t index, std::string* out) {
  JsonWriter w(InDePraktijken(index));
  const Praktijk& p = pr.praktijk;
  w.BeginObject();
  Member(w, "agb", p.agb);
  Member(w, "naam", p.naam);
  w.Key("wijk"), w.TextOrNull(p.wijk);
  w.Key("subregio"), w.TextOrNull(p.subregio);
  Member(w, "cohort", p.cohort);
  w.Key("normpraktijken"), w.Double(p.normpraktijken);
  w.Key("krachtige_basiszorg"), w.Bool(p.krachtige_basiszorg);
  // The registry facts the deelname rules read; null when the registry leaves them out.
  w.Key("achterstand_pct"), w.Optional(p.achterstand_pct);
  w.Key("koptarief");
  if (p.koptarief) {
    w.Bool(*p.koptarief);
  } else {
    w.Null();
  }
  w.Key("plangroep"), w.TextOrNull(p.plangroep);
  w.Key("uitgetreden_op");
  if (p.uitgetreden_op) {
    w.String(p.uitgetreden_op->Iso());
  } else {
    w.Null();
  }
  w.Key("uitgetreden"), w.Bool(pr.uitgetreden);
  w.Key("lopend_jaar"), w.Int(pr.lopend_jaar);
  Member(w, "oordeel", Name(pr.oordeel));
  w.Key("jaren");
  w.BeginArray();
  for (const JaarResultaat& jr : pr.jaren) JaarJson(w, jr);
  w.EndArray();
  w.EndObject();
  *out += w.out();
}

std::string ResultsStaart(const Report& report) {
  JsonWriter w(InDePraktijken(report.praktijken.size()));
  w.EndArray();
  w.Key("problemen");
  w.BeginArray();
  for (const Diagnostic& d : report.problemen) {
    w.BeginObject();
    Member(w, "ernst", d.severity == Severity::kFout ? "fout" : "waarschuwing");
    Member(w, "bestand", d.file);
    Member(w, "pad", d.pointer);
    Member(w, "melding", d.message);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.out() += '\n';
  return std::move(w.out());
}

std::string RenderResultsJson(const Beoordeling& beoordeling) {
  const Report& report = beoordeling.report;
  std::string out = ResultsKop(report);
  for (size_t i = 0; i < beoordeling.praktijken.size(); ++i) {
    AppendResultsPraktijk(beoordeling.praktijken[i], i, &out);
  }
  out += ResultsStaart(report);
  return out;
}

}  // namespace mtvp
