# What Debian wants beside the programs, made at build time from the programs themselves:
# man pages (help2man over --help, so they never drift from it), bash and zsh completion for
# hilal-sf (from `hilal-sf --help`), the copyright file and the gzipped changelog.
find_program(HELP2MAN_EXECUTABLE help2man)
find_program(GZIP_EXECUTABLE gzip REQUIRED)
set(HILAL_DOC_DIR ${CMAKE_BINARY_DIR}/packaging/generated)
file(MAKE_DIRECTORY ${HILAL_DOC_DIR})

set(hilal_doc_outputs
    ${HILAL_DOC_DIR}/changelog.gz
    ${HILAL_DOC_DIR}/hilal-sf.bash
    ${HILAL_DOC_DIR}/_hilal-sf)
add_custom_command(OUTPUT ${HILAL_DOC_DIR}/changelog.gz
    COMMAND ${GZIP_EXECUTABLE} -9n -c ${CMAKE_CURRENT_SOURCE_DIR}/changelog > ${HILAL_DOC_DIR}/changelog.gz
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/changelog
    COMMENT "changelog.gz")
add_custom_command(OUTPUT ${HILAL_DOC_DIR}/hilal-sf.bash ${HILAL_DOC_DIR}/_hilal-sf
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/completion/make_completions.sh $<TARGET_FILE:hilal-sf>
            ${HILAL_DOC_DIR}/hilal-sf.bash ${HILAL_DOC_DIR}/_hilal-sf
    DEPENDS hilal-sf ${CMAKE_CURRENT_SOURCE_DIR}/completion/make_completions.sh
    COMMENT "bash and zsh completion for hilal-sf")

if(HELP2MAN_EXECUTABLE)
    add_custom_command(OUTPUT ${HILAL_DOC_DIR}/hilal-sf.1.gz
        COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/man/make_man_page.sh $<TARGET_FILE:hilal-sf> ${HILAL_DOC_DIR}/hilal-sf.1.gz
                "connect Hilal Chatbot bots to Salesforce and run their actions from scripts"
                ${CMAKE_CURRENT_SOURCE_DIR}/man/hilal-sf.h2m --subcommands
        DEPENDS hilal-sf ${CMAKE_CURRENT_SOURCE_DIR}/man/make_man_page.sh ${CMAKE_CURRENT_SOURCE_DIR}/man/hilal-sf.h2m
        COMMENT "man page hilal-sf(1)")
    add_custom_command(OUTPUT ${HILAL_DOC_DIR}/hilal-sf-admin.1.gz
        COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/man/make_man_page.sh $<TARGET_FILE:hilal-sf-admin> ${HILAL_DOC_DIR}/hilal-sf-admin.1.gz
                "connect Hilal Chatbot bots to Salesforce and decide what they may do"
                ${CMAKE_CURRENT_SOURCE_DIR}/man/hilal-sf-admin.h2m
        DEPENDS hilal-sf-admin ${CMAKE_CURRENT_SOURCE_DIR}/man/make_man_page.sh ${CMAKE_CURRENT_SOURCE_DIR}/man/hilal-sf-admin.h2m
        COMMENT "man page hilal-sf-admin(1)")
    list(APPEND hilal_doc_outputs ${HILAL_DOC_DIR}/hilal-sf.1.gz ${HILAL_DOC_DIR}/hilal-sf-admin.1.gz)
    install(FILES ${HILAL_DOC_DIR}/hilal-sf.1.gz ${HILAL_DOC_DIR}/hilal-sf-admin.1.gz
            DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
    message(WARNING "help2man not found (Debian: apt install help2man): the package will lack its man pages")
endif()
add_custom_target(hilal_package_docs ALL DEPENDS ${hilal_doc_outputs})

install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/copyright ${HILAL_DOC_DIR}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/hilal-sf-admin)
install(FILES ${HILAL_DOC_DIR}/hilal-sf.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME hilal-sf)
install(FILES ${HILAL_DOC_DIR}/_hilal-sf DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
