# The SOQL subcommand: soql check.
target_sources(hilal-sf PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/soql_command.cpp
)
target_link_libraries(hilal-sf PRIVATE hilal_soql)
