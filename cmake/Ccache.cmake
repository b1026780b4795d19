# SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Compiles through ccache (issue 13), so a clean clone on the same machine recompiles only what
# changed. Included from the top-level CMakeLists.txt before any target exists.
#
#   -DSNC_CCACHE=AUTO  (default) use ccache when it is installed
#   -DSNC_CCACHE=ON    require it (scripts/build.sh, test-sanitizers.sh and fuzz.sh pass this)
#   -DSNC_CCACHE=OFF   never
#
# The cache is the user's: $CCACHE_DIR, else $XDG_CACHE_HOME/ccache, else ~/.cache/ccache, fixed
# at configure time so a build started by plain `ninja` uses the same one. Two settings make a
# hit possible across clones in different folders:
#   base_dir = the source tree: absolute paths under it are rewritten as relative ones before
#              hashing (and in the compiler's command line, so __FILE__ is relative too);
#   hash_dir = false: the working directory is not hashed for -g builds (the debug info of a
#              reused object names the folder it was first compiled in; gdb's
#              `set substitute-path` fixes that for the rare debugging session on CI objects).
# Nothing else carries over: objects are looked up by the hash of the preprocessed source, the
# compiler and its flags, so a clean clone still configures from scratch.
# One way to poison it (seen on 2026-12-05): a file swapped while its compile runs is hashed with
# one content and compiled with the other. README, "ccache", says how to mend an entry.
set(SNC_CCACHE AUTO CACHE STRING "Compile through ccache: AUTO, ON (required) or OFF")
set_property(CACHE SNC_CCACHE PROPERTY STRINGS AUTO ON OFF)

if(NOT SNC_CCACHE STREQUAL "OFF")
    find_program(SNC_CCACHE_PROGRAM ccache)
    if(NOT SNC_CCACHE_PROGRAM)
        if(SNC_CCACHE STREQUAL "ON")
            message(FATAL_ERROR "SNC_CCACHE=ON but ccache is not installed: apt-get install ccache")
        endif()
    else()
        if(DEFINED ENV{CCACHE_DIR})
            set(_snc_ccache_dir "$ENV{CCACHE_DIR}")
        elseif(DEFINED ENV{XDG_CACHE_HOME} AND NOT "$ENV{XDG_CACHE_HOME}" STREQUAL "")
            set(_snc_ccache_dir "$ENV{XDG_CACHE_HOME}/ccache")
        else()
            set(_snc_ccache_dir "$ENV{HOME}/.cache/ccache")
        endif()
        set(_snc_launcher ${CMAKE_COMMAND} -E env
            "CCACHE_DIR=${_snc_ccache_dir}"
            "CCACHE_BASEDIR=${PROJECT_SOURCE_DIR}"
            CCACHE_NOHASHDIR=true
            ${SNC_CCACHE_PROGRAM})
        set(CMAKE_CXX_COMPILER_LAUNCHER ${_snc_launcher})
        set(CMAKE_C_COMPILER_LAUNCHER ${_snc_launcher})
        message(STATUS "ccache: ${SNC_CCACHE_PROGRAM}, cache in ${_snc_ccache_dir}")
    endif()
endif()
