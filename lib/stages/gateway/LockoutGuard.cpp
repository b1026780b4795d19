// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/gateway/LockoutGuard.h"

#include "core/WhenAll.h"
#include "stages/AllowedNetworksService.h"
#include "stages/StageContext.h"
#include "stages/VpnStatusService.h"
#include "stages/Ipv4Block.h"

#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QRegularExpression>
#include <QtConcurrentRun>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace snc {

LockoutGuard::LockoutGuard(StageContext *context, QObject *parent)
    : QObject(parent), m_context(context), m_hostsPath(defaultHostsFilePath()), m_watcher(new QFileSystemWatcher(this))
{
    reset();
    if (context) {
        // A green check stays green only while what it saw does (issue 15, item 8).
        connect(context->allowedNetworks(), &AllowedNetworksService::changed, this, [this] {
            if (!m_running && resultOf(GuardCheck::Id::AllowedNetwork) != GuardCheck::Result::Unknown) {
                evaluateAllowed(m_target);
                emit checksChanged();
            }
        });
        connect(context->vpnStatus(), &VpnStatusService::changed, this, [this] {
            if (!m_running && resultOf(GuardCheck::Id::VpnUp) != GuardCheck::Result::Unknown) {
                evaluateVpn();
                emit checksChanged();
            }
        });
    }
    // The file, and its folder (an editor saves by renaming a new file over the old one).
    const auto hostsTouched = [this] {
        watchHostsFile();
        hostsMayHaveChanged();
    };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, hostsTouched);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, hostsTouched);
    watchHostsFile();
}

void LockoutGuard::setHostsFilePath(const QString &path)
{
    if (path == m_hostsPath)
        return;
    m_hostsPath = path;
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    watchHostsFile();
    // A result about another file says nothing about this one.
    m_hostsStamp = HostsStamp();
    hostsMayHaveChanged();
}

void LockoutGuard::watchHostsFile()
{
    const QFileInfo info(m_hostsPath);
    for (const QString &path : {info.absoluteFilePath(), info.absolutePath()}) {
        if (QFileInfo::exists(path) && !m_watcher->files().contains(path) && !m_watcher->directories().contains(path))
            m_watcher->addPath(path);
    }
}

GuardCheck::Result LockoutGuard::resultOf(GuardCheck::Id id) const
{
    for (const GuardCheck &c : m_checks) {
        if (c.id == id)
            return c.result;
    }
    return GuardCheck::Result::Unknown;
}

QString LockoutGuard::defaultHostsFilePath()
{
#ifdef Q_OS_WIN
    return u"C:/Windows/System32/drivers/etc/hosts"_s;
#else
    return u"/etc/hosts"_s;
#endif
}

void LockoutGuard::reset()
{
    ++m_generation;
    m_checks.clear();
    for (GuardCheck::Id id : {GuardCheck::Id::AllowedNetwork, GuardCheck::Id::VpnUp, GuardCheck::Id::HostsFile,
                              GuardCheck::Id::Warning}) {
        GuardCheck c;
        c.id = id;
        c.result = id == GuardCheck::Id::Warning ? GuardCheck::Result::Info : GuardCheck::Result::Unknown;
        // Said before it is run: a row "not checked yet" tells what it will check.
        c.title = titleOf(id);
        m_checks << c;
    }
    setCheck(GuardCheck::Id::Warning, GuardCheck::Result::Info,
             tr("Once enabled, vSphere is no longer reachable from the internet: only from the "
                "gateway's network, through the vRack, your VPN or source-NAT.", "@info"));
    emit checksChanged();
}

void LockoutGuard::setCheck(GuardCheck::Id id, GuardCheck::Result result, const QString &detail)
{
    for (GuardCheck &c : m_checks) {
        if (c.id != id)
            continue;
        c.result = result;
        c.detail = detail;
        c.title = titleOf(id);
    }
}

QString LockoutGuard::titleOf(GuardCheck::Id id)
{
    switch (id) {
    case GuardCheck::Id::AllowedNetwork:
        return tr("The gateway's network (or your source-NAT address) is an allowed network", "@title check");
    case GuardCheck::Id::VpnUp:
        return tr("The VPN session from stage 3 is up", "@title check");
    case GuardCheck::Id::HostsFile:
        return tr("Your hosts file maps the vSphere names to the private address", "@title check");
    case GuardCheck::Id::Warning:
        break;
    }
    return tr("Internet access to vSphere ends", "@title check");
}

bool LockoutGuard::allPass() const
{
    return std::all_of(m_checks.begin(), m_checks.end(), [](const GuardCheck &c) {
        return c.result == GuardCheck::Result::Pass || c.result == GuardCheck::Result::Info;
    });
}

QStringList LockoutGuard::hostNames() const
{
    // The PCC's FQDN comes from the API (its TLD varies: .com, .de, .ca, …), never from the name.
    if (!m_context || m_context->serviceName().isEmpty())
        return {};
    return m_context->serviceHosts().vsphereHostNames();
}

QString LockoutGuard::hostsLine(const QString &ip) const
{
    return (QStringList{ip.isEmpty() ? u"<ip>"_s : ip} + hostNames()).join(u' ');
}

QString LockoutGuard::hostsInstructions(const QString &ip) const
{
    const QString line = hostsLine(ip);
    QStringList out;
    out << tr("Linux: add this line to /etc/hosts (as root, e.g. sudo nano /etc/hosts):", "@info") << u"    "_s + line;
    out << tr("macOS: add the same line to /etc/hosts (sudo nano /etc/hosts), then run: sudo dscacheutil "
              "-flushcache; sudo killall -HUP mDNSResponder", "@info") << u"    "_s + line;
    out << tr("Windows: add the same line to C:\\Windows\\System32\\drivers\\etc\\hosts (Notepad run as "
              "administrator), then run: ipconfig /flushdns", "@info") << u"    "_s + line;
    out << tr("The TLS certificate keeps the same names, so the browser and the VMRC consoles keep working.", "@info");
    return out.join(u'\n');
}

QStringList LockoutGuard::missingHostNames(const QString &content, const QString &ip, const QStringList &names)
{
    QStringList missing = names;
    static const QRegularExpression space(u"\\s+"_s);
    const QStringList lines = content.split(u'\n');
    for (QString line : lines) {
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0)
            line.truncate(hash);
        const QStringList tokens = line.split(space, Qt::SkipEmptyParts);
        if (tokens.size() < 2 || tokens.first() != ip)
            continue;
        for (qsizetype i = 1; i < tokens.size(); ++i) {
            for (qsizetype m = missing.size() - 1; m >= 0; --m) {
                if (tokens.at(i).compare(missing.at(m), Qt::CaseInsensitive) == 0)
                    missing.removeAt(m);
            }
        }
    }
    return missing;
}

namespace {

struct HostsRead
{
    LockoutGuard::HostsStamp stamp; ///< taken before the read: a change after it shows
    bool ok = false;
    QByteArray content; ///< the first MiB, when ok
    QString error;      ///< QFile's reason, when not ok
};

// Runs on a worker thread: touches nothing but its argument.
HostsRead readHostsFile(const QString &path)
{
    HostsRead read;
    read.stamp = LockoutGuard::stampOf(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        read.error = file.errorString();
        return read;
    }
    read.content = file.read(1024 * 1024);
    read.ok = true;
    return read;
}

} // namespace

void LockoutGuard::evaluateHosts(bool ok, const QByteArray &content, const QString &error)
{
    const QString ip = m_target.ip;
    const QStringList names = hostNames();
    if (names.isEmpty()) {
        // Nothing to look for is no pass: the names were not read from OVHcloud yet (the PCC's,
        // or where NSX Manager is: a line without it would cut NSX off).
        const bool fqdnKnown = m_context && m_context->serviceHosts().isKnown();
        setCheck(GuardCheck::Id::HostsFile, GuardCheck::Result::Unknown,
                 fqdnKnown ? tr("Where NSX Manager is has not been read from OVHcloud yet. Refresh, then check again.", "@info")
                           : tr("The service's host names are not known yet. Refresh from OVHcloud, then check again.", "@info"));
    } else if (!ok) {
        setCheck(GuardCheck::Id::HostsFile, GuardCheck::Result::Fail,
                 tr("%1 could not be read (%2). Add the line below, then check again.", "@info").arg(m_hostsPath, error));
    } else if (const QStringList missing = missingHostNames(QString::fromUtf8(content), ip, names); missing.isEmpty()) {
        setCheck(GuardCheck::Id::HostsFile, GuardCheck::Result::Pass,
                 tr("%1 maps %2 to %3.", "@info").arg(m_hostsPath, names.join(u", "_s), ip));
    } else {
        setCheck(GuardCheck::Id::HostsFile, GuardCheck::Result::Fail,
                 tr("%1 does not map %2 to %3. Add the line below, then check again.", "@info")
                         .arg(m_hostsPath, missing.join(u", "_s), ip));
    }
}

LockoutGuard::HostsStamp LockoutGuard::stampOf(const QString &path)
{
    // stat() only: it never waits for a writer, whatever the file is.
    QFileInfo info(path);
    info.setCaching(false);
    HostsStamp stamp;
    stamp.valid = true;
    stamp.exists = info.exists();
    stamp.regular = info.isFile();
    if (stamp.exists) {
        stamp.size = info.size();
        stamp.modified = info.lastModified().toMSecsSinceEpoch();
        stamp.changed = info.metadataChangeTime().toMSecsSinceEpoch();
    }
    return stamp;
}

void LockoutGuard::hostsMayHaveChanged()
{
    if (m_running) {
        m_hostsTouchedWhileRunning = true; // the run may have read it before: look again at its end
        return;
    }
    if (resultOf(GuardCheck::Id::HostsFile) == GuardCheck::Result::Unknown)
        return;
    const HostsStamp now = stampOf(m_hostsPath);
    // Not a regular file (a FIFO…): its state says nothing of what a read gives; read when run.
    if (now.exists && !now.regular)
        return;
    if (m_hostsStamp.valid && now == m_hostsStamp)
        return;
    // Changed since it was read: no longer a result; read again, off the GUI thread as always.
    setCheck(GuardCheck::Id::HostsFile, GuardCheck::Result::Unknown,
             tr("%1 changed since it was checked: reading it again.", "@info").arg(m_hostsPath));
    emit checksChanged();
    checkHostsFile([this](bool) { emit checksChanged(); });
}

bool LockoutGuard::recheckNow()
{
    if (m_running)
        return allPass();
    hostsMayHaveChanged();
    bool changed = false;
    for (auto [id, evaluate] : {std::pair<GuardCheck::Id, std::function<void()>>{GuardCheck::Id::AllowedNetwork,
                                                                                [this] { evaluateAllowed(m_target); }},
                                {GuardCheck::Id::VpnUp, [this] { evaluateVpn(); }}}) {
        const GuardCheck::Result before = resultOf(id);
        if (before == GuardCheck::Result::Unknown)
            continue;
        evaluate();
        changed = changed || resultOf(id) != before;
    }
    if (changed)
        emit checksChanged();
    return allPass();
}

void LockoutGuard::checkHostsFile(std::function<void(bool)> done)
{
    const QString path = m_hostsPath;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<HostsRead>(this);
    connect(watcher, &QFutureWatcher<HostsRead>::finished, this, [this, watcher, path, generation, done] {
        watcher->deleteLater();
        const HostsRead read = watcher->result();
        if (generation == m_generation && path == m_hostsPath) { // not for other inputs, nor another file
            m_hostsStamp = read.stamp;
            evaluateHosts(read.ok, read.content, read.error);
        }
        done(true);
    });
    watcher->setFuture(QtConcurrent::run(readHostsFile, path));
}

void LockoutGuard::evaluateAllowed(const Target &target)
{
    m_target = target;
    const QString network = target.network;
    // Only networks in state `allowed`: one still being created, changed or in error lets no one in.
    const QList<Ipv4Block> allowed = m_context ? m_context->allowedNetworks()->allowedBlocks() : QList<Ipv4Block>();
    const Ipv4Block gw = Ipv4Block::parse(network);
    const Ipv4Block snat = target.snat.isEmpty() ? Ipv4Block() : Ipv4Block::parse(target.snat);
    for (const Ipv4Block &a : allowed) {
        if (gw.isValid() && a.contains(gw)) {
            setCheck(GuardCheck::Id::AllowedNetwork, GuardCheck::Result::Pass,
                     tr("%1 is inside the allowed network %2.", "@info").arg(network, a.toString()));
            return;
        }
        if (snat.isValid() && a.contains(snat)) {
            setCheck(GuardCheck::Id::AllowedNetwork, GuardCheck::Result::Pass,
                     tr("The source-NAT address %1 is inside the allowed network %2.", "@info").arg(target.snat, a.toString()));
            return;
        }
    }
    setCheck(GuardCheck::Id::AllowedNetwork, GuardCheck::Result::Fail,
             tr("Neither %1 nor a source-NAT address is an allowed network: once the gateway is on, "
                "vSphere would refuse you. Add %1 to the allowed networks.", "@info").arg(network));
}

void LockoutGuard::evaluateVpn()
{
    VpnStatusService *vpn = m_context ? m_context->vpnStatus() : nullptr;
    if (!vpn || !vpn->hasSource()) {
        setCheck(GuardCheck::Id::VpnUp, GuardCheck::Result::Fail, tr("Stage 3 is not available.", "@info"));
        return;
    }
    const bool up = vpn->isUp();
    setCheck(GuardCheck::Id::VpnUp, up ? GuardCheck::Result::Pass : GuardCheck::Result::Fail,
             up ? vpn->text()
                : tr("%1 Without the VPN, the private network is out of your reach. Finish stage 3 first.", "@info")
                          .arg(vpn->text()));
}

void LockoutGuard::run(const Target &target)
{
    if (m_running || !m_context)
        return;
    m_running = true;
    m_target = target;
    const quint64 generation = m_generation;
    // The allowed networks, the VPN and the hosts file are checked side by side.
    m_hostsTouchedWhileRunning = false;
    auto done = whenAll(3, [this](bool) {
        m_running = false;
        emit checksChanged();
        if (std::exchange(m_hostsTouchedWhileRunning, false))
            hostsMayHaveChanged();
        emit finished();
    });
    checkHostsFile(done);
    m_context->allowedNetworks()->readActiveBlocks(this, [this, target, generation, done](const Result<Unit> &) {
        if (generation == m_generation) // reset() meanwhile: the result would be for other inputs
            evaluateAllowed(target);
        done(true);
    });
    m_context->vpnStatus()->readStatus(this, [this, generation, done] {
        if (generation == m_generation)
            evaluateVpn();
        done(true);
    });
    emit checksChanged();
}

} // namespace snc
