# The results grid's load benchmark (issue 9).
hilal_add_bench(NAME bench_grid_load SOURCES bench_grid_load.cpp LIBS hilal_bench_support hilal_ui hilal_emulator)
