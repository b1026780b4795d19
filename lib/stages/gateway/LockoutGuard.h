// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QFileSystemWatcher;

namespace snc {

class StageContext;

/// One check of the lock-out guard, with its result.
struct GuardCheck
{
    enum class Id { AllowedNetwork, VpnUp, HostsFile, Warning };
    enum class Result { Unknown, Pass, Fail, Info };
    Id id = Id::Warning;
    Result result = Result::Unknown;
    QString title;   ///< translated
    QString detail;  ///< translated: what was found, what to do
};

/**
 * @brief The private gateway's lock-out guard (stage 4): before vSphere stops being reachable
 * from the internet, is the user going to keep a way in?
 *
 * run() makes, side by side, each check with its result (checksChanged() when done):
 * 1. the gateway's network, or the source-NAT address, is inside an allowed network (read again
 *    through the context's AllowedNetworksService);
 * 2. the VPN session is UP (read again through the context's VpnStatusService);
 * 3. the local hosts file maps the PCC's FQDN and NSX Manager's host (ServiceHosts::
 *    vsphereHostNames(), from the API; Unknown until `/nsxt` has been read) to the gateway IP (hostsLine() gives the exact line; the file, hostsFilePath(), is read on a worker
 *    thread — QtConcurrent — and the result set on the GUI thread);
 * 4. a plain warning: vSphere will no longer be reachable from the internet (Info, not blocking).
 * A result stays true only while what it saw does (issue 15, item 8): a check already answered is
 * made again, from what the source holds now, when the AllowedNetworksService or the
 * VpnStatusService says it changed, and when the hosts file changes (watched, and looked at by
 * recheckNow(), which the gateway's actions call at the moment of the change: a change seen by
 * stat() makes check 3 Unknown until the file, read again off the GUI thread, gives its result; a
 * hosts file that is not a regular file is read only by run()); only networks in
 * state `allowed` count. reset() (other inputs, another datacenter) forgets every result, and a
 * run started before it cannot set one.
 * Kept apart from PrivateGatewayModel because it reads local files and other stages' services,
 * not the gateway's API. Does not own the context.
 */
class LockoutGuard : public QObject
{
    Q_OBJECT
public:
    /// What the checks are about (from the model's inputs).
    struct Target
    {
        QString ip;      ///< the gateway IP
        QString network; ///< "172.16.0.0/24", never empty when run
        QString snat;    ///< the source-NAT address, or empty
    };

    explicit LockoutGuard(StageContext *context, QObject *parent = nullptr);

    /// The hosts file read (tests inject a temporary file).
    void setHostsFilePath(const QString &path);
    QString hostsFilePath() const { return m_hostsPath; }
    static QString defaultHostsFilePath();

    /// Runs the checks for `target` (nothing if already running); checksChanged() at the start and end.
    void run(const Target &target);
    bool isRunning() const { return m_running; }
    /// Every check back to Unknown (the inputs changed).
    void reset();
    /// Check 1 again from the service's current list (after an add), without reading.
    void evaluateAllowed(const Target &target);
    /**
     * @brief At the moment of a change of the gateway: each check already answered is made again
     * from what is true now (the services' current state); the hosts file, if stat() shows it
     * changed since it was read, is no longer green and is read again on a worker thread.
     * checksChanged() if a result changed. Nothing while run() runs. Returns allPass().
     */
    bool recheckNow();
    /// The result of check `id` (Unknown when not made since the last reset()).
    GuardCheck::Result resultOf(GuardCheck::Id id) const;
    /// What stat() says of the hosts file (size, times): a change shows without opening it.
    struct HostsStamp
    {
        bool valid = false;
        bool exists = false;
        bool regular = false;
        qint64 size = -1;
        qint64 modified = 0;
        qint64 changed = 0;
        bool operator==(const HostsStamp &o) const
        {
            return valid == o.valid && exists == o.exists && regular == o.regular && size == o.size
                    && modified == o.modified && changed == o.changed;
        }
    };
    static HostsStamp stampOf(const QString &path);

    /// The target of the last run (or evaluateAllowed()).
    Target target() const { return m_target; }

    QList<GuardCheck> checks() const { return m_checks; }
    /// What check `id` makes, in the current language (every check has it, run or not).
    static QString titleOf(GuardCheck::Id id);
    bool allPass() const;

    /// The names that must map to the gateway IP.
    QStringList hostNames() const;
    /// The line to add to the hosts file for `ip`.
    QString hostsLine(const QString &ip) const;
    /// Translated instructions for Linux, macOS and Windows (file, line, cache flush).
    QString hostsInstructions(const QString &ip) const;
    /// The names that must map to `ip` in hosts file `content` and do not (pure).
    static QStringList missingHostNames(const QString &content, const QString &ip, const QStringList &names);

signals:
    void checksChanged();
    /// run() ended (after checksChanged()).
    void finished();

private:
    void setCheck(GuardCheck::Id id, GuardCheck::Result result, const QString &detail);
    void checkHostsFile(std::function<void(bool)> done);
    void evaluateVpn();
    /// Sets check 3 from the file's `content` (or `error` when it could not be read).
    void evaluateHosts(bool ok, const QByteArray &content, const QString &error);
    /// The hosts file's state no longer what was read: check 3 back to Unknown and read again
    /// (worker thread). Nothing while run() runs (looked at again at its end).
    void hostsMayHaveChanged();
    void watchHostsFile();

    QPointer<StageContext> m_context;
    QString m_hostsPath;
    QFileSystemWatcher *m_watcher;
    QList<GuardCheck> m_checks;
    Target m_target;
    quint64 m_generation = 0; ///< bumped by reset(): a run started before sets nothing
    bool m_running = false;
    bool m_hostsTouchedWhileRunning = false;
    HostsStamp m_hostsStamp; ///< of the file as the last read of check 3 saw it
};

} // namespace snc
