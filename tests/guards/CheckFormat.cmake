# Runs clang-format in check mode over the repository's C++ sources (fixtures and build output
# excluded); fails naming each file that differs from the .clang-format style.
file(GLOB_RECURSE files "${ROOT}/engine/*.cpp" "${ROOT}/engine/*.hpp" "${ROOT}/tools/*.cpp"
     "${ROOT}/tools/*.hpp" "${ROOT}/tests/*.cpp" "${ROOT}/tests/*.hpp")
list(FILTER files EXCLUDE REGEX "/tests/(data|guards/data)/")
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run -Werror ${files}
                WORKING_DIRECTORY "${ROOT}" RESULT_VARIABLE status ERROR_VARIABLE output)
if(NOT status EQUAL 0)
  string(REGEX MATCHALL "[^\n:]+:[0-9]+:[0-9]+: error: code should be clang-formatted" lines
         "${output}")
  set(names "")
  foreach(line ${lines})
    string(REGEX REPLACE ":[0-9]+:[0-9]+: error:.*" "" name "${line}")
    list(APPEND names "${name}")
  endforeach()
  list(REMOVE_DUPLICATES names)
  list(LENGTH names bad)
  string(REPLACE ";" "\n  " names "${names}")
  message(NOTICE "not formatted (run clang-format -i on them):\n  ${names}")
  message(FATAL_ERROR "${bad} files are not formatted")
endif()
list(LENGTH files count)
message(STATUS "${count} files formatted")
