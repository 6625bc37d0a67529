# Small helpers so every target of the project is declared the same way:
# warnings on, Qt's unsafe conversions off, tests registered with the right environment.

# Warnings for the project's own code only (never for Qt's headers, which come in as SYSTEM).
function(hilal_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-unused-parameter)
    if(HILAL_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER QT_NO_FOREACH)
endfunction()

# hilal_add_library(NAME hilal_soql SOURCES a.cpp b.cpp LIBS Qt6::Core ...)
# One static library per src/ folder; its folder's parent (src/) is the include root,
# so code includes "soql/parser.h".
function(hilal_add_library)
    cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBS" ${ARGN})
    add_library(${ARG_NAME} STATIC ${ARG_SOURCES})
    target_include_directories(${ARG_NAME} PUBLIC ${PROJECT_SOURCE_DIR}/src ${PROJECT_BINARY_DIR}/src)
    target_link_libraries(${ARG_NAME} PUBLIC ${ARG_LIBS})
    hilal_set_warnings(${ARG_NAME})
endfunction()

# The environment every test runs in: offscreen Qt, WebEngine without sandbox or GPU, and a
# keychain service of its own so a test never reads or writes a user's real entries.
set(HILAL_TEST_ENVIRONMENT
    "QT_QPA_PLATFORM=offscreen"
    "QTWEBENGINE_DISABLE_SANDBOX=1"
    "QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu --no-sandbox"
    "QT_LOGGING_RULES=qt.webenginecontext.debug=false"
    "HILAL_SF_KEYCHAIN_SERVICE=hilal-sf-admin-test"
    "HILAL_TEST_OUTPUT_DIR=${PROJECT_BINARY_DIR}/test-output")

# Under HILAL_SANITIZE (the asan preset) an error, a leak or undefined behaviour fails the test,
# and the hilal-sf processes a test starts inherit the same options. Third-party libraries' leaks
# are suppressed in tests/sanitizers/lsan.supp, which says why for each.
set(HILAL_ASAN_OPTIONS "detect_leaks=1")
if(HILAL_SANITIZE)
    list(APPEND HILAL_TEST_ENVIRONMENT
        "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizers/lsan.supp:print_suppressions=0"
        "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
endif()

# hilal_add_test(NAME tst_lexer SOURCES tst_lexer.cpp LIBS hilal_soql [TIMEOUT 120] [LABELS gui])
# One Qt Test program per unit, named after it; registered with CTest under the same name.
function(hilal_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test ${ARG_LIBS})
    target_include_directories(${ARG_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    hilal_set_warnings(${ARG_NAME})
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set(environment ${HILAL_TEST_ENVIRONMENT})
    if(HILAL_SANITIZE)
        # Chromium in QtWebEngineCore trips new-delete-type-mismatch in its own code, which ASan
        # cannot suppress by library (tests/sanitizers/lsan.supp): off for the WebEngine tests only.
        if("gui" IN_LIST ARG_LABELS)
            list(APPEND environment "ASAN_OPTIONS=${HILAL_ASAN_OPTIONS}:new_delete_type_mismatch=0")
        else()
            list(APPEND environment "ASAN_OPTIONS=${HILAL_ASAN_OPTIONS}")
        endif()
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "${environment}")
    if(ARG_LABELS)
        set_tests_properties(${ARG_NAME} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
    file(MAKE_DIRECTORY ${PROJECT_BINARY_DIR}/test-output)
endfunction()

# hilal_add_bench(NAME bench_soql_parse SOURCES bench_soql_parse.cpp LIBS hilal_soql)
# Benchmarks print figures; they are built with the project but never run by ctest.
function(hilal_add_bench)
    cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE ${ARG_LIBS})
    hilal_set_warnings(${ARG_NAME})
endfunction()
