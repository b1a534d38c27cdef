// zorgverzekeraar.xlsx: the insurer's workbook. Aggregates only (see
// aggregates.h): no AGB code, no practice name, no free text from
// submissions. Every figure about fewer than `min_cel` practices is shown as
// "<5" (and figures that would let one be worked out as "x"); charts read a
// numeric copy where such figures are left blank, so a suppressed figure
// never shows up as a bar either.
#include <algorithm>
#include <string>

#include "report/aggregates.h"
#include "model/report.h"
#include "model/vocabulary.h"
#include "render/xlsx/writers.h"
#include "render/xlsx/xlsx_workbook.h"

namespace mtvp::xlsx {
namespace {

constexpr const char* kGrafiekdata = "Grafiekdata";

/// Writes a figure: the number when it may be shown, else "<5" or "x".
void Schrijf(Tabel* t, const Cijfer& c, int min_cel, lxw_format* format = nullptr) {
  if (c.Getoond()) {
    t->Number(c.waarde, format);
  } else if (c.zicht == Zicht::kLeeg) {
    t->Empty();
  } else {
    t->Text(OnderdruktLabel(c, min_cel), t->sheet().formats().rechts);
  }
}

void Schrijf(Sheet* s, lxw_row_t row, lxw_col_t col, const Cijfer& c, int min_cel) {
  if (c.Getoond()) {
    s->Number(row, col, c.waarde, s->formats().getal);
  } else if (c.zicht != Zicht::kLeeg) {
    s->Text(row, col, OnderdruktLabel(c, min_cel), s->formats().rechts);
  }
}

void Samenvatting(Workbook* wb, const Report& report, const Aggregates& a) {
  Sheet s = wb->AddSheet("Samenvatting");
  const Regioplan& plan = *report.plan;
  const Formats& f = s.formats();
  const int min_cel = a.min_cel;
  s.Width(0, 42);
  s.Width(1, 16);
  s.Title(0, plan.programma + " " + plan.regio + ": overzicht voor de zorgverzekeraar");
  lxw_row_t r = 2;
  auto tekst = [&](const std::string& label, const std::string& value) {
    s.Text(r, 0, label, f.label);
    s.Text(r++, 1, value);
  };
  auto cijfer = [&](const std::string& label, const Cijfer& c, lxw_format* format) {
    s.Text(r, 0, label, format);
    Schrijf(&s, r++, 1, c, min_cel);
  };
  tekst("Regio", plan.regio);
  tekst("RHO", plan.rho);
  tekst("Programma", plan.programma);
  s.Text(r, 0, "Peildatum", f.label);
  s.DateCell(r++, 1, report.peildatum);
  cijfer("Deelnemende praktijken", a.praktijken, f.label);
  for (size_t j = 0; j < a.beoordeeld_per_jaar.size(); ++j) {
    cijfer("Beoordeelde inzendingen programmajaar " + std::to_string(j + 1), a.beoordeeld_per_jaar[j], f.label);
  }
  ++r;
  s.Text(r++, 0, "Oordeel per praktijk (alle programmajaren)", f.label);
  const lxw_row_t van = r;
  for (size_t i = 0; i < kNalevingStatussen.size(); ++i) {
    cijfer(std::string(Name(kNalevingStatussen[i])), a.per_oordeel[i], nullptr);
  }
  s.StatusColours(van, 0, r - 1);
  ++r;
  s.Text(r++, 0, "Kleine aantallen", f.label);
  const std::string klein = OnderdruktLabel(Cijfer{0, Zicht::kKlein}, min_cel);
  s.Text(r, 0, klein);
  s.Text(r++, 1, "cijfer over minder dan " + std::to_string(min_cel) + " praktijken, niet getoond");
  s.Text(r, 0, "x");
  s.Text(r++, 1,
         "niet getoond omdat anders een cijfer over minder dan " + std::to_string(min_cel) +
             " praktijken uit een totaal kan worden teruggerekend");
  ++r;
  s.Text(r++, 0, "Werkbladen", f.label);
  const std::pair<const char*, const char*> bladen[] = {
      {"Naleving", "per cohort en programmajaar: hoeveel praktijken voldoen per kernelement, intervisie en in totaal"},
      {"Interventies", "hoeveel praktijken elke interventie per programmajaar uitvoerden"},
      {"Metrieken", "totalen van de gerapporteerde aantallen (verwijzingen, scholing, ...) per programmajaar"},
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

void Naleving(Workbook* wb, const Aggregates& a) {
  std::vector<Kolom> kolommen = {{"Cohort", 8, 12},
                                 {"Cohortnaam", 12, 30},
                                 {"Programmajaar", 14, 14},
                                 {"Onderdeel", 16, 35},
                                 {"Praktijken beoordeeld", 10, 12},
                                 {"Van toepassing", 10, 12}};
  for (Status st : kNalevingStatussen) {
    std::string kop(Name(st));
    kop[0] = static_cast<char>(kop[0] - 'a' + 'A');
    kolommen.push_back({kop, 10, 12});
  }
  kolommen.push_back({"% voldoet", 9, 12});
  kolommen.push_back({"% voldoet of afwijking geaccepteerd", 12, 14});
  Tabel t(wb->AddSheet("Naleving"), kolommen);
  for (const NalevingGroep& g : a.naleving) {
    for (const NalevingOnderdeel& o : g.onderdelen) {
      t.Rij();
      t.Text(g.cohort.empty() ? "alle" : g.cohort);
      t.Text(g.cohort_naam);
      t.Number(g.jaar);
      t.Text(o.label);
      Schrijf(&t, g.praktijken, a.min_cel);
      Schrijf(&t, o.van_toepassing, a.min_cel);
      for (const Cijfer& c : o.per_status) Schrijf(&t, c, a.min_cel);
      Schrijf(&t, o.aandeel_voldoet, a.min_cel, t.sheet().formats().percentage);
      Schrijf(&t, o.aandeel_voldoet_of_afwijking, a.min_cel, t.sheet().formats().percentage);
    }
  }
  t.Finish(4);
}

void Interventies(Workbook* wb, const Aggregates& a) {
  std::vector<Kolom> kolommen = {{"Interventie", 14, 35}, {"Naam", 16, 50}, {"Kernelement", 14, 30}};
  for (int jaar = 1; jaar <= kProgrammajaren; ++jaar) {
    kolommen.push_back({"Praktijken jaar " + std::to_string(jaar), 10, 12});
  }
  Tabel t(wb->AddSheet("Interventies"), kolommen);
  for (const InterventieTelling& iv : a.interventies) {
    t.Rij();
    t.Text(iv.interventie);
    t.Text(iv.naam);
    t.Text(iv.kernelement);
    for (const Cijfer& c : iv.per_jaar) Schrijf(&t, c, a.min_cel);
  }
  t.Finish(2);
}

void Metrieken(Workbook* wb, const Aggregates& a) {
  Tabel t(wb->AddSheet("Metrieken"), {{"Metriek", 16, 45},
                                      {"Omschrijving", 16, 50},
                                      {"Eenheid", 10, 20},
                                      {"Programmajaar", 14, 14},
                                      {"Praktijken met waarde", 10, 12},
                                      {"Totaal", 10, 14}});
  for (const MetriekTotaal& m : a.metrieken) {
    t.Rij();
    t.Text(m.metriek);
    t.Text(m.label);
    t.Text(m.eenheid);
    t.Number(m.jaar);
    Schrijf(&t, m.praktijken, a.min_cel);
    Schrijf(&t, m.totaal, a.min_cel);
  }
  t.Finish(1);
}

void Intervisie(Workbook* wb, const Aggregates& a) {
  Tabel t(wb->AddSheet("Intervisie"), {{"Programmajaar", 14, 14},
                                       {"Soort bijeenkomst", 16, 30},
                                       {"Praktijken", 10, 12},
                                       {"Bijeenkomsten", 10, 14},
                                       {"Deelnemers (totaal)", 10, 14}});
  for (const IntervisieTotaal& iv : a.intervisie) {
    t.Rij();
    t.Number(iv.jaar);
    t.Text(iv.soort);
    Schrijf(&t, iv.praktijken, a.min_cel);
    Schrijf(&t, iv.bijeenkomsten, a.min_cel);
    Schrijf(&t, iv.deelnemers, a.min_cel);
  }
  t.Finish(2);
}

/// A chart series per programme year over rows [first, last] of Grafiekdata.
void AddJaarSeries(lxw_chart* chart, lxw_row_t first, lxw_row_t last) {
  for (int jaar = 1; jaar <= kProgrammajaren; ++jaar) {
    const auto col = static_cast<lxw_col_t>(jaar);
    lxw_chart_series* s = chart_add_series(chart, nullptr, nullptr);
    chart_series_set_categories(s, kGrafiekdata, first, 0, last, 0);
    chart_series_set_values(s, kGrafiekdata, first, col, last, col);
    chart_series_set_name_range(s, kGrafiekdata, first - 1, col);
  }
  chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_GAP);
  chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
}

/// A block of Grafiekdata: a header row, then one row per label with a
/// figure per programme year (blank when not shown). Returns the first and
/// last data row.
template <typename Rij>
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

void GrafiekenEnData(Workbook* wb, const Aggregates& a) {
  Sheet grafieken = wb->AddSheet("Grafieken");
  Sheet data = wb->AddSheet(kGrafiekdata);
  data.Width(0, 45);
  for (lxw_col_t c = 1; c <= kProgrammajaren; ++c) data.Width(c, 10);
  using Rij = std::pair<std::string, std::array<Cijfer, kProgrammajaren>>;

  // % voldoet per onderdeel and year, all cohorts together.
  std::vector<Rij> naleving;
  for (const NalevingGroep& g : a.naleving) {
    if (!g.cohort.empty()) continue;
    for (size_t i = 0; i < g.onderdelen.size(); ++i) {
      if (naleving.size() <= i) naleving.push_back({g.onderdelen[i].label, {}});
      naleving[i].second[static_cast<size_t>(g.jaar - 1)] = g.onderdelen[i].aandeel_voldoet;
    }
  }
  std::vector<Rij> interventies;
  for (const InterventieTelling& iv : a.interventies) interventies.push_back({iv.naam, iv.per_jaar});

  lxw_row_t r = 0;
  const auto [nal_van, nal_tot] =
      Blok(&data, &r, "Onderdeel (alle cohorten): % voldoet", naleving, data.formats().percentage);
  ++r;
  const auto [iv_van, iv_tot] = Blok(&data, &r, "Interventie: aantal praktijken", interventies, data.formats().getal);

  grafieken.Text(0, 0,
                 "Grafieken op basis van het werkblad " + std::string(kGrafiekdata) + "; cijfers over minder dan " +
                     std::to_string(a.min_cel) + " praktijken ontbreken.");
  if (!naleving.empty()) {
    lxw_chart* chart = wb->AddChart(LXW_CHART_COLUMN);
    chart_title_set_name(chart, "Percentage praktijken dat voldoet (alle cohorten)");
    AddJaarSeries(chart, nal_van, nal_tot);
    chart_axis_set_num_format(chart->y_axis, "0%");
    chart_axis_set_min(chart->y_axis, 0);
    chart_axis_set_max(chart->y_axis, 1);
    grafieken.InsertChart(2, 0, chart, 2.0, 1.4);
  }
  if (!interventies.empty()) {
    lxw_chart* chart = wb->AddChart(LXW_CHART_BAR);
    chart_title_set_name(chart, "Aantal praktijken per interventie");
    AddJaarSeries(chart, iv_van, iv_tot);
    chart_axis_set_reverse(chart->y_axis);  // menu order from top to bottom
    chart_axis_set_min(chart->x_axis, 0);
    const double hoogte = std::max(1.4, 0.25 * static_cast<double>(interventies.size()));
    grafieken.InsertChart(25, 0, chart, 2.0, hoogte);
  }
}

}  // namespace

bool WriteZorgverzekeraarWorkbook(const Report& report, int min_cel, const std::filesystem::path& path,
                                  std::string* error) {
  const Regioplan& plan = *report.plan;
  const Aggregates a = ComputeAggregates(report, min_cel);
  std::unique_ptr<Workbook> wb = Workbook::Create(
      path, report.peildatum, plan.programma + " " + plan.regio + ": overzicht voor de zorgverzekeraar", error);
  if (!wb) return false;
  Samenvatting(wb.get(), report, a);
  Naleving(wb.get(), a);
  Interventies(wb.get(), a);
  Metrieken(wb.get(), a);
  Intervisie(wb.get(), a);
  GrafiekenEnData(wb.get(), a);
  return wb->Close(error);
}

}  // namespace mtvp::xlsx
