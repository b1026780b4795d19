// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <utility>

namespace snc {

/**
 * @brief Joins `parts` asynchronous steps that are not API calls (an NSX read, a keychain job, a
 * worker thread): returns the function each part calls once with its outcome; `then(allOk)`
 * runs when the last one has. API calls use CallGroup, which also aborts them.
 *
 * The one place the stage models count pending work by hand (issue 14).
 */
inline std::function<void(bool)> whenAll(int parts, std::function<void(bool allOk)> then)
{
    struct Join
    {
        int left;
        bool ok;
        std::function<void(bool)> then;
    };
    auto join = std::make_shared<Join>(Join{parts, true, std::move(then)});
    return [join](bool ok) {
        join->ok = join->ok && ok;
        if (--join->left == 0)
            join->then(join->ok);
    };
}

} // namespace snc
