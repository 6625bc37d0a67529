# The SOQL console, results grid, action tester and activity log (issue 9), added to hilal_ui.
# Included from ui/CMakeLists.txt; paths are relative to this folder.
target_sources(hilal_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/results_model.cpp ${CMAKE_CURRENT_LIST_DIR}/results_model.h
    ${CMAKE_CURRENT_LIST_DIR}/results_view.cpp ${CMAKE_CURRENT_LIST_DIR}/results_view.h
    ${CMAKE_CURRENT_LIST_DIR}/soql_highlighter.cpp ${CMAKE_CURRENT_LIST_DIR}/soql_highlighter.h
    ${CMAKE_CURRENT_LIST_DIR}/soql_completer.cpp ${CMAKE_CURRENT_LIST_DIR}/soql_completer.h
    ${CMAKE_CURRENT_LIST_DIR}/soql_editor.cpp ${CMAKE_CURRENT_LIST_DIR}/soql_editor.h
    ${CMAKE_CURRENT_LIST_DIR}/confirmation_dialog.cpp ${CMAKE_CURRENT_LIST_DIR}/confirmation_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/soql_console.cpp ${CMAKE_CURRENT_LIST_DIR}/soql_console.h
    ${CMAKE_CURRENT_LIST_DIR}/soql_console_tab.cpp ${CMAKE_CURRENT_LIST_DIR}/soql_console_tab.h
    ${CMAKE_CURRENT_LIST_DIR}/action_result_view.cpp ${CMAKE_CURRENT_LIST_DIR}/action_result_view.h
    ${CMAKE_CURRENT_LIST_DIR}/action_tester.cpp ${CMAKE_CURRENT_LIST_DIR}/action_tester.h
    ${CMAKE_CURRENT_LIST_DIR}/actions_tab.cpp ${CMAKE_CURRENT_LIST_DIR}/actions_tab.h
    ${CMAKE_CURRENT_LIST_DIR}/audit_model.cpp ${CMAKE_CURRENT_LIST_DIR}/audit_model.h
    ${CMAKE_CURRENT_LIST_DIR}/activity_tab.cpp ${CMAKE_CURRENT_LIST_DIR}/activity_tab.h
    ${CMAKE_CURRENT_LIST_DIR}/bulk_export_dialog.cpp ${CMAKE_CURRENT_LIST_DIR}/bulk_export_dialog.h
)
target_link_libraries(hilal_ui PUBLIC hilal_soql hilal_results hilal_salesforce hilal_bots hilal_actions Qt6::Concurrent Qt6::Sql)
# The Lead fields tab (field mapping of create-lead).
target_sources(hilal_ui PRIVATE ${CMAKE_CURRENT_LIST_DIR}/lead_fields_tab.cpp ${CMAKE_CURRENT_LIST_DIR}/lead_fields_tab.h)
