# SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DSNC_SOURCE_DIR=<repository> -P CheckUiIncludes.cmake: fails on any #include, in lib/ui,
# of a session/, autopilot/ or sandbox/ header or of a Qt Test header.
if(NOT SNC_SOURCE_DIR)
    message(FATAL_ERROR "usage: cmake -DSNC_SOURCE_DIR=<repository> -P CheckUiIncludes.cmake")
endif()
file(GLOB_RECURSE sources ${SNC_SOURCE_DIR}/lib/ui/*.cpp ${SNC_SOURCE_DIR}/lib/ui/*.h)
list(LENGTH sources count)
# Fewer files than the shell, its pages and widgets: the glob looked in the wrong place.
if(count LESS 20)
    message(FATAL_ERROR "lib/ui: only ${count} sources found under ${SNC_SOURCE_DIR}/lib/ui")
endif()
# The session's and the autopilot's own headers by name too, however they are reached.
file(GLOB moved RELATIVE ${SNC_SOURCE_DIR}/lib ${SNC_SOURCE_DIR}/lib/session/*.h ${SNC_SOURCE_DIR}/lib/autopilot/*.h)
set(names "")
foreach(header IN LISTS moved)
    get_filename_component(name ${header} NAME)
    string(REPLACE "." "\\." name "${name}")
    list(APPEND names "${name}")
endforeach()
list(JOIN names "|" names)
set(problems "")
foreach(file IN LISTS sources)
    file(STRINGS ${file} includes REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS includes)
        if(line MATCHES "[<\"/](session|autopilot|sandbox)/"
           OR line MATCHES "<(QTest|QtTest|QSignalSpy|QAbstractItemModelTester)[/>]"
           OR (names AND line MATCHES "[<\"/](${names})[>\"]"))
            file(RELATIVE_PATH rel ${SNC_SOURCE_DIR} ${file})
            list(APPEND problems "${rel}: ${line}")
        endif()
    endforeach()
endforeach()
if(problems)
    list(JOIN problems "\n  " lines)
    message(FATAL_ERROR "lib/ui must not include the session, the autopilot, the sandbox or Qt Test "
                        "(they live in snc_session and snc_autopilot, linked by app/wizard only):\n  ${lines}")
endif()
message(STATUS "lib/ui: ${count} sources, none includes session/, autopilot/, sandbox/ or Qt Test")
