// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace snc {

/**
 * @brief Writes a file that holds a secret (a private key, swanctl.conf with its PSK, the sandbox
 * state) so that no other user can open it at any moment (issue 15 item 12).
 *
 * Permissions are checked when a file is opened, not when it is read: a file that is
 * group- or world-readable for an instant can be opened then and read once the secret is in it.
 * QSaveFile gives its temporary file the permissions of the file it replaces, and on a filesystem
 * without O_TMPFILE that temporary file has a name, so the usual open-then-setPermissions leaves
 * such an instant. Here the temporary file next to `path` is created with
 * open(O_CREAT | O_EXCL | O_NOFOLLOW, mode) and fchmod()ed to exactly `mode` before the first
 * byte (the umask cannot widen it; the result is checked with fstat()), written, fsync()ed and
 * renamed over `path` (a symbolic link at `path` is replaced, never followed). O_TMPFILE is not
 * used, so every filesystem takes the same path.
 *
 * With Overwrite::Refuse an existing `path` is left alone and the result is Exists, so that the
 * caller can ask the user before replacing a file at a typed path; the final rename then does not
 * replace a file that appeared meanwhile either.
 *
 * Synchronous (small files). Not thread-safe for the same `path`.
 */
class SecretFile
{
public:
    enum class Overwrite { Replace, Refuse };
    enum class Outcome { Written, Exists, Failed };

    /// `mode`: the final permission bits (0600 for a secret; 0644 for a public certificate).
    static Outcome write(const QString &path, const QByteArray &data, Overwrite overwrite,
                         QString *error = nullptr, unsigned mode = 0600);

    /// Test hook: called with the temporary file's path right after it is created, before any
    /// byte is written (tests check its mode then). nullptr (the default) for none.
    using CreatedHook = void (*)(const QString &temporaryPath);
    static void setCreatedHookForTests(CreatedHook hook);
};

} // namespace snc
