# The bots area's subcommands: bots, grant, revoke, policy, audit, action, serve.
target_sources(hilal-sf PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/bot_cli_support.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bots_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/permission_change.cpp
    ${CMAKE_CURRENT_LIST_DIR}/grant_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/revoke_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/policy_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/audit_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/action_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/serve_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lookup_command.cpp
)
target_link_libraries(hilal-sf PRIVATE hilal_bots hilal_actions hilal_secrets)
