# SPDX-License-Identifier: Apache-2.0
# Per-generator CPack settings (CPACK_PROJECT_CONFIG_FILE): cpack reads this once for each
# generator it runs, with CPACK_GENERATOR set to that one.

if(CPACK_GENERATOR MATCHES "^(TGZ|TXZ|TBZ2|ZIP)$" AND CPACK_SYSTEM_NAME STREQUAL "Linux")
  # The Linux archives hold the same tree as the .deb (/usr/..., /etc/inkboard/...), to
  # unpack over / on a system without dpkg: sudo tar -xzf inkboard-server-*.tar.gz -C /
  set(CPACK_SET_DESTDIR ON)
  set(CPACK_INSTALL_PREFIX "/usr")
endif()

if(CPACK_GENERATOR STREQUAL "DEB")
  # Each package's synopsis is the first line of its CPACK_DEBIAN_<COMPONENT>_DESCRIPTION:
  # CPackDeb puts the shared summary in front unless it is CMake's default one.
  set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY}")
endif()
