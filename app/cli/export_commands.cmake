# The Bulk export subcommand: export (Bulk API 2.0 query job → file).
target_sources(hilal-sf PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/export_command.cpp
)
target_link_libraries(hilal-sf PRIVATE hilal_salesforce hilal_secrets hilal_soql hilal_bots Qt6::Network)
