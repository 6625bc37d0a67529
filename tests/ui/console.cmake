# Tests of the SOQL console, results grid, action tester and activity log (issue 9).
hilal_add_test(NAME tst_results_model SOURCES tst_results_model.cpp LIBS hilal_ui LABELS gui)
hilal_add_test(NAME tst_soql_highlighter SOURCES tst_soql_highlighter.cpp gui_test.h LIBS hilal_ui LABELS gui)
hilal_add_test(NAME tst_soql_console SOURCES tst_soql_console.cpp console_test_org.h gui_test.h
               LIBS hilal_ui hilal_emulator LABELS gui)
hilal_add_test(NAME tst_action_tester SOURCES tst_action_tester.cpp console_test_org.h gui_test.h
               LIBS hilal_ui hilal_emulator LABELS gui)
hilal_add_test(NAME tst_activity_tab SOURCES tst_activity_tab.cpp gui_test.h LIBS hilal_ui LABELS gui)
hilal_add_test(NAME tst_lead_fields_tab SOURCES tst_lead_fields_tab.cpp console_test_org.h gui_test.h
               LIBS hilal_ui hilal_emulator LABELS gui)
hilal_add_test(NAME tst_bulk_export_dialog SOURCES tst_bulk_export_dialog.cpp console_test_org.h gui_test.h
               LIBS hilal_ui hilal_emulator LABELS gui)
