# SPDX-License-Identifier: Apache-2.0
# Installs the server's systemd unit, sysusers.d entry and default config. Runs at install
# time (install(CODE) in packaging/CMakeLists.txt) because the paths written into the unit
# depend on the prefix actually installed to: /usr for the .deb and the .tar.gz (whose /etc
# files then go to /etc), or whatever `cmake --install --prefix` names. DESTDIR is honoured
# by file(INSTALL).
#
# In: INKBOARD_PACKAGING_SOURCE_DIR, INKBOARD_PACKAGING_BINARY_DIR, CMAKE_INSTALL_PREFIX.

set(prefix "${CMAKE_INSTALL_PREFIX}")
if(prefix STREQUAL "/usr")
  set(sysconfdir "/etc")
else()
  set(sysconfdir "${prefix}/etc")
endif()

set(INKBOARD_SERVER_BINARY "${prefix}/bin/inkboard-server")
set(INKBOARD_ENV_FILE "${sysconfdir}/inkboard/server.env")
set(INKBOARD_SERVER_DOC_DIR "${prefix}/share/doc/inkboard-server")

set(staging "${INKBOARD_PACKAGING_BINARY_DIR}/server-install")
configure_file("${INKBOARD_PACKAGING_SOURCE_DIR}/server/inkboard-server.service.in"
               "${staging}/inkboard-server.service" @ONLY)

file(INSTALL "${staging}/inkboard-server.service"
     DESTINATION "${prefix}/lib/systemd/system"
     PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
file(INSTALL "${INKBOARD_PACKAGING_SOURCE_DIR}/server/sysusers.conf"
     DESTINATION "${prefix}/lib/sysusers.d" RENAME "inkboard-server.conf"
     PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
# The default file holds no secret. Installed into a package's staging tree (DESTDIR: the
# .deb, the .tar.gz) it is 0644 as Debian wants files to be (lintian), and the package's
# postinst makes it root:inkboard-server 0640 before an admin can put a database password in
# it. A plain install straight onto the system (no DESTDIR, no such group yet) leaves it
# readable by root only, and keeps the settings an admin already has there; dpkg does the
# same for the package's conffile.
if(NOT "$ENV{DESTDIR}" STREQUAL "")
  file(INSTALL "${INKBOARD_PACKAGING_SOURCE_DIR}/server/server.env"
       DESTINATION "${sysconfdir}/inkboard"
       PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
elseif(NOT EXISTS "${INKBOARD_ENV_FILE}")
  file(INSTALL "${INKBOARD_PACKAGING_SOURCE_DIR}/server/server.env"
       DESTINATION "${sysconfdir}/inkboard"
       PERMISSIONS OWNER_READ OWNER_WRITE)
else()
  message(STATUS "Keeping: ${INKBOARD_ENV_FILE}")
endif()
