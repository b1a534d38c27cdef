# Turns every file of TEMPLATE_DIR (*.mustache, *.css, *.js) into a byte array
# in OUTPUT, a C++ file that html/templates.cc looks names up in. Run as
# `cmake -DTEMPLATE_DIR=... -DOUTPUT=... -P embed_templates.cmake`.
file(GLOB files LIST_DIRECTORIES false
  "${TEMPLATE_DIR}/*.mustache" "${TEMPLATE_DIR}/*.css" "${TEMPLATE_DIR}/*.js")
list(SORT files)

set(arrays "")
set(table "")
set(i 0)
foreach(f IN LISTS files)
  get_filename_component(name "${f}" NAME)
  file(READ "${f}" hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  # 0x3c,0x21,... with a line break after every 16 bytes.
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)"
         "\\1\n    " bytes "${bytes}")
  string(APPEND arrays "// ${name}\nconst unsigned char kFile${i}[] = {\n    ${bytes}0};\n\n")
  string(APPEND table "    {\"${name}\", kFile${i}, ${size}},\n")
  math(EXPR i "${i} + 1")
endforeach()

set(content "// Generated from templates/ by generator/html/embed_templates.cmake; do not edit.
#include \"render/html/templates.h\"

namespace mtvp::html {
namespace {

${arrays}}  // namespace

const EmbeddedFile kEmbeddedFiles[] = {
${table}    {nullptr, nullptr, 0},
};

}  // namespace mtvp::html
")
# Only touch the output when it changed, so an unchanged template does not
# trigger a rebuild.
if(EXISTS "${OUTPUT}")
  file(READ "${OUTPUT}" old)
  if(old STREQUAL content)
    return()
  endif()
endif()
file(WRITE "${OUTPUT}" "${content}")
