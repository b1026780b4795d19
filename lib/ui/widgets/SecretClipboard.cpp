// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretClipboard.h"

#include "core/SecretBytes.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace snc {

namespace {
QByteArray hashOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

SecretClipboard::SecretClipboard(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(30'000);
    connect(m_timer, &QTimer::timeout, this, &SecretClipboard::clearIfUnchanged);
}

SecretClipboard::~SecretClipboard()
{
    // Leaving the application must not leave the secret behind.
    if (m_timer->isActive())
        clearIfUnchanged();
}

QMimeData *SecretClipboard::secretMimeData(const QString &text)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    // Same hints as KeePassXC's Clipboard: history managers skip secret-marked content.
    mime->setData(u"x-kde-passwordManagerHint"_s, QByteArrayLiteral("secret"));
    mime->setData(u"application/x-nspasteboard-concealed-type"_s, QByteArrayLiteral("secret"));
    mime->setData(u"ExcludeClipboardContentFromMonitorProcessing"_s, QByteArrayLiteral("1"));
    return mime;
}

void SecretClipboard::copy(const QString &text)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return;
    clipboard->setMimeData(secretMimeData(text), QClipboard::Clipboard);
    // X11's selection would keep a second copy that no timer clears: don't use it.
    m_hash = hashOf(text);
    m_timer->start();
    emit copied();
}

QByteArray SecretClipboard::currentHash() const
{
    const QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return {};
    QString text = clipboard->text(QClipboard::Clipboard);
    const QByteArray hash = hashOf(text);
    wipe(text);
    return hash;
}

void SecretClipboard::clearIfUnchanged()
{
    m_timer->stop();
    if (m_hash.isEmpty())
        return;
    const bool ours = currentHash() == m_hash;
    m_hash.clear();
    if (!ours)
        return;
    QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    emit cleared();
}

void SecretClipboard::setClearAfterMs(int ms)
{
    m_timer->setInterval(ms);
}

int SecretClipboard::clearAfterMs() const
{
    return m_timer->interval();
}

bool SecretClipboard::isArmed() const
{
    return m_timer->isActive();
}

} // namespace snc
