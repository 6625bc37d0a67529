# The field-mapping subcommand: mapping show|set|unset|check.
target_sources(hilal-sf PRIVATE ${CMAKE_CURRENT_LIST_DIR}/mapping_command.cpp)
target_link_libraries(hilal-sf PRIVATE hilal_bots hilal_actions hilal_salesforce hilal_secrets)
