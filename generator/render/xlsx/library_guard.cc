#include "render/xlsx/library_guard.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <mutex>

namespace mtvp::xlsx {
namespace {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kRedirect = false;  // keep sanitizer reports on stderr
#else
constexpr bool kRedirect = true;
#endif

std::mutex g_mutex;
int g_users = 0;
bool g_tried = false;
int g_saved = -1;  // the real descriptor 2
int g_read = -1, g_write = -1;
size_t g_dropped = 0;

// Under g_mutex.
void Drain() {
  if (g_read < 0) return;
  char buf[4096];
  for (;;) {
    const ssize_t n = ::read(g_read, buf, sizeof buf);
    if (n <= 0) return;
    for (ssize_t i = 0; i < n; ++i) g_dropped += buf[i] == '\n';
  }
}

// Under g_mutex. Made once and kept: under a descriptor limit a later pipe()
// could fail exactly when the library has most to say.
bool Ready() {
  if (!g_tried) {
    g_tried = true;
    int p[2];
    if (::pipe2(p, O_CLOEXEC | O_NONBLOCK) != 0) return false;
    g_saved = ::fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
    if (g_saved < 0) {
      ::close(p[0]);
      ::close(p[1]);
      return false;
    }
    g_read = p[0];
    g_write = p[1];
  }
  return g_write >= 0;
}

}  // namespace

void PrepareLibraryGuard() {
  if (!kRedirect) return;
  const std::lock_guard<std::mutex> lock(g_mutex);
  Ready();
}

LibraryGuard::LibraryGuard() {
  if (!kRedirect) return;
  const std::lock_guard<std::mutex> lock(g_mutex);
  if (g_users++ == 0 && Ready()) {
    std::fflush(stderr);
    ::dup2(g_write, STDERR_FILENO);
  }
}

LibraryGuard::~LibraryGuard() {
  if (!kRedirect) return;
  const std::lock_guard<std::mutex> lock(g_mutex);
  if (--g_users == 0 && g_write >= 0) {
    std::fflush(stderr);
    ::dup2(g_saved, STDERR_FILENO);
  }
  Drain();
}

size_t LibraryLinesDropped() {
  const std::lock_guard<std::mutex> lock(g_mutex);
  Drain();
  return g_dropped;
}

void NeedHeadroom() {
  // Some 8 MiB: the deflate state and the XML buffers of a close need about 1 MiB.
  constexpr size_t kHeadroom = size_t{8} << 20;
  void* p = std::malloc(kHeadroom);
  if (!p) throw std::bad_alloc();
  std::free(p);
}

lxw_error CloseWorkbook(lxw_workbook* wb) {
  NeedHeadroom();
  const lxw_error err = workbook_close(wb);
  const std::lock_guard<std::mutex> lock(g_mutex);
  Drain();
  return err;
}

std::string DutchError(lxw_error err) {
  switch (err) {
    case LXW_NO_ERROR: return "geen fout";
    case LXW_ERROR_MEMORY_MALLOC_FAILED: return "te weinig geheugen";
    case LXW_ERROR_CREATING_XLSX_FILE:
      return "het bestand kan niet worden aangemaakt (rechten, schijf vol of te veel open bestanden)";
    case LXW_ERROR_CREATING_TMPFILE:
      return "een tijdelijk bestand kan niet worden aangemaakt (TMPDIR, schijf vol of te veel open bestanden)";
    case LXW_ERROR_READING_TMPFILE: return "een tijdelijk bestand kan niet worden gelezen";
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_PARAMETER_ERROR:
    case LXW_ERROR_ZIP_BAD_ZIP_FILE:
    case LXW_ERROR_ZIP_INTERNAL_ERROR:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE: return "het zip-bestand kan niet worden geschreven (schijf vol of te weinig geheugen)";
    case LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED: return "een werkbladnaam is langer dan 31 tekens";
    case LXW_ERROR_INVALID_SHEETNAME_CHARACTER: return "een werkbladnaam bevat een teken dat Excel niet toestaat";
    case LXW_ERROR_SHEETNAME_START_END_APOSTROPHE: return "een werkbladnaam begint of eindigt met een apostrof";
    case LXW_ERROR_SHEETNAME_ALREADY_USED: return "een werkbladnaam komt twee keer voor";
    case LXW_ERROR_32_STRING_LENGTH_EXCEEDED:
    case LXW_ERROR_128_STRING_LENGTH_EXCEEDED:
    case LXW_ERROR_255_STRING_LENGTH_EXCEEDED:
    case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED: return "een tekst is te lang voor Excel";
    default: return "interne fout van de werkboekbibliotheek (code " + std::to_string(static_cast<int>(err)) + ")";
  }
}

}  // namespace mtvp::xlsx

// libxlsxwriter (1.1.4, Debian 12) calls gmtime() in workbook_close when it
// writes docProps/core.xml, and the C library's gmtime converts into one
// static buffer for the whole process: two workbooks closed on two threads
// race on it. This definition takes the C library's place for the whole
// program (the executable's symbol comes first in the dynamic lookup, so
// libxlsxwriter.so calls it too) and converts into a buffer per thread.
// Workbooks then close in parallel (closing them one at a time made a
// 5,000-practice build with --praktijk-werkboeken take 19.3 s instead of
// 12.5 s on 2 cores). tests/unit/writers_wellformed_test.cc checks that this
// is the gmtime the program resolves and that each thread has its buffer.
extern "C" std::tm* gmtime(const std::time_t* t) noexcept {
  thread_local std::tm buffer;
  return gmtime_r(t, &buffer);
}
