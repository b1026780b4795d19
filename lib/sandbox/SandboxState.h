// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>

namespace snc::sandbox {

/**
 * @brief A piece of sandbox state that survives restarts with `--state FILE`: the credentials,
 * the task engine, each domain module. It saves itself to one JSON value under its own key.
 */
class StatePart
{
public:
    virtual ~StatePart() = default;
    /// Unique key in the state file ("credentials", "tasks", "dedicatedCloud", …).
    virtual QString stateKey() const = 0;
    virtual QJsonValue saveState() const = 0;
    /// Called once at start with the saved value (never called when there is none).
    virtual void loadState(const QJsonValue &value) = 0;
};

/**
 * @brief The sandbox's state file. In memory by default; with a file path, every mutation is
 * saved atomically (QSaveFile, mode 0600 because it holds the sandbox's throw-away secrets)
 * and the file is loaded at start.
 *
 * Parts are not owned and must outlive this object. Mutations call markDirty(); the server saves
 * before answering the request that caused them (so a client that got an answer can rely on
 * the file), and a zero-delay timer catches mutations made outside a request (task progress).
 */
class SandboxState : public QObject
{
    Q_OBJECT
public:
    explicit SandboxState(QString filePath = {}, QObject *parent = nullptr);

    void addPart(StatePart *part);
    QString filePath() const { return m_filePath; }
    bool isPersistent() const { return !m_filePath.isEmpty(); }

    /// Loads the file into the parts; a missing file is a fresh start (true).
    bool load(QString *error);
    void markDirty();
    /// Saves now if something changed; false (and a warning) if the file cannot be written.
    bool saveIfDirty();
    bool save();

private:
    QString m_filePath;
    QList<StatePart *> m_parts;
    bool m_dirty = false;
    bool m_saveScheduled = false;
};

} // namespace snc::sandbox
