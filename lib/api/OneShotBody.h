// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace snc {

/**
 * @brief The body of a request that must reach the server at most once (POST, PUT): readable
 * once, never rewound.
 *
 * Why: Qt's HTTP layer (6.4) silently sends a request again when its connection closes before
 * any byte of the answer, POST included. The server may have acted on the first copy, so a
 * second allowed network, credential or task would be created and nobody would know. Qt must
 * rewind the body to send it again; this one refuses, so the copy becomes
 * QNetworkReply::ContentReSendError ("answer lost") and the stage reads the live state before
 * anything is posted again. Use with QNetworkRequest::DoNotBufferUploadDataAttribute and a
 * Content-Length header, or QNetworkAccessManager would buffer it into a rewindable copy.
 */
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace snc
