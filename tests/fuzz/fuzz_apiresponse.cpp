// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: what an OVH API server (or anything pretending to be one) answers.
// Input: byte 0-1 = HTTP status (400..599), then "retry-after\n", then the body.
// Exercises the API client's error mapping (mapHttpError: OVH error JSON, IAM details,
// Retry-After), the body parser's JSON shapes, and the model parsers that read answer objects
// (TaskPoller::taskIdOf, AdminUser::fromJson, PasswordPolicy::fromJson).
#include "api/ErrorMapping.h"
#include "stages/security/AdminUserModel.h"
#include "stages/security/PasswordPolicy.h"
#include "tasks/TaskPoller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 400 + (int(data[0]) << 8 | data[1]) % 200;
    const QByteArray rest(reinterpret_cast<const char *>(data + 2), int(size - 2));
    const int nl = rest.indexOf('\n');
    const QByteArray retryAfter = nl >= 0 ? rest.left(nl) : QByteArray();
    const QByteArray body = nl >= 0 ? rest.mid(nl + 1) : rest;

    const snc::ApiError error = snc::mapHttpError(status, body, "SBX.fuzz-1",
                                                  QStringLiteral("POST"),
                                                  QStringLiteral("/1.0/dedicatedCloud/pcc-1/task"),
                                                  retryAfter);
    (void)error.userMessage();
    (void)error.logLine();
    (void)snc::parseRetryAfter(retryAfter, 1'800'000'000);

    // The client's success-body parser wraps the answer in [ ] (OVH answers bare scalars too).
    QJsonParseError parseError{};
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + body + ']', &parseError);
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QList<QJsonObject> objects;
    if (doc.isObject())
        objects << doc.object();
    const QJsonArray array = doc.isArray() ? doc.array() : wrapped.array();
    for (const QJsonValue &v : array)
        if (v.isObject())
            objects << v.toObject();
    for (const QJsonObject &o : std::as_const(objects)) {
        (void)snc::TaskPoller::taskIdOf(o);
        const snc::AdminUser user = snc::AdminUser::fromJson(o);
        (void)user;
        const snc::PasswordPolicy policy = snc::PasswordPolicy::fromJson(o);
        (void)policy.check(QStringLiteral("Correct-Horse-42-battery"));
        (void)policy.describe();
    }
    return 0;
}
