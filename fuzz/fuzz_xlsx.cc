// libFuzzer harness fuzz_xlsx: bytes -> ReadXlsxBytes (generator/intake/xlsx_reader.cc), the bounded reader
// of intake workbooks. Prints nothing; aborts when a result breaks the reader's own limits, so the input is
// saved. Seeds: tests/fuzz-regressions/xlsx/ (fuzz/make_corpus.sh).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "intake/xlsx_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  mtvp::intake::XlsxLimits limits;
  limits.max_member_bytes = size_t{4} << 20;  // keep each run fast
  limits.max_total_bytes = size_t{16} << 20;
  const mtvp::intake::XlsxReadResult r = mtvp::intake::ReadXlsxBytes(bytes, limits);
  if (r.workbook.has_value() == !r.error.empty()) std::abort();  // exactly one of workbook and error
  if (!r.workbook) return 0;
  if (r.workbook->sheets.size() > limits.max_sheets) std::abort();
  for (const mtvp::intake::XlsxSheet& s : r.workbook->sheets) {
    if (s.cells.size() > limits.max_cells) std::abort();
    for (const auto& [rc, cell] : s.cells) {
      if (rc.first < 1 || rc.first > limits.max_rows || rc.second < 1 || rc.second > limits.max_cols) std::abort();
      if (cell.text.size() > limits.max_text_bytes) std::abort();
      // Every reference the reader gives back parses to itself.
      const std::string ref = mtvp::intake::CellRef(rc.first, rc.second);
      if (mtvp::intake::ParseCellRef(ref) != rc) std::abort();
    }
  }
  return 0;
}
