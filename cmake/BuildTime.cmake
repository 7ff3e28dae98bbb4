# Precompiled headers and unity batches (bench/BUILD.md has the figures).
#
# pymes_precompile(TARGET HEADER...) precompiles the standard and third-party headers that most
# files of TARGET include; only such headers, never pymes's own, so that an edit of a pymes
# header does not rebuild the precompiled one. pymes_unity(TARGET BATCH) compiles TARGET's
# sources BATCH at a time: what one file of a batch declares at namespace scope, in an anonymous
# namespace too, is seen by the files after it, so such names must differ between the files of
# one target.

# The standard headers that nearly every file of pymes includes (directly or through pymes/).
set(PYMES_PCH_STD <algorithm> <chrono> <cstdint> <filesystem> <functional> <map> <memory>
    <optional> <sstream> <string> <string_view> <utility> <vector>)

function(pymes_precompile target)
  if(PYMES_PRECOMPILE_HEADERS)
    target_precompile_headers(${target} PRIVATE ${PYMES_PCH_STD} ${ARGN})
  endif()
endfunction()

# Reuses the precompiled header of `from` (same compile options, same definitions).
function(pymes_precompile_reuse target from)
  if(PYMES_PRECOMPILE_HEADERS)
    target_precompile_headers(${target} REUSE_FROM ${from})
  endif()
endfunction()

function(pymes_unity target batch)
  if(PYMES_UNITY_BUILD)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE ${batch})
  endif()
endfunction()
