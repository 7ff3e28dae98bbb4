# Turns the ordered schema/NNNN_what.sql files into a header of {version, name, sql} entries.
#
# The list is read at configure time (CONFIGURE_DEPENDS re-runs it when a file appears), sorted
# by its number, and refused when the numbering has a gap or a duplicate: the registry's
# PRAGMA user_version is the number of the last migration applied, so numbers must be 1..N.

function(pymes_embed_schema schema_dir output)
  file(GLOB files CONFIGURE_DEPENDS "${schema_dir}/[0-9][0-9][0-9][0-9]_*.sql")
  list(SORT files)
  set(expected 1)
  foreach(f IN LISTS files)
    get_filename_component(name "${f}" NAME)
    string(SUBSTRING "${name}" 0 4 number)
    math(EXPR number "1${number} - 10000")
    if(NOT number EQUAL expected)
      message(FATAL_ERROR "schema/: expected migration ${expected}, found ${name} (no gaps, no duplicates)")
    endif()
    math(EXPR expected "${expected} + 1")
  endforeach()
  if(expected EQUAL 1)
    message(FATAL_ERROR "schema/: no NNNN_what.sql migration found")
  endif()
  add_custom_command(
    OUTPUT "${output}"
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} "-DFILES=${files}" -P ${PROJECT_SOURCE_DIR}/cmake/WriteSchemaHeader.cmake
    DEPENDS ${files} ${PROJECT_SOURCE_DIR}/cmake/WriteSchemaHeader.cmake
    COMMENT "Embedding schema migrations"
    VERBATIM)
  add_custom_target(pymes_schema DEPENDS "${output}")
endfunction()
