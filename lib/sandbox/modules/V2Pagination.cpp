// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "V2Pagination.h"

using namespace Qt::StringLiterals;

namespace snc::sandbox::v2 {

namespace {

QByteArray cursorFor(qsizetype offset)
{
    return QByteArray("offset:" + QByteArray::number(offset)).toBase64(QByteArray::Base64UrlEncoding
                                                                       | QByteArray::OmitTrailingEquals);
}

/// The offset a cursor stands for; -1 for one the sandbox never gave.
qsizetype offsetOf(const QByteArray &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
            cursor, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("offset:"))
        return -1;
    bool ok = false;
    const qsizetype offset = decoded.decoded.mid(7).toLongLong(&ok);
    return ok && offset > 0 && cursorFor(offset) == cursor ? offset : -1;
}

} // namespace

SandboxResponse page(const QJsonArray &all, const SandboxRequest &request, int pageSize)
{
    qsizetype offset = 0;
    const QByteArray cursor = request.header("X-Pagination-Cursor");
    if (!cursor.isEmpty()) {
        offset = offsetOf(cursor);
        if (offset < 0)
            return SandboxResponse::error(400, u"Invalid pagination cursor"_s);
    }
    QJsonArray items;
    for (qsizetype i = offset; i < all.size() && i < offset + pageSize; ++i)
        items.append(all.at(i));
    SandboxResponse response = SandboxResponse::json(items);
    if (offset + pageSize < all.size())
        response.headers.append({"X-Pagination-Cursor-Next", cursorFor(offset + pageSize)});
    return response;
}

} // namespace snc::sandbox::v2
