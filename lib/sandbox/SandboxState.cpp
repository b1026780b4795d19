// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxState.h"

#include "core/Log.h"
#include "core/SecretFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace snc::sandbox {

SandboxState::SandboxState(QString filePath, QObject *parent)
    : QObject(parent), m_filePath(std::move(filePath))
{
}

void SandboxState::addPart(StatePart *part)
{
    m_parts.append(part);
}

bool SandboxState::load(QString *error)
{
    if (m_filePath.isEmpty())
        return true;
    QFile file(m_filePath);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot read %1: %2"_s.arg(m_filePath, file.errorString());
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = u"%1 is not a sandbox state file (%2)"_s.arg(m_filePath,
                                                                   parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    for (StatePart *part : std::as_const(m_parts)) {
        const QJsonValue v = root.value(part->stateKey());
        if (!v.isUndefined())
            part->loadState(v);
    }
    return true;
}

void SandboxState::markDirty()
{
    m_dirty = true;
    if (m_filePath.isEmpty() || m_saveScheduled)
        return;
    m_saveScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_saveScheduled = false;
        saveIfDirty();
    });
}

bool SandboxState::saveIfDirty()
{
    if (!m_dirty)
        return true;
    return save();
}

bool SandboxState::save()
{
    m_dirty = false;
    if (m_filePath.isEmpty())
        return true;
    QJsonObject root;
    root.insert(u"format"_s, u"snc-sandbox-state/1"_s);
    for (const StatePart *part : std::as_const(m_parts))
        root.insert(part->stateKey(), part->saveState());
    // It holds the sandbox's CA key and demo secrets: owner-only from its creation (SecretFile).
    QString why;
    if (SecretFile::write(m_filePath, QJsonDocument(root).toJson(QJsonDocument::Indented),
                          SecretFile::Overwrite::Replace, &why)
        != SecretFile::Outcome::Written) {
        qCWarning(lcSandbox) << "cannot write the state file:" << why;
        return false;
    }
    return true;
}

} // namespace snc::sandbox
