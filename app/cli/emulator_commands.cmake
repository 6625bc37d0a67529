# The local org's subcommand: emulator.
target_sources(hilal-sf PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/emulator_command.cpp
)
target_link_libraries(hilal-sf PRIVATE hilal_emulator)
