# Warnings and sanitizers in one place: every target links mtvp_settings.
add_library(mtvp_settings INTERFACE)
target_compile_options(mtvp_settings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
  -Wunused -Woverloaded-virtual -Wimplicit-fallthrough)
if(MTVP_WERROR)
  target_compile_options(mtvp_settings INTERFACE -Werror)
endif()
# MTVP_SANITIZE_THREAD: ThreadSanitizer, for the parallel code (run-tests.sh).
option(MTVP_SANITIZE_THREAD "Build with ThreadSanitizer" OFF)
if(MTVP_SANITIZE_THREAD)
  target_compile_options(mtvp_settings INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
  target_link_options(mtvp_settings INTERFACE -fsanitize=thread)
endif()
if(MTVP_SANITIZE)
  target_compile_options(mtvp_settings INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(mtvp_settings INTERFACE -fsanitize=address,undefined)
  target_compile_definitions(mtvp_settings INTERFACE _GLIBCXX_ASSERTIONS)
endif()
# MTVP_FUZZ: every library of the core with libFuzzer coverage, ASan and UBSan
# (fuzz/CMakeLists.txt). UBSan findings must stop the run, or libFuzzer would
# not save the input. Coverage is collected from our code, not from libstdc++
# and nlohmann/json (fuzz/coverage_ignorelist.txt).
if(MTVP_FUZZ)
  target_compile_options(mtvp_settings INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
    -fno-sanitize-recover=all -gline-tables-only
    -fsanitize-coverage-ignorelist=${PROJECT_SOURCE_DIR}/fuzz/coverage_ignorelist.txt)
  target_link_options(mtvp_settings INTERFACE -fsanitize=address,undefined)
  target_compile_definitions(mtvp_settings INTERFACE _GLIBCXX_ASSERTIONS)
endif()
