# Desktop installation of the player: binary, bundled courses, catalogs, desktop entry, icon and
# AppStream metainfo in the usual places, and a .deb (cpack -G DEB) naming Debian runtime packages.
set(KOMPIS_APP_ID "se.kompis.Kompis")

install(TARGETS kompis RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY "${PROJECT_SOURCE_DIR}/media/i18n" DESTINATION "${CMAKE_INSTALL_DATADIR}/kompis")
# Every bundled course folder (the format notes and the schema are for authors, not learners).
install(DIRECTORY "${PROJECT_SOURCE_DIR}/courses/" DESTINATION "${CMAKE_INSTALL_DATADIR}/kompis/courses"
        PATTERN "FORMAT.md" EXCLUDE
        PATTERN "schema" EXCLUDE)
install(FILES "${PROJECT_SOURCE_DIR}/media/${KOMPIS_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${PROJECT_SOURCE_DIR}/media/${KOMPIS_APP_ID}.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
install(FILES "${PROJECT_SOURCE_DIR}/media/${KOMPIS_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

set(CPACK_PACKAGE_NAME "kompis")
set(CPACK_PACKAGE_VENDOR "Kompis team")
set(CPACK_PACKAGE_CONTACT "Kompis team <kompis@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Self-paced Swedish and Norwegian for work")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB")
set(CPACK_STRIP_FILES ON) # debug info stays in the build tree; schools get small binaries
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_SECTION "education")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://kompis.invalid/")
# Named by hand (not dpkg-shlibdeps) so the package builds the same on any machine; these are
# Debian 12's runtime packages of every library the programs link, plus a font with Nordic letters.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libsfml-graphics2.5, libsfml-window2.5, libsfml-audio2.5, libsfml-system2.5, libopenal1, libicu72, libsndfile1, libtinyxml2-9, libsqlite3-0, libsodium23, libzip4, libespeak-ng1, libhunspell-1.7-0, libpq5, fonts-dejavu-core | fonts-noto-core")
# kompis-author validate checks spelling with these dictionaries when they are installed.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "hunspell-sv, hunspell-no")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Kompis helps adults learn Swedish and Norwegian for work: short lessons with audio,\n quizzes with helpful feedback, reviews at the right time, and progress for teachers.")
include(CPack)
