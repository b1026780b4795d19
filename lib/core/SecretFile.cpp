// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SecretFile.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

SecretFile::CreatedHook g_createdHook = nullptr;

SecretFile::Outcome fail(QString *error, const QString &what)
{
    if (error)
        *error = u"%1: %2"_s.arg(what, QString::fromLocal8Bit(std::strerror(errno)));
    return SecretFile::Outcome::Failed;
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

void SecretFile::setCreatedHookForTests(CreatedHook hook)
{
    g_createdHook = hook;
}

SecretFile::Outcome SecretFile::write(const QString &path, const QByteArray &data, Overwrite overwrite,
                                      QString *error, unsigned mode)
{
    const QByteArray target = QFile::encodeName(path);
    struct stat existing = {};
    if (overwrite == Overwrite::Refuse && ::lstat(target.constData(), &existing) == 0) {
        if (error)
            *error = u"the file exists"_s;
        return Outcome::Exists;
    }
    const QFileInfo info(path);
    // A hidden, random name next to the target: same filesystem (the rename is atomic), and
    // O_EXCL refuses a name someone prepared (a file or a link) in advance.
    QByteArray temporary;
    int fd = -1;
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
        temporary = QFile::encodeName(info.absolutePath() + u"/."_s + info.fileName() + u".%1.tmp"_s.arg(
                QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
        fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(mode & 0600));
        if (fd < 0 && errno != EEXIST)
            return fail(error, u"cannot create a file in %1"_s.arg(info.absolutePath()));
    }
    if (fd < 0)
        return fail(error, u"cannot create a file in %1"_s.arg(info.absolutePath()));
    const auto discard = [&](const QString &what) {
        const Outcome o = fail(error, what);
        ::close(fd);
        ::unlink(temporary.constData());
        return o;
    };
    // Owner-only from creation (the mode above, at most 0600 whatever the umask); the exact
    // mode is set and read back before any byte is written: a failure stops here, loudly.
    struct stat st = {};
    if (::fchmod(fd, mode_t(mode & 0600)) != 0 || ::fstat(fd, &st) != 0)
        return discard(u"cannot set the permissions of %1"_s.arg(path));
    if ((st.st_mode & 0077) != 0) {
        errno = EPERM;
        return discard(u"the permissions of %1 stay open to others"_s.arg(path));
    }
    if (g_createdHook)
        g_createdHook(QFile::decodeName(temporary));
    if (!writeAll(fd, data) || ::fsync(fd) != 0)
        return discard(u"cannot write %1"_s.arg(path));
    // Wider final bits (a public certificate) only once the content is complete.
    if ((mode & 0077) != 0 && ::fchmod(fd, mode_t(mode & 0777)) != 0)
        return discard(u"cannot set the permissions of %1"_s.arg(path));
    if (::close(fd) != 0) {
        const Outcome o = fail(error, u"cannot write %1"_s.arg(path));
        ::unlink(temporary.constData());
        return o;
    }
    if (overwrite == Overwrite::Refuse) {
        // link() fails with EEXIST if the target appeared since the check: never replaced.
        if (::link(temporary.constData(), target.constData()) != 0) {
            const bool exists = errno == EEXIST;
            const Outcome o = exists ? Outcome::Exists : fail(error, u"cannot create %1"_s.arg(path));
            if (exists && error)
                *error = u"the file exists"_s;
            ::unlink(temporary.constData());
            return o;
        }
        ::unlink(temporary.constData());
        return Outcome::Written;
    }
    if (::rename(temporary.constData(), target.constData()) != 0) {
        const Outcome o = fail(error, u"cannot replace %1"_s.arg(path));
        ::unlink(temporary.constData());
        return o;
    }
    return Outcome::Written;
}

} // namespace snc
