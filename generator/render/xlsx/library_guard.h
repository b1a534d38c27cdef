#ifndef MTVP_XLSX_LIBRARY_GUARD_H_
#define MTVP_XLSX_LIBRARY_GUARD_H_

#include <xlsxwriter.h>

#include <cstddef>
#include <new>
#include <string>

namespace mtvp::xlsx {

/// libxlsxwriter prints its own English lines ("[ERROR]: ...", "[WARNING]:
/// ...") to file descriptor 2, and the Debian build cannot be told not to
/// (LXW_NO_ERROR_LOGS is a compile-time switch of the library itself). The
/// core never prints, and neither may a library it calls: while at least one
/// LibraryGuard lives (every Workbook holds one), descriptor 2 points into a
/// pipe whose contents are counted and dropped. Every error is still seen:
/// callers check each return code and report it with DutchError. The pipe is
/// made once, on first use, and never blocks a writer (a full pipe drops).
/// In sanitizer builds nothing is redirected, so their reports stay visible.
class LibraryGuard {
 public:
  LibraryGuard();
  ~LibraryGuard();
  LibraryGuard(const LibraryGuard&) = delete;
  LibraryGuard& operator=(const LibraryGuard&) = delete;
};

/// Makes the pipe now, while descriptors are free: a run under a descriptor
/// limit (prlimit --nofile) has none left by the time workbooks are written.
/// Called at the start of build and uitvraag; harmless when called again.
void PrepareLibraryGuard();

/// How many lines libxlsxwriter printed (and we dropped) so far.
size_t LibraryLinesDropped();

/// workbook_close with headroom for its buffers, then drains what the
/// library printed. Safe on several threads at once: the gmtime() it calls
/// converts into a buffer per thread (library_guard.cc).
lxw_error CloseWorkbook(lxw_workbook* wb);

/// libxlsxwriter returns NULL when an allocation fails, and its setters
/// (format_set_bold, chart_add_series, ...) do not check for it: a NULL is
/// out of memory, thrown as ours (main ends with the Dutch message, exit 3).
template <typename T>
T* Need(T* p) {
  if (!p) throw std::bad_alloc();
  return p;
}

/// Before libxlsxwriter does its biggest allocations (workbook_new,
/// workbook_add_worksheet, workbook_close), some memory must be available; without it
/// we stop as out of memory instead of letting the library run into an
/// allocation it does not check. Throws std::bad_alloc.
void NeedHeadroom();

/// A libxlsxwriter error in Dutch, never the library's English text.
std::string DutchError(lxw_error err);

}  // namespace mtvp::xlsx

#endif  // MTVP_XLSX_LIBRARY_GUARD_H_
