// zorgverzekeraar.xlsx: the insurer's workbook, with the figures of the
// shared ZorgverzekeraarModel (aggregates.h), the same the insurer page
// shows: no AGB code, no practice name, no free text from submissions.
// Hidden figures read "x", programme years not yet due "–"; charts read a
// numeric copy where those are left blank, so a hidden figure never shows up
// as a bar either. The design: docs/zorgverzekeraar-afscherming.md.
#include <algorithm>
#include <string>

#include "model/report.h"
#include "model/vocabulary.h"
#include "render/xlsx/writers.h"
#include "render/xlsx/xlsx_workbook.h"
#include "report/aggregates.h"

namespace mtvp::xlsx {
namespace {

constexpr const char* kGrafiekdata = "Grafiekdata";

std::string Label(const Cijfer& c) { return c.zicht == Zicht::kNietVerschuldigd ? "–" : "x"; }

/// Writes a figure: the number when it is shown, else "x" or "–".
void Schrijf(Tabel* t, const Cijfer& c, lxw_format* format = nullptr) {
  if (c.Getoond()) {
    t->Number(c.waarde, format);
  } else {
    t->Text(Label(c), t->sheet().formats().rechts);
  }
}

void Samenvatting(Workbook* wb, const Report& report, const ZorgverzekeraarModel& m) {
  Sheet s = wb->AddSheet("Samenvatting");
  const Regioplan& plan = *report.plan;
  const Formats& f = s.formats();
  s.Width(0, 42);
  s.Width(1, 16);
  s.Title(0, plan.programma + " " + plan.regio + ": overzicht voor de zorgverzekeraar");
  lxw_row_t r = 2;
  auto tekst = [&](const std::string& label, const std::string& value) {
    s.Text(r, 0, label, f.label);
    s.Text(r++, 1, value);
  };
  tekst("Regio", plan.regio);
  tekst("RHO", plan.rho);
  tekst("Programma", plan.programma);
  s.Text(r, 0, "Peildatum", f.label);
  s.DateCell(r++, 1, report.peildatum);
  s.Text(r, 0, "Deelnemende praktijken (ook uitgetreden)", f.label);
  if (m.praktijken.Getoond()) {
    s.Number(r++, 1, m.praktijken.waarde, f.getal);
  } else {
    s.Text(r++, 1, "x", f.rechts);
  }
  ++r;
  s.Text(r++, 0, "Afscherming", f.label);
  s.Text(r, 0, "x");
  s.Text(r++, 1,
         "niet getoond: dit aantal of zijn tegenhanger (wie wel en wie niet) gaat over minder dan " +
             std::to_string(m.min_cel) + " praktijken");
  s.Text(r, 0, "–");
  s.Text(r++, 1, "programmajaar nog voor geen cohort afgelopen");
  s.Text(r++, 0,
         "Cohorten met minder dan " + std::to_string(m.min_cel) +
             " praktijken zijn samengevoegd; percentages zijn alleen uit getoonde aantallen berekend.");
  ++r;
  s.Text(r++, 0, "Werkbladen", f.label);
  const std::pair<const char*, const char*> bladen[] = {
      {"Oordeel", "per programmajaar en cohort: voldoet, voldoet niet of onvolledig, geen oordeel, op tijd"},
      {"Onderdelen", "per programmajaar: praktijken zonder tekort per kernelement en voor intervisie"},
      {"Interventies", "hoeveel praktijken elke interventie per programmajaar meetelden"},
      {"Cijfers", "gemelde cijfers per programmajaar: totaal, mediaan of aantal met ja"},
      {"Intervisie", "gemelde bijeenkomsten per soort en programmajaar"},
      {"Grafieken", "percentage dat voldoet en gekozen interventies, als grafiek"},
      {kGrafiekdata, "de getallen achter de grafieken (niet getoonde cijfers leeg)"},
  };
  for (const auto& [naam, wat] : bladen) {
    s.Text(r, 0, naam);
    s.Text(r++, 1, wat);
  }
  s.OnePage();
  worksheet_activate(s.raw());
}

void Oordeel(Workbook* wb, const ZorgverzekeraarModel& m) {
  std::vector<Kolom> kolommen = {{"Programmajaar", 14, 14}, {"Cohort", 12, 40}};
  for (const char* kop : {"Verschuldigd", "Voldoet", "Voldoet niet, onvolledig of geen oordeel",
                          "Voldoet niet of onvolledig", "Geen oordeel", "Beoordeeld", "Op tijd", "Niet op tijd",
                          "% voldoet", "% voldoet van beoordeeld", "% beoordeeld", "% op tijd"}) {
    kolommen.push_back({kop, 10, 14});
  }
  Tabel t(wb->AddSheet("Oordeel"), kolommen);
  lxw_format* pct = t.sheet().formats().percentage;
  for (const ZvJaar& j : m.jaren) {
    for (const ZvGroep& g : j.groepen) {
      t.Rij();
      t.Number(j.jaar);
      t.Text(g.naam);
      for (const Cijfer* c : {&g.verschuldigd, &g.voldoet.ja, &g.voldoet.nee, &g.niet_of_geen.ja, &g.niet_of_geen.nee,
                              &g.beoordeeld, &g.op_tijd.ja, &g.op_tijd.nee}) {
        Schrijf(&t, *c);
      }
      for (const Cijfer* c :
           {&g.voldoet.aandeel, &g.aandeel_voldoet_van_beoordeeld, &g.aandeel_beoordeeld, &g.op_tijd.aandeel}) {
        Schrijf(&t, *c, pct);
      }
    }
  }
  t.Finish(2);
}

void Onderdelen(Workbook* wb, const ZorgverzekeraarModel& m) {
  Tabel t(wb->AddSheet("Onderdelen"), {{"Programmajaar", 14, 14},
                                       {"Onderdeel", 16, 35},
                                       {"Beoordeeld zonder tekort", 10, 14},
                                       {"Tekort of geen oordeel", 10, 14},
                                       {"% zonder tekort", 10, 12}});
  for (const ZvJaar& j : m.jaren) {
    for (size_t i = 0; i < m.onderdelen.size(); ++i) {
      t.Rij();
      t.Number(j.jaar);
      t.Text(m.onderdelen[i]);
      Schrijf(&t, j.onderdelen[i].ja);
      Schrijf(&t, j.onderdelen[i].nee);
      Schrijf(&t, j.onderdelen[i].aandeel, t.sheet().formats().percentage);
    }
  }
  t.Finish(2);
}

void Interventies(Workbook* wb, const ZorgverzekeraarModel& m) {
  std::vector<Kolom> kolommen = {{"Kernelement", 14, 30}, {"Interventie", 16, 50}};
  for (int jaar = 1; jaar <= kProgrammajaren; ++jaar) {
    kolommen.push_back({"Praktijken jaar " + std::to_string(jaar), 10, 12});
    kolommen.push_back({"% jaar " + std::to_string(jaar), 10, 12});
  }
  Tabel t(wb->AddSheet("Interventies"), kolommen);
  for (size_t i = 0; i < m.interventies.size(); ++i) {
    t.Rij();
    t.Text(m.interventies[i].kernelement);
    t.Text(m.interventies[i].naam);
    for (const ZvJaar& j : m.jaren) {
      Schrijf(&t, j.interventies[i].ja);
      Schrijf(&t, j.interventies[i].aandeel, t.sheet().formats().percentage);
    }
  }
  t.Finish(2);
}

std::string AggregaatNaam(MetriekAggregaat a) {
  switch (a) {
    case MetriekAggregaat::kSom: return "totaal";
    case MetriekAggregaat::kMediaan: return "mediaan";
    case MetriekAggregaat::kJaNee: return "praktijken met ja";
  }
  return "";
}

void Cijfers(Workbook* wb, const ZorgverzekeraarModel& m) {
  std::vector<Kolom> kolommen = {{"Cijfer", 16, 50}, {"Eenheid", 10, 16}, {"Samengevat als", 12, 18}};
  for (int jaar = 1; jaar <= kProgrammajaren; ++jaar) {
    kolommen.push_back({"Jaar " + std::to_string(jaar), 10, 12});
    kolommen.push_back({"Gemeld door jaar " + std::to_string(jaar), 10, 12});
  }
  Tabel t(wb->AddSheet("Cijfers"), kolommen);
  for (size_t i = 0; i < m.metrieken.size(); ++i) {
    const ZvMetriekRij& mr = m.metrieken[i];
    t.Rij();
    t.Text(mr.label);
    t.Text(mr.eenheid);
    t.Text(AggregaatNaam(mr.aggregaat));
    for (const ZvJaar& j : m.jaren) {
      const ZvMetriek& zm = j.metrieken[i];
      Schrijf(&t, mr.aggregaat == MetriekAggregaat::kJaNee ? zm.ja.ja : zm.waarde);
      Schrijf(&t, zm.gemeld.ja);
    }
  }
  t.Finish(1);
}

void Intervisie(Workbook* wb, const ZorgverzekeraarModel& m) {
  Tabel t(wb->AddSheet("Intervisie"), {{"Programmajaar", 14, 14},
                                       {"Soort bijeenkomst", 16, 30},
                                       {"Praktijken", 10, 12},
                                       {"Bijeenkomsten", 10, 14},
                                       {"Deelnames", 10, 14}});
  for (const ZvJaar& j : m.jaren) {
    for (size_t i = 0; i < m.intervisie_soorten.size(); ++i) {
      t.Rij();
      t.Number(j.jaar);
      t.Text(m.intervisie_soorten[i]);
      Schrijf(&t, j.intervisie[i].praktijken.ja);
      Schrijf(&t, j.intervisie[i].bijeenkomsten);
      Schrijf(&t, j.intervisie[i].deelnames);
    }
  }
  t.Finish(2);
}

/// A chart series per programme year over rows [first, last] of Grafiekdata.
void AddJaarSeries(lxw_chart* chart, lxw_row_t first, lxw_row_t last) {
  for (int jaar = 1; jaar <= kProgrammajaren; ++jaar) {
    const auto col = static_cast<lxw_col_t>(jaar);
    lxw_chart_series* s = Need(chart_add_series(chart, nullptr, nullptr));
    chart_series_set_categories(s, kGrafiekdata, first, 0, last, 0);
    chart_series_set_values(s, kGrafiekdata, first, col, last, col);
    chart_series_set_name_range(s, kGrafiekdata, first - 1, col);
  }
  chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_GAP);
  chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
}

using Rij = std::pair<std::string, std::array<Cijfer, kProgrammajaren>>;

/// A block of Grafiekdata: a header row, then one row per label with a
/// figure per programme year (blank when not shown). Returns the first and
/// last data row.
std::pair<lxw_row_t, lxw_row_t> Blok(Sheet* data, lxw_row_t* r, const std::string& kop, const std::vector<Rij>& rijen,
                                     lxw_format* format) {
  data->Text(*r, 0, kop, data->formats().kop);
  for (int jaar = 1; jaar <= kProgrammajaren; ++jaar) {
    data->Text(*r, static_cast<lxw_col_t>(jaar), "Jaar " + std::to_string(jaar), data->formats().kop);
  }
  const lxw_row_t van = ++*r;
  for (const Rij& rij : rijen) {
    data->Text(*r, 0, rij.first);
    for (size_t j = 0; j < rij.second.size(); ++j) {
      if (rij.second[j].Getoond()) data->Number(*r, static_cast<lxw_col_t>(j + 1), rij.second[j].waarde, format);
    }
    ++*r;
  }
  return {van, *r - 1};
}

void GrafiekenEnData(Workbook* wb, const ZorgverzekeraarModel& m) {
  Sheet grafieken = wb->AddSheet("Grafieken");
  Sheet data = wb->AddSheet(kGrafiekdata);
  data.Width(0, 45);
  for (lxw_col_t c = 1; c <= kProgrammajaren; ++c) data.Width(c, 10);

  // % voldoet (all cohorts), and per onderdeel % zonder tekort.
  std::vector<Rij> naleving(1 + m.onderdelen.size());
  naleving[0].first = "Voldoet (programmajaar)";
  for (size_t i = 0; i < m.onderdelen.size(); ++i) naleving[i + 1].first = m.onderdelen[i] + " (zonder tekort)";
  std::vector<Rij> interventies(m.interventies.size());
  for (size_t i = 0; i < m.interventies.size(); ++i) interventies[i].first = m.interventies[i].naam;
  for (size_t j = 0; j < kProgrammajaren; ++j) {
    const ZvJaar& zj = m.jaren[j];
    naleving[0].second[j] = zj.groepen[0].voldoet.aandeel;
    for (size_t i = 0; i < m.onderdelen.size(); ++i) naleving[i + 1].second[j] = zj.onderdelen[i].aandeel;
    for (size_t i = 0; i < m.interventies.size(); ++i) interventies[i].second[j] = zj.interventies[i].ja;
  }

  lxw_row_t r = 0;
  const auto [nal_van, nal_tot] =
      Blok(&data, &r, "Alle cohorten: % voldoet of zonder tekort", naleving, data.formats().percentage);
  ++r;
  const auto [iv_van, iv_tot] = Blok(&data, &r, "Interventie: aantal praktijken", interventies, data.formats().getal);

  grafieken.Text(
      0, 0,
      "Grafieken op basis van het werkblad " + std::string(kGrafiekdata) + "; niet getoonde cijfers (x) ontbreken.");
  lxw_chart* chart = wb->AddChart(LXW_CHART_COLUMN);
  chart_title_set_name(chart, "Percentage praktijken dat voldoet (alle cohorten)");
  AddJaarSeries(chart, nal_van, nal_tot);
  chart_axis_set_num_format(chart->y_axis, "0%");
  chart_axis_set_min(chart->y_axis, 0);
  chart_axis_set_max(chart->y_axis, 1);
  grafieken.InsertChart(2, 0, chart, 2.0, 1.4);
  if (!interventies.empty()) {
    lxw_chart* bars = wb->AddChart(LXW_CHART_BAR);
    chart_title_set_name(bars, "Aantal praktijken per interventie");
    AddJaarSeries(bars, iv_van, iv_tot);
    chart_axis_set_reverse(bars->y_axis);  // menu order from top to bottom
    chart_axis_set_min(bars->x_axis, 0);
    const double hoogte = std::max(1.4, 0.25 * static_cast<double>(interventies.size()));
    grafieken.InsertChart(25, 0, bars, 2.0, hoogte);
  }
}

}  // namespace

bool WriteZorgverzekeraarWorkbook(const Report& report, const ZorgverzekeraarModel& m,
                                  const std::filesystem::path& path, std::string* error) {
  const Regioplan& plan = *report.plan;
  std::unique_ptr<Workbook> wb = Workbook::Create(
      path, report.peildatum, plan.programma + " " + plan.regio + ": overzicht voor de zorgverzekeraar", error);
  if (!wb) return false;
  Samenvatting(wb.get(), report, m);
  Oordeel(wb.get(), m);
  Onderdelen(wb.get(), m);
  Interventies(wb.get(), m);
  Cijfers(wb.get(), m);
  Intervisie(wb.get(), m);
  GrafiekenEnData(wb.get(), m);
  return wb->Close(error);
}

}  // namespace mtvp::xlsx
