# The layering of docs/architecture.md, checked on the sources (ctest: Layering):
#  - the data layer stays in models/: no Qt SQL class in app/ or dialogs/;
#  - models/ has no QtWidgets dependency;
#  - the contest settings do not reach into the question bank or the submissions;
#  - no two units of models/ include each other (a unit: a header and its .cpp).
# Run: cmake -DSOURCE_DIR=<repo> -P CheckLayering.cmake
cmake_minimum_required(VERSION 3.25)
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "SOURCE_DIR is not set")
endif()
set(violations "")

function(sources_of out)
    set(all "")
    foreach(dir IN LISTS ARGN)
        file(GLOB_RECURSE found "${SOURCE_DIR}/${dir}/*.h" "${SOURCE_DIR}/${dir}/*.cpp")
        list(APPEND all ${found})
    endforeach()
    set(${out} ${all} PARENT_SCOPE)
endfunction()

function(relative out path)
    file(RELATIVE_PATH rel "${SOURCE_DIR}" "${path}")
    set(${out} "${rel}" PARENT_SCOPE)
endfunction()

# Lines of `files` matching `regex`, each reported as "file:line: rule".
function(forbid rule regex)
    set(found_here "")
    foreach(file IN LISTS ARGN)
        file(STRINGS "${file}" lines)
        set(number 0)
        foreach(line IN LISTS lines)
            math(EXPR number "${number} + 1")
            if(line MATCHES "${regex}")
                relative(rel "${file}")
                list(APPEND found_here "${rel}:${number}: ${rule}")
            endif()
        endforeach()
    endforeach()
    set(violations ${violations} ${found_here} PARENT_SCOPE)
endfunction()

sources_of(ui_sources app dialogs)
forbid("the data layer belongs in models/ (Qt SQL used here)"
       "(QSqlQuery|QSqlDatabase|QSqlRecord|#include <QtSql)" ${ui_sources})

sources_of(core_sources models)
forbid("models/ must not depend on QtWidgets"
       "#include <(QtWidgets|QWidget|QDialog|QMainWindow|QApplication|QMessageBox|QFileDialog)"
       ${core_sources})

sources_of(contest_sources models/contest)
forbid("the contest settings must not include the question bank or the submissions"
       "#include \"(questions|submissions)/" ${contest_sources})

# Units that include each other: edges unit -> unit from the #include "dir/Name.h" lines.
set(edges "")
foreach(file IN LISTS core_sources)
    relative(rel "${file}")
    string(REGEX REPLACE "^models/" "" rel "${rel}")
    string(REGEX REPLACE "\\.(h|cpp)$" "" unit "${rel}")
    get_filename_component(unit_dir "${unit}" DIRECTORY)
    file(STRINGS "${file}" includes REGEX "^#include \"")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^#include \"([^\"]+)\\.h\".*$" "\\1" target "${line}")
        if(NOT target MATCHES "/")
            set(target "${unit_dir}/${target}")
        endif()
        if(NOT target STREQUAL unit)
            list(APPEND edges "${unit}>${target}")
        endif()
    endforeach()
endforeach()
list(REMOVE_DUPLICATES edges)
foreach(edge IN LISTS edges)
    string(REPLACE ">" ";" pair "${edge}")
    list(GET pair 0 from)
    list(GET pair 1 to)
    if("${to}>${from}" IN_LIST edges AND from STRLESS to)
        list(APPEND violations "models/${from} and models/${to} include each other")
    endif()
endforeach()

if(violations)
    list(LENGTH violations count)
    string(REPLACE ";" "\n  " text "${violations}")
    message(FATAL_ERROR "Layering: ${count} violation(s):\n  ${text}")
endif()
message(STATUS "Layering: app/, dialogs/ and models/ keep their layers")
