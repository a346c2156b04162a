# SPDX-License-Identifier: Apache-2.0
# Whether the committed .ts files (resources/translations) hold every tr() string of the
# sources, translated: lupdate runs on the sources into copies of them, exactly as the
# `update_translations` target does, and the copies must come out unchanged and finished.
#
#   cmake -DCONFIG=<build>/tests/translations_check.cmake -DWORK=<scratch dir> \
#         -P scripts/check_translations.cmake
#
# CONFIG (written by tests/CMakeLists.txt) sets LUPDATE, SOURCES, INCLUDE_DIRECTORIES,
# TS_FILES, LUPDATE_OPTIONS and UPDATE_COMMAND.
include("${CONFIG}")

string(CONCAT fix "To fix it, run\n  ${UPDATE_COMMAND}\n"
  "(lupdate adds the new strings to every .ts file and drops the removed ones), then "
  "translate the entries marked type=\"unfinished\" (in Qt Linguist from the linguist-qt6 "
  "package, `linguist resources/translations/inkboard_de.ts`, or in a text editor) and "
  "commit resources/translations.")

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(copies "")
foreach(ts IN LISTS TS_FILES)
  get_filename_component(name "${ts}" NAME)
  file(COPY_FILE "${ts}" "${WORK}/${name}")
  list(APPEND copies "${WORK}/${name}")
endforeach()

# The same project file qt_add_lupdate writes, pointing at the copies.
function(json_array out)
  set(quoted "")
  foreach(entry IN LISTS ARGN)
    list(APPEND quoted "\"${entry}\"")
  endforeach()
  list(JOIN quoted ", " joined)
  set(${out} "[ ${joined} ]" PARENT_SCOPE)
endfunction()
json_array(json_sources ${SOURCES})
json_array(json_includes ${INCLUDE_DIRECTORIES})
json_array(json_ts ${copies})
file(WRITE "${WORK}/project.json"
  "{\n  \"projectFile\": \"${WORK}/CMakeLists.txt\",\n  \"includePaths\": ${json_includes},\n"
  "  \"sources\": ${json_sources},\n  \"translations\": ${json_ts}\n}\n")
execute_process(COMMAND "${LUPDATE}" -project "${WORK}/project.json" ${LUPDATE_OPTIONS}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc}):\n${out}${err}")
endif()

set(problems "")
foreach(ts IN LISTS TS_FILES)
  get_filename_component(name "${ts}" NAME)
  file(READ "${WORK}/${name}" updated)
  file(READ "${ts}" committed)
  # Line by line (lupdate writes one element a line; a source may span lines).
  # What CMake's lists would take apart or join: ';', brackets and backslashes.
  string(REPLACE "\\" "<backslash>" lines "${updated}")
  string(REPLACE ";" "<semicolon>" lines "${lines}")
  string(REPLACE "[" "<lbracket>" lines "${lines}")
  string(REPLACE "]" "<rbracket>" lines "${lines}")
  string(REPLACE "\n" ";" lines "${lines}")
  set(context "")
  set(source "")
  set(in_source FALSE)
  set(unfinished "")
  foreach(line IN LISTS lines)
    if(line MATCHES "<name>(.*)</name>")
      set(context "${CMAKE_MATCH_1}")
    elseif(line MATCHES "<source>(.*)</source>")
      set(source "${CMAKE_MATCH_1}")
    elseif(line MATCHES "<source>(.*)")
      set(source "${CMAKE_MATCH_1}")
      set(in_source TRUE)
    elseif(in_source)
      if(line MATCHES "(.*)</source>")
        string(APPEND source "\\n${CMAKE_MATCH_1}")
        set(in_source FALSE)
      else()
        string(APPEND source "\\n${line}")
      endif()
    elseif(line MATCHES "<translation[^>]*type=\"(unfinished|vanished|obsolete)\"")
      string(REPLACE "<semicolon>" ";" shown "${source}")
      string(REPLACE "<lbracket>" "[" shown "${shown}")
      string(REPLACE "<rbracket>" "]" shown "${shown}")
      string(REPLACE "<backslash>" "\\" shown "${shown}")
      string(APPEND unfinished "  ${context}: \"${shown}\" (${CMAKE_MATCH_1})\n")
    endif()
  endforeach()
  if(unfinished)
    string(APPEND problems "${name}: strings not translated yet:\n${unfinished}")
  elseif(NOT updated STREQUAL committed)
    string(APPEND problems "${name} is out of date with the sources (strings were removed or "
                           "moved to another context).\n")
  endif()
endforeach()

if(problems)
  message(FATAL_ERROR "The translations do not match the sources.\n${problems}\n${fix}")
endif()
list(LENGTH TS_FILES count)
message(STATUS "All ${count} .ts files hold every tr() string of the sources, translated.")
