# Native build: the overblik CLI, the core tests, benchmarks and fuzz targets.
find_package(GTest REQUIRED)
find_package(benchmark QUIET)

file(GLOB CLI_SOURCES CONFIGURE_DEPENDS cli/*.cpp)
add_executable(overblik ${CLI_SOURCES})
target_link_libraries(overblik PRIVATE overblik_core)
target_compile_options(overblik PRIVATE ${OVERBLIK_WARNINGS})

add_executable(core_tests ${CORE_TEST_SOURCES})
target_link_libraries(core_tests PRIVATE overblik_core GTest::gtest_main)
target_compile_options(core_tests PRIVATE ${OVERBLIK_WARNINGS})
target_compile_definitions(core_tests PRIVATE OVERBLIK_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
include(GoogleTest)
gtest_discover_tests(core_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS core)

# CLI tests: shell scripts under tests/cli, each given the path of the overblik binary.
file(GLOB CLI_TESTS CONFIGURE_DEPENDS tests/cli/*.sh)
foreach(t ${CLI_TESTS})
  get_filename_component(name ${t} NAME_WE)
  add_test(NAME cli.${name} COMMAND bash ${t} $<TARGET_FILE:overblik> ${CMAKE_SOURCE_DIR})
  set_tests_properties(cli.${name} PROPERTIES LABELS cli)
endforeach()

# Benchmarks: one executable per bench/<name>.cpp; each prints its own ratio against a baseline.
file(GLOB BENCH_SOURCES CONFIGURE_DEPENDS bench/*.cpp)
foreach(src ${BENCH_SOURCES})
  get_filename_component(name ${src} NAME_WE)
  add_executable(bench_${name} ${src})
  target_link_libraries(bench_${name} PRIVATE overblik_core)
  target_compile_options(bench_${name} PRIVATE ${OVERBLIK_WARNINGS})
endforeach()

if(OVERBLIK_FUZZ)
  # The core itself carries coverage and sanitizers, not only the fuzz wrapper: otherwise libFuzzer is blind to
  # the importer's branches and ASan/UBSan never see its memory. UBSan findings abort so they count as crashes.
  set(FUZZ_INSTRUMENT -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all)
  target_compile_options(overblik_core PRIVATE ${FUZZ_INSTRUMENT})
  target_compile_options(sqlite3 PRIVATE -fsanitize=address)
  file(GLOB FUZZ_SOURCES CONFIGURE_DEPENDS tests/fuzz/*.cpp)
  foreach(src ${FUZZ_SOURCES})
    get_filename_component(name ${src} NAME_WE)
    add_executable(fuzz_${name} ${src})
    target_link_libraries(fuzz_${name} PRIVATE overblik_core)
    target_compile_options(fuzz_${name} PRIVATE -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all)
    target_link_options(fuzz_${name} PRIVATE -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all)
  endforeach()
endif()
