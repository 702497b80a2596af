# Installing Nianbao and its Debian package: `cpack -G DEB` in the build folder writes
# nianbao_VERSION_amd64.deb (README, "Install as a Debian package"). The formats, migrations and
# translations are compiled into the binary as Qt resources, so /usr/bin/nianbao is all the program
# needs; everything else installed here is for the desktop (menu entry, icon, file type, software
# centre) and for people (man pages, copyright).
include(GNUInstallDirs)

# The Debian control's Maintainer and the changelog's signature. The project has no address of its own
# yet: set the real one with -DNIANBAO_MAINTAINER="Name <address>".
set(NIANBAO_MAINTAINER "Nianbao maintainers <nianbao@example.org>" CACHE STRING "Maintainer of the Debian package")
# The AppStream id, also the .desktop file's name (reverse DNS, as AppStream requires).
set(NIANBAO_APP_ID org.nianbao.Nianbao)

set(nianbao_data_out ${PROJECT_BINARY_DIR}/packaging)
set(nianbao_data_files)

# Man pages, gzipped without name or time stamp (Debian policy; lintian checks both).
foreach(lang en zh_CN)
    if(lang STREQUAL "en")
        set(source ${PROJECT_SOURCE_DIR}/man/nianbao.1)
        set(dest ${CMAKE_INSTALL_MANDIR}/man1)
    else()
        set(source ${PROJECT_SOURCE_DIR}/man/${lang}/nianbao.1)
        set(dest ${CMAKE_INSTALL_MANDIR}/${lang}/man1)
    endif()
    set(VERSION ${PROJECT_VERSION})
    configure_file(${source} ${nianbao_data_out}/man/${lang}/nianbao.1 @ONLY)
    add_custom_command(OUTPUT ${nianbao_data_out}/man/${lang}/nianbao.1.gz
        COMMAND gzip -9nf -k ${nianbao_data_out}/man/${lang}/nianbao.1
        DEPENDS ${nianbao_data_out}/man/${lang}/nianbao.1 ${source}
        COMMENT "Compressing the ${lang} man page")
    list(APPEND nianbao_data_files ${nianbao_data_out}/man/${lang}/nianbao.1.gz)
    install(FILES ${nianbao_data_out}/man/${lang}/nianbao.1.gz DESTINATION ${dest})
endforeach()

configure_file(${PROJECT_SOURCE_DIR}/resources/debian/changelog.in ${nianbao_data_out}/changelog @ONLY)
add_custom_command(OUTPUT ${nianbao_data_out}/changelog.gz
    COMMAND gzip -9nf -k ${nianbao_data_out}/changelog
    DEPENDS ${nianbao_data_out}/changelog
    COMMENT "Compressing the Debian changelog")
list(APPEND nianbao_data_files ${nianbao_data_out}/changelog.gz)

# The icon is drawn once as SVG; the theme's fixed sizes are rendered from it at build time.
set(NIANBAO_ICON_SIZES 16 22 24 32 48 64 128 256)
find_program(RSVG_CONVERT rsvg-convert)
if(RSVG_CONVERT)
    foreach(size ${NIANBAO_ICON_SIZES})
        set(png ${nianbao_data_out}/icons/${size}x${size}/nianbao.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${nianbao_data_out}/icons/${size}x${size}
            COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${PROJECT_SOURCE_DIR}/resources/icons/nianbao.svg
            DEPENDS ${PROJECT_SOURCE_DIR}/resources/icons/nianbao.svg
            COMMENT "Rendering the ${size}x${size} icon")
        list(APPEND nianbao_data_files ${png})
        install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
else()
    message(WARNING "rsvg-convert (Debian: librsvg2-bin) not found: the package will hold the SVG icon only")
endif()
add_custom_target(nianbao_package_data ALL DEPENDS ${nianbao_data_files})

install(TARGETS nianbao RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/nianbao.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/${NIANBAO_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/metainfo/${NIANBAO_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/mime/nianbao.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
install(FILES ${PROJECT_SOURCE_DIR}/resources/debian/copyright ${nianbao_data_out}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/nianbao)

# The package. Menu, MIME and icon caches are refreshed by the dpkg triggers of desktop-file-utils,
# shared-mime-info and the icon theme: no maintainer scripts. The user's databases live in
# ~/.local/share/Nianbao (QStandardPaths), never in the package, so removing it leaves them.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME nianbao)
set(CPACK_PACKAGE_VENDOR "Nianbao")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${NIANBAO_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "annual government information disclosure report (年报填报)")
set(CPACK_PACKAGE_DESCRIPTION "Nianbao is where a Chinese government agency prepares its annual
government information disclosure report in the national format (the 2019 and
2021 versions), with every arithmetic rule of the format checked as the clerk
types. It carries a report over to the next year, consolidates many agencies'
reports, takes them through review and sign-off, and publishes them as PDF,
web page, ODT, Excel or CSV. Reports are kept in a SQLite file or on a shared
PostgreSQL server.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries the binary links (Qt, libxlsxwriter, and whatever is added later: libsodium, Poppler,
# libzip) come from dpkg-shlibdeps. What it cannot see: the Qt SQL drivers and the window-system
# plugins are loaded at run time, and the PDF embeds these two fonts (README, Publishing).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, fonts-arphic-uming, fonts-wqy-zenhei")
# Qt's own dialog buttons in Chinese.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
