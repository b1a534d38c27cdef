#ifndef MTVP_VERZENDEN_VERZENDLIJST_H_
#define MTVP_VERZENDEN_VERZENDLIJST_H_

#include <filesystem>
#include <string>
#include <vector>

#include "model/report.h"

namespace mtvp {

/// What the send-out of a build holds besides each practice's page.
struct VerzendOpties {
  bool werkboeken = false;  // downloads/praktijk-<agb>.xlsx were written
  bool pdf = false;         // verzenden/<agb>.pdf were written
};

/// One practice's row of the send list: whom to write to, what to attach
/// (paths relative to the site folder), and the words of the mail. The
/// subject, salutation and opening sentence speak to the practice ("u") in
/// plain Dutch.
struct VerzendRegel {
  std::string agb;
  std::string praktijk;
  std::string contactpersoon;
  std::string email;
  std::string oordeel;      // overall verdict in Dutch: "voldoet niet"
  std::string onderwerp;    // subject line
  std::string aanhef;       // "Beste Huisartsenpraktijk De Linde,"
  std::string openingszin;  // the first sentence of the mail
  std::string pagina;       // praktijken/<agb>/index.html
  std::string werkboek;     // downloads/praktijk-<agb>.xlsx, or ""
  std::string pdf;          // verzenden/<agb>.pdf, or ""
  std::string opmerking;    // for the project leader: "geen e-mailadres in het register"
};

/// One row per practice, in AGB order. Reads the summaries only (names,
/// contact, overall verdict).
std::vector<VerzendRegel> Verzendlijst(const Report& report, const VerzendOpties& opties);

/// The site path of a practice's PDF: verzenden/<agb>.pdf.
std::string PdfPad(const std::string& agb);

inline constexpr const char* kVerzendlijstPad = "verzenden/verzendlijst.xlsx";

/// Writes the send list as one sheet with the headers in row 1 and plain
/// text cells (for a mail merge in Word or Outlook); the same report gives
/// the same bytes.
bool WriteVerzendlijst(const Report& report, const VerzendOpties& opties, const std::filesystem::path& path,
                       std::string* error);

}  // namespace mtvp

#endif  // MTVP_VERZENDEN_VERZENDLIJST_H_
