#include <catch2/catch.hpp>

#include <string>

#include "load/praktijk_contact_loader.h"
#include "render/verzenden/pdf_printer.h"

namespace mtvp {

TEST_CASE("IsEmailAdres: one plain address a mail merge can use", "[verzenden]") {
  CHECK(IsEmailAdres("praktijkmanager@de-linde.example"));
  CHECK(IsEmailAdres("a.b+mtvp@sub.praktijk.nl"));
  CHECK_FALSE(IsEmailAdres(""));
  CHECK_FALSE(IsEmailAdres("info@praktijk"));
  CHECK_FALSE(IsEmailAdres("@praktijk.nl"));
  CHECK_FALSE(IsEmailAdres("info@@praktijk.nl"));
  CHECK_FALSE(IsEmailAdres("info@.praktijk.nl"));
  CHECK_FALSE(IsEmailAdres("info@praktijk..nl"));
  CHECK_FALSE(IsEmailAdres("info@praktijk.nl."));
  CHECK_FALSE(IsEmailAdres("a@b.example; c@d.example"));
  CHECK_FALSE(IsEmailAdres("a@b.example,c@d.example"));
  CHECK_FALSE(IsEmailAdres("Jan <jan@praktijk.nl>"));
  CHECK_FALSE(IsEmailAdres("jan @praktijk.nl"));
  CHECK_FALSE(IsEmailAdres("jan@praktijk.nl\n"));
}

TEST_CASE("PdfDatumVast: the print time becomes the peildatum, same length", "[verzenden]") {
  const std::string origineel =
      "1 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (D:20261202143315+01'00')\n"
      "/ModDate (D:20261202143316-05'30')>>\nendobj\n/ModDate (D:20991231235959Z)\n";
  std::string pdf = origineel;
  CHECK(PdfDatumVast(&pdf, Date{2026, 4, 1}) == 3);
  CHECK(pdf.size() == origineel.size());
  CHECK(pdf ==
        "1 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (D:20260401000000+00'00')\n"
        "/ModDate (D:20260401000000+00'00')>>\nendobj\n/ModDate (D:20260401000000Z)\n");
  // Twice gives the same bytes; a PDF without dates is left alone.
  std::string again = pdf;
  PdfDatumVast(&again, Date{2026, 4, 1});
  CHECK(again == pdf);
  std::string zonder = "%PDF-1.4\n/Title (Geen datum)\n";
  CHECK(PdfDatumVast(&zonder, Date{2026, 4, 1}) == 0);
  CHECK(zonder == "%PDF-1.4\n/Title (Geen datum)\n");
}

TEST_CASE("FindChromium: MTVP_CHROMIUM, then chromium in the PATH, else a Dutch message", "[verzenden]") {
  std::string error;
  CHECK_FALSE(FindChromium(nullptr, "/nonexistent-dir", &error));
  CHECK(error.find("Chromium is niet gevonden") != std::string::npos);
  CHECK(error.find("apt-get install chromium") != std::string::npos);
  error.clear();
  CHECK_FALSE(FindChromium("/nonexistent-dir/chromium", "/usr/bin", &error));
  CHECK(error.find("MTVP_CHROMIUM") != std::string::npos);
  // /bin/sh exists on every Debian machine: a name found in the PATH, and a path.
  CHECK(FindChromium("sh", "/nonexistent-dir:/bin", &error) == std::filesystem::path("/bin/sh"));
  CHECK(FindChromium("/bin/sh", nullptr, &error) == std::filesystem::path("/bin/sh"));
}

}  // namespace mtvp
