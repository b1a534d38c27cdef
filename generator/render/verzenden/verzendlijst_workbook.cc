// verzenden/verzendlijst.xlsx: the data source of a mail merge. One sheet,
// headers in row 1, one row per practice, every cell plain text (no
// formulas, no merged cells, no title above the table), so Word and Outlook
// read the headers as field names.
#include "render/verzenden/verzendlijst.h"
#include "render/xlsx/xlsx_workbook.h"

namespace mtvp {

bool WriteVerzendlijst(const Report& report, const VerzendOpties& opties, const std::filesystem::path& path,
                       std::string* error) {
  const Regioplan& plan = *report.plan;
  std::unique_ptr<xlsx::Workbook> wb =
      xlsx::Workbook::Create(path, report.peildatum, plan.programma + " " + plan.regio + ": verzendlijst", error);
  if (!wb) return false;
  xlsx::Tabel t(wb->AddSheet("Verzendlijst"), {{"AGB", 10, 10},
                                               {"Praktijk", 14, 45},
                                               {"Contactpersoon", 14, 35},
                                               {"E-mail", 14, 40},
                                               {"Oordeel", 12, 22, true},
                                               {"Onderwerp", 20, 60},
                                               {"Aanhef", 14, 45},
                                               {"Openingszin", 30, 90},
                                               {"Bijlage pagina", 14, 35},
                                               {"Bijlage werkboek", 14, 35},
                                               {"Bijlage pdf", 14, 25},
                                               {"Opmerking", 14, 50}});
  for (const VerzendRegel& r : Verzendlijst(report, opties)) {
    t.Rij();
    for (const std::string* cell : {&r.agb, &r.praktijk, &r.contactpersoon, &r.email, &r.oordeel, &r.onderwerp,
                                    &r.aanhef, &r.openingszin, &r.pagina, &r.werkboek, &r.pdf, &r.opmerking}) {
      t.Text(*cell);
    }
  }
  t.Finish(2);
  return wb->Close(error);
}

}  // namespace mtvp
