// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <ctime>
#include <dirent.h>
#include <unistd.h>

namespace snc {

/**
 * @brief Start-up benchmark hook (header only, Qt Core only, so that bench/'s bare window uses
 * exactly the same code as snc-wizard). With SNC_EXIT_AFTER_FIRST_PAINT=1, install() watches the
 * top-level window; once its first paint event has been handled and the event loop is back
 * (the frame was flushed), it prints one line to stdout and exits with 0:
 *
 *   first-paint monotonic_ns=<CLOCK_MONOTONIC now> since_start_ms=<from /proc/self/stat> sockets=<n>
 *
 * A launcher that reads CLOCK_MONOTONIC just before starting the process gets the exact time
 * from process start to first paint; since_start_ms (kernel start time, 10 ms ticks) is for
 * a person running it by hand. sockets counts the process's open sockets at that moment: with
 * QT_QPA_PLATFORM=offscreen (no display connection) it says whether anything of the network, the
 * sandbox or the keychain (D-Bus) was started before the first paint (tests/e2e/tst_firstpaint).
 * Does nothing when the variable is not set.
 */
class StartupProbe : public QObject
{
public:
    /// Calls `f` once the window has been painted for the first time (and the event loop is back).
    static void whenFirstPainted(QObject *window, std::function<void()> f)
    {
        auto *probe = new StartupProbe(window);
        probe->m_then = std::move(f);
        window->installEventFilter(probe);
    }

    static bool enabled() { return qEnvironmentVariableIntValue("SNC_EXIT_AFTER_FIRST_PAINT") == 1; }

    static void install(QObject *window)
    {
        if (enabled())
            window->installEventFilter(new StartupProbe(window));
    }

    /// Milliseconds since the process started, from its start time in /proc/self/stat.
    static double msSinceProcessStart()
    {
        FILE *f = std::fopen("/proc/self/stat", "r");
        if (!f)
            return -1;
        char buf[1024];
        const size_t n = std::fread(buf, 1, sizeof buf - 1, f);
        std::fclose(f);
        buf[n] = '\0';
        // Field 22 (starttime), counted after the ")" that ends the command name.
        const char *p = std::strrchr(buf, ')');
        if (!p)
            return -1;
        int field = 2;
        unsigned long long start = 0;
        for (++p; *p; ++p) {
            if (*p == ' ' && ++field == 22) {
                start = std::strtoull(p + 1, nullptr, 10);
                break;
            }
        }
        timespec boot{};
        clock_gettime(CLOCK_BOOTTIME, &boot);
        const double nowMs = boot.tv_sec * 1e3 + boot.tv_nsec / 1e6;
        return nowMs - double(start) * 1e3 / double(sysconf(_SC_CLK_TCK));
    }

    /// Open file descriptors of this process that are sockets (network, local, D-Bus), or -1.
    static int openSockets()
    {
        DIR *dir = opendir("/proc/self/fd");
        if (!dir)
            return -1;
        int sockets = 0;
        char path[64];
        char target[64];
        while (const dirent *entry = readdir(dir)) {
            std::snprintf(path, sizeof path, "/proc/self/fd/%s", entry->d_name);
            const ssize_t n = readlink(path, target, sizeof target - 1);
            if (n > 0 && std::strncmp(target, "socket:", 7) == 0)
                ++sockets;
        }
        closedir(dir);
        return sockets;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_fired) {
            m_fired = true;
            if (m_then) {
                QTimer::singleShot(0, this, m_then);
                return QObject::eventFilter(watched, event);
            }
            QTimer::singleShot(0, this, [] {
                timespec now{};
                clock_gettime(CLOCK_MONOTONIC, &now);
                std::printf("first-paint monotonic_ns=%lld since_start_ms=%.1f sockets=%d\n",
                            static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec,
                            msSinceProcessStart(), openSockets());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    using QObject::QObject;
    bool m_fired = false;
    std::function<void()> m_then;
};

} // namespace snc
