// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonValue>
#include <QString>

namespace snc::sandbox {

/**
 * @brief `snc-sandbox --record-answers FILE`: every answer the sandbox gives on an API route
 * (`/1.0`, `/v1`, `/v2`), one JSON line each, for the contract test (tests/contract), which
 * checks them against OVHcloud's published models.
 *
 * A line is `{"method","path","query","route","status","body"}`: `path` as requested
 * (percent-encoded, no query), `route` the sandbox's template ("GET /1.0/me"), `body` the answer
 * as JSON (null when it is not JSON). The capture keeps shapes, never secrets: the values of
 * fields that carry one (consumerKey, privateKeyPEM) are replaced by "<redacted>", so the file
 * may be kept as a CI artifact. Written and flushed line by line: a killed sandbox leaves every
 * answer it gave. Owned by SandboxServer; the file is truncated when it opens.
 */
class AnswerRecorder
{
public:
    /// Opens (truncates) `path`; false with `error` when it cannot be written.
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_file.isOpen(); }

    /// Appends one line if `path` is an API path; does nothing when not open.
    void record(const QByteArray &method, const QString &path, const QString &query,
                const QString &routeKey, int status, const QByteArray &contentType,
                const QByteArray &body);

    /// Whether `path` is one the recorder keeps (`/1.0/…`, `/v1/…`, `/v2/…`).
    static bool isApiPath(const QString &path);
    /// `body` parsed as any JSON value (scalars too); null when it is not JSON.
    static QJsonValue parseAnyJson(const QByteArray &body);
    /// `value` with the values of secret-carrying fields replaced, at any depth.
    static QJsonValue withoutSecrets(const QJsonValue &value);

private:
    QFile m_file;
};

} // namespace snc::sandbox
