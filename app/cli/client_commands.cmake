# The client area's subcommands: config, connect, status, disconnect, query.
target_sources(hilal-sf PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/config_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/connect_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/status_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/disconnect_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/query_command.cpp
)
target_link_libraries(hilal-sf PRIVATE hilal_salesforce hilal_secrets hilal_soql hilal_bots Qt6::Network)
