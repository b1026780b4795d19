# SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Layering rules on the link graph, checked at configure time (issue 14 item 4).
#
#   snc_forbid_links(<target> <forbidden target>...)
#
# fails the configuration (FATAL_ERROR) when <target>, or any target of ours it links directly or
# through other libraries, links one of the forbidden targets, and names the chain that does. The
# check runs once every directory has been read (a deferred call on the top-level directory), so
# a target_link_libraries() added anywhere, even from another directory, is seen.
#
# Why at configure time and on CMake's own model: the link graph can only change by editing a
# CMakeLists.txt, and any such edit re-runs the configuration, so the rule is checked on every
# change that could break it, before anything compiles, whatever the generator, the build type or
# the build folder (tests, sanitizer and fuzz builds alike). A test reading the generated link
# lines would depend on Ninja's file layout and would not see a static library's dependencies,
# which only appear on the link lines of the executables.

function(snc_forbid_links target)
    string(JOIN " " forbidden ${ARGN})
    cmake_language(EVAL CODE
        "cmake_language(DEFER DIRECTORY [[${PROJECT_SOURCE_DIR}]] CALL _snc_check_links [[${target}]] ${forbidden})")
endfunction()

# Qt::Test and Qt6::Test are the same library: compare on one spelling.
function(_snc_link_name item out)
    # $<LINK_ONLY:x> is how a static library's PRIVATE dependency reaches its users.
    string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" name "${item}")
    string(REGEX REPLACE "^Qt::" "Qt6::" name "${name}")
    if(TARGET "${name}")
        get_target_property(aliased "${name}" ALIASED_TARGET)
        if(aliased)
            set(name "${aliased}")
        endif()
    endif()
    set(${out} "${name}" PARENT_SCOPE)
endfunction()

function(_snc_check_links target)
    set(forbidden "")
    foreach(f IN LISTS ARGN)
        _snc_link_name("${f}" f)
        list(APPEND forbidden "${f}")
    endforeach()
    if(NOT TARGET ${target})
        message(FATAL_ERROR "snc_forbid_links: no target ${target}")
    endif()
    set(queue ${target})
    set(seen "")
    set("chain_${target}" "${target}")
    set(problems "")
    while(queue)
        list(POP_FRONT queue current)
        if(current IN_LIST seen)
            continue()
        endif()
        list(APPEND seen "${current}")
        # Everything the target links (PRIVATE and PUBLIC) and everything it passes on.
        get_target_property(direct ${current} LINK_LIBRARIES)
        get_target_property(passed ${current} INTERFACE_LINK_LIBRARIES)
        foreach(item IN LISTS direct passed)
            # ::@(directory) markers frame links added from another directory: not libraries.
            if(NOT item OR item MATCHES "^::@")
                continue()
            endif()
            _snc_link_name("${item}" name)
            if(name IN_LIST forbidden)
                list(APPEND problems "${chain_${current}} -> ${name}")
            endif()
            # Our own libraries are followed; imported ones (Qt, OpenSSL…) are leaves.
            if(TARGET "${name}" AND NOT name IN_LIST seen)
                get_target_property(imported "${name}" IMPORTED)
                if(NOT imported)
                    if(NOT DEFINED "chain_${name}")
                        set("chain_${name}" "${chain_${current}} -> ${name}")
                    endif()
                    list(APPEND queue "${name}")
                endif()
            endif()
        endforeach()
    endwhile()
    if(problems)
        list(REMOVE_DUPLICATES problems)
        list(JOIN problems "\n  " lines)
        list(JOIN ARGN ", " names)
        message(FATAL_ERROR "${target} must not link ${names} (the snc_forbid_links() call next to "
                            "its add_library() says why); it does through:\n  ${lines}")
    endif()
endfunction()
