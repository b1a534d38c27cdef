#ifndef MTVP_INTAKE_INTAKE_IMPORT_H_
#define MTVP_INTAKE_INTAKE_IMPORT_H_

// Reading a filled intake workbook back into a submission (mtvp-inzending/1),
// by the keys the writer put in the hidden column A, never by position.

#include <optional>
#include <string>
#include <vector>

#include "base/dates.h"
#include "base/json_input.h"
#include "intake/xlsx_reader.h"
#include "model/regioplan.h"
#include "model/registry.h"

namespace mtvp::intake {

struct WerkboekInzending {
  std::optional<Json> inzending;  // only when there are no fouten
  std::string agb;
  int jaar = 0;
  /// "Cijfers!C14: "twintig" is geen geheel getal", in sheet order.
  std::vector<std::string> fouten;
  std::vector<std::string> waarschuwingen;
};

/// The submission a filled workbook holds. `ontvangen_op` wins over the date
/// kept in the marker, which wins over `vandaag`.
WerkboekInzending ReadUitvraagWerkboek(const XlsxWorkbook& wb, const Regioplan& plan,
                                       const std::vector<Praktijk>& praktijken, std::optional<Date> ontvangen_op,
                                       const Date& vandaag);

}  // namespace mtvp::intake

#endif  // MTVP_INTAKE_INTAKE_IMPORT_H_
