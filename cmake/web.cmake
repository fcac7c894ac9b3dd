# Emscripten build: the web app (app.js + app.wasm + shell) into build/web, and the core tests as wasm.
set(OVERBLIK_WEB_OUT ${CMAKE_SOURCE_DIR}/build/web CACHE PATH "Where the web app is written (tests read OVERBLIK_WEB_ROOT)")
set(WEB_OUT ${OVERBLIK_WEB_OUT})
set(IMGUI_DIR ${DEPS_DIR}/imgui)

# Exceptions on (compile and link): a bad input must be caught, never abort the app. Native WebAssembly
# exceptions, not the JS-emulated kind: those route every call in a scope with destructors through a JS
# trampoline (invoke_*), which made the scenario recompute ~3x slower than native.
target_compile_options(overblik_core PUBLIC -fwasm-exceptions)
target_link_options(overblik_core PUBLIC -fwasm-exceptions)

# No ImGui backend: the app renders with its own WebGL2 renderer (wasm/platform/renderer.cpp).
add_library(imgui STATIC ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR})
# The test-engine hooks are implemented by the app (app/automation) to expose widgets to browser tests.
# 32-bit indices: the renderer rebases every draw list's indices onto one vertex buffer per frame.
target_compile_definitions(imgui PUBLIC IMGUI_ENABLE_TEST_ENGINE IMGUI_DISABLE_OBSOLETE_FUNCTIONS "ImDrawIdx=unsigned int")
target_compile_options(imgui PRIVATE -w)

file(GLOB_RECURSE APP_SOURCES CONFIGURE_DEPENDS app/*.cpp wasm/*.cpp)
add_executable(app ${APP_SOURCES})
target_link_libraries(app PRIVATE overblik_core imgui)
target_compile_options(app PRIVATE ${OVERBLIK_WARNINGS})
set_target_properties(app PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${WEB_OUT} SUFFIX ".js")
file(GLOB APP_JS_LIBS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/wasm/js/library_*.js)
set(APP_JS_LIB_FLAGS)
foreach(lib ${APP_JS_LIBS})
  list(APPEND APP_JS_LIB_FLAGS "SHELL:--js-library ${lib}")
endforeach()
# WebGL2 only, no GLES emulation: -sFULL_ES3 (client-side arrays) would add JS bookkeeping to every draw call.
target_link_options(app PRIVATE -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sGL_TRACK_ERRORS=0
  -sALLOW_MEMORY_GROWTH -sINITIAL_MEMORY=67108864 -sEXPORTED_RUNTIME_METHODS=ccall,cwrap,UTF8ToString,stringToUTF8,lengthBytesUTF8
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free -sENVIRONMENT=web
  ${APP_JS_LIB_FLAGS} -lidbfs.js)
set_property(TARGET app APPEND PROPERTY LINK_DEPENDS ${APP_JS_LIBS})

# The commit log's worker (wasm/persist/log_worker.js), loaded by library_persist.js next to the page.
set(PERSIST_LOG_WORKER ${CMAKE_SOURCE_DIR}/wasm/persist/log_worker.js)

# Shell, service worker, manifest, icons and the font (copied from Debian's fonts-dejavu-core at build time).
file(GLOB WEB_STATIC CONFIGURE_DEPENDS wasm/shell/*)
add_custom_target(web_static ALL
  COMMAND ${CMAKE_COMMAND} -E make_directory ${WEB_OUT}/fonts
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${WEB_STATIC} ${WEB_OUT}/
  COMMAND ${CMAKE_COMMAND} -E copy_if_different /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
          /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ${WEB_OUT}/fonts/
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${PERSIST_LOG_WORKER} ${WEB_OUT}/persist_log_worker.js
  DEPENDS ${WEB_STATIC} ${PERSIST_LOG_WORKER})

# Issue 8 (PWA): icons and sw-version.js (build version = hash of the precached files) for the service worker.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
add_custom_target(web_pwa ALL
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/wasm/pwa/make_assets.py ${WEB_OUT}
  DEPENDS ${CMAKE_SOURCE_DIR}/wasm/pwa/make_assets.py)
add_dependencies(web_pwa app web_static)

# The core tests compiled to wasm and run under Node: same figures natively and in wasm.
set(GTEST_SRC /usr/src/googletest/googletest)
add_library(gtest_wasm STATIC ${GTEST_SRC}/src/gtest-all.cc ${GTEST_SRC}/src/gtest_main.cc)
target_include_directories(gtest_wasm SYSTEM PUBLIC ${GTEST_SRC}/include ${GTEST_SRC})
target_compile_options(gtest_wasm PRIVATE -w -fwasm-exceptions)
add_executable(core_tests_wasm ${CORE_TEST_SOURCES})
target_link_libraries(core_tests_wasm PRIVATE overblik_core gtest_wasm)
target_compile_definitions(core_tests_wasm PRIVATE OVERBLIK_SOURCE_DIR="${CMAKE_SOURCE_DIR}" OVERBLIK_WASM_TESTS)
target_link_options(core_tests_wasm PRIVATE -sENVIRONMENT=node -sALLOW_MEMORY_GROWTH -sNODERAWFS=1 -sEXIT_RUNTIME=1
  -sTOTAL_STACK=4194304)
add_test(NAME core_tests_wasm COMMAND node --no-experimental-fetch $<TARGET_FILE:core_tests_wasm>)
set_tests_properties(core_tests_wasm PROPERTIES LABELS wasm ENVIRONMENT NODE_PATH=/usr/share/nodejs)

# Persistence harness (issue 6): the page VFS + library_persist.js in a small module with exported functions,
# and the pages its browser tests and bench load; everything lands in build/web-persist-harness.
set(PERSIST_HARNESS_OUT ${CMAKE_SOURCE_DIR}/build/web-persist-harness)
# Only the SQLite wrapper of the core (not all of it), so the harness rebuilds quickly.
file(GLOB PERSIST_HARNESS_SOURCES CONFIGURE_DEPENDS bench/persistence/harness/*.cpp)
list(APPEND PERSIST_HARNESS_SOURCES wasm/persist/page_vfs.cpp wasm/persist/storage.cpp)
add_executable(persist_harness ${PERSIST_HARNESS_SOURCES} core/store/db.cpp)
target_include_directories(persist_harness PRIVATE ${CMAKE_SOURCE_DIR})
target_link_libraries(persist_harness PRIVATE sqlite3)
target_compile_options(persist_harness PRIVATE ${OVERBLIK_WARNINGS})
set_target_properties(persist_harness PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PERSIST_HARNESS_OUT} SUFFIX ".js")
target_link_options(persist_harness PRIVATE -sALLOW_MEMORY_GROWTH -sINITIAL_MEMORY=67108864 -sENVIRONMENT=web
  -sEXPORTED_RUNTIME_METHODS=ccall,cwrap,UTF8ToString,FS -sEXPORTED_FUNCTIONS=_main,_malloc,_free
  "SHELL:--js-library ${CMAKE_SOURCE_DIR}/wasm/js/library_persist.js" -lidbfs.js)
set_property(TARGET persist_harness APPEND PROPERTY LINK_DEPENDS ${CMAKE_SOURCE_DIR}/wasm/js/library_persist.js)
file(GLOB PERSIST_HARNESS_PAGES CONFIGURE_DEPENDS bench/persistence/pages/*)
add_custom_target(persist_harness_pages
  COMMAND ${CMAKE_COMMAND} -E make_directory ${PERSIST_HARNESS_OUT}
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${PERSIST_HARNESS_PAGES} ${PERSIST_HARNESS_OUT}/
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${PERSIST_LOG_WORKER} ${PERSIST_HARNESS_OUT}/persist_log_worker.js)
add_dependencies(persist_harness persist_harness_pages)
