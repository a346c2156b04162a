# SPDX-License-Identifier: Apache-2.0
# cmake -DBINARY=<file> [-DLDD=<ldd>] [-DREADELF=<readelf>] -P check_qt_links.cmake
#
# Fails unless BINARY links QtCore and none of QtNetwork, QtSql, QtGui, QtWidgets (nor any
# module built on them, like QtWebSockets or QtOpenGL), directly or through its dependencies.
if(NOT BINARY OR NOT EXISTS "${BINARY}")
  message(FATAL_ERROR "check_qt_links: no binary '${BINARY}'")
endif()
if(NOT LDD)
  find_program(LDD ldd REQUIRED)
endif()
if(NOT READELF)
  find_program(READELF readelf REQUIRED)
endif()

# Direct dependencies from the dynamic section, and the whole closure from the loader.
execute_process(COMMAND "${READELF}" -d "${BINARY}" OUTPUT_VARIABLE direct RESULT_VARIABLE rc1)
execute_process(COMMAND "${LDD}" "${BINARY}" OUTPUT_VARIABLE closure RESULT_VARIABLE rc2)
if(NOT rc1 EQUAL 0 OR NOT rc2 EQUAL 0)
  message(FATAL_ERROR "check_qt_links: cannot read the dependencies of ${BINARY}")
endif()
set(all "${direct}\n${closure}")

if(NOT all MATCHES "libQt6Core\\.so")
  message(FATAL_ERROR "check_qt_links: ${BINARY} does not link QtCore; is this a Qt binary?")
endif()
set(bad "")
foreach(module Network Sql Gui Widgets OpenGL WebSockets Svg)
  if(all MATCHES "libQt6${module}\\.so")
    list(APPEND bad Qt${module})
  endif()
endforeach()
if(bad)
  message(FATAL_ERROR "check_qt_links: ${BINARY} links ${bad}; the model must be QtCore only")
endif()
message(STATUS "check_qt_links: ${BINARY} links QtCore only")
