# Tests of the SOQL console, results grid, action tester and activity log (issue 9).
hilal_add_test(NAME tst_results_model SOURCES tst_results_model.cpp LIBS hilal_ui LABELS gui)
