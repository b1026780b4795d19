// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Where the tests find the repository, the build folder and the programs they start. The values
// are compiled into one generated file (tests/CMakeLists.txt, TestPaths.cpp in the build folder)
// instead of -D flags on every test: a flag holding an absolute path differs between two clones,
// so ccache could reuse none of the test objects of a previous clone (issue 13).
namespace snc::test {
QString sourceDir();          // the repository's root
QString binaryDir();          // the build folder's root
QString testDataDir();        // tests/data
QString wizardExecutable();   // snc-wizard
QString sandboxExecutable();  // snc-sandbox
QString testKeyringScript();  // scripts/with-test-keyring.sh
QString lupdateExecutable();  // Qt's lupdate
QString nodeExecutable();     // node, or empty when not installed
QString npmExecutable();      // npm, or empty when not installed
} // namespace snc::test
