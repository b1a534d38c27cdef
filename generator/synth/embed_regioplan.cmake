# Turns INPUT (a regioplan.json) into OUTPUT, a C++ file with its bytes, so
# that `mtvp-monitor synth` needs no data files at run time. NAME is how the
# plan is named in the manifest. Run as
# `cmake -DINPUT=... -DOUTPUT=... -DNAME=... -P embed_regioplan.cmake`.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "((0x..,){24})" "\\1\n    " bytes "${bytes}")

set(content "// Generated from ${NAME} by generator/synth/embed_regioplan.cmake; do not edit.
#include \"synth/synth.h\"

namespace mtvp {
namespace {

const unsigned char kRegioplan[] = {
    ${bytes}0};

}  // namespace

std::string_view EmbeddedRegioplan() { return {reinterpret_cast<const char*>(kRegioplan), ${size}}; }
std::string_view EmbeddedRegioplanBron() { return \"${NAME}\"; }

}  // namespace mtvp
")
# Only touch the output when it changed, so an unchanged plan does not
# trigger a rebuild.
if(EXISTS "${OUTPUT}")
  file(READ "${OUTPUT}" old)
  if(old STREQUAL content)
    return()
  endif()
endif()
file(WRITE "${OUTPUT}" "${content}")
