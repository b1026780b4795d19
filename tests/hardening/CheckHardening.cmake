# SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reads built programs with readelf and fails unless each has the hardening of
# cmake/Hardening.cmake (issue 15 item 16). Run by ctest (tests/hardening/CMakeLists.txt):
#   cmake -DREADELF=… -DPROGRAMS="a;b" -DOBJECTS="a.o;b.o" -DCET=NONE|OBJECTS|PROGRAMS -P this
# Checked on each program:
#   full RELRO   a GNU_RELRO segment, and BIND_NOW in FLAGS or NOW in FLAGS_1 (lazy binding would
#                leave the GOT writable);
#   stack protector  __stack_chk_fail is referenced;
#   fortify      at least one glibc checked call (__*_chk other than __stack_chk_fail);
#   no executable stack  GNU_STACK is RW, not RWE;
#   CET          PROGRAMS: the program's property note names IBT and SHSTK. OBJECTS: the linker
#                drops the note when one input lacks it, and Debian 12's C start-up files
#                (crt1.o…) are built without CET, so there the note is checked on our own
#                objects (the flag reached the compiler); NONE: the compiler has no CET.
cmake_minimum_required(VERSION 3.25)
set(failures "")

function(snc_readelf out)
    execute_process(COMMAND ${READELF} -W ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE text ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "readelf ${ARGN} failed: ${err}")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

foreach(program IN LISTS PROGRAMS)
    if(NOT EXISTS "${program}")
        message(FATAL_ERROR "no program ${program}: build it first")
    endif()
    get_filename_component(name "${program}" NAME)
    snc_readelf(segments -l "${program}")
    snc_readelf(dynamic -d "${program}")
    snc_readelf(symbols --dyn-syms "${program}")
    if(NOT segments MATCHES "GNU_RELRO")
        list(APPEND failures "${name}: no GNU_RELRO segment (-Wl,-z,relro)")
    endif()
    if(NOT dynamic MATCHES "\\(FLAGS\\)[^\n]*BIND_NOW" AND NOT dynamic MATCHES "\\(FLAGS_1\\)[^\n]*NOW")
        list(APPEND failures "${name}: lazy binding, no BIND_NOW/NOW flag (-Wl,-z,now)")
    endif()
    if(segments MATCHES "GNU_STACK[^\n]*RWE")
        list(APPEND failures "${name}: executable stack")
    endif()
    if(NOT symbols MATCHES "__stack_chk_fail")
        list(APPEND failures "${name}: __stack_chk_fail not referenced (-fstack-protector-strong)")
    endif()
    string(REGEX MATCHALL "__[a-z0-9_]+_chk" checked "${symbols}")
    list(REMOVE_ITEM checked __stack_chk)
    list(FILTER checked EXCLUDE REGEX "^__stack_chk")
    if(NOT checked)
        list(APPEND failures "${name}: no fortified call (__*_chk) referenced (-D_FORTIFY_SOURCE)")
    endif()
    if(CET STREQUAL "PROGRAMS")
        snc_readelf(notes -n "${program}")
        if(NOT notes MATCHES "IBT" OR NOT notes MATCHES "SHSTK")
            list(APPEND failures "${name}: no IBT/SHSTK property note (-fcf-protection)")
        endif()
    endif()
    message(STATUS "${name}: checked")
endforeach()

if(CET STREQUAL "OBJECTS")
    foreach(object IN LISTS OBJECTS)
        get_filename_component(name "${object}" NAME)
        snc_readelf(notes -n "${object}")
        if(NOT notes MATCHES "IBT" OR NOT notes MATCHES "SHSTK")
            list(APPEND failures "${object}: no IBT/SHSTK property note (-fcf-protection)")
        endif()
    endforeach()
    message(STATUS "CET: checked on the objects (the C start-up files lack it, so the programs cannot carry it)")
endif()

if(failures)
    list(JOIN failures "\n  " lines)
    message(FATAL_ERROR "hardening missing:\n  ${lines}")
endif()
