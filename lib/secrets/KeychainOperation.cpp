// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainOperation.h"

#include "core/Log.h"
#include "secrets/KeychainSecretStore.h"

#include <QRandomGenerator>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

constexpr int ChunkSize = KeychainSecretStore::ChunkSize;

const char *operationName(SecretJob::Operation op)
{
    switch (op) {
    case SecretJob::Operation::Read: return "read";
    case SecretJob::Operation::Write: return "write";
    case SecretJob::Operation::Remove: return "remove";
    case SecretJob::Operation::Check: return "check";
    }
    return "?";
}

int chunkCount(qsizetype size)
{
    return int((size + ChunkSize - 1) / ChunkSize);
}

// "<count> <total>": the count entry of a chunked value. Returns false on anything unexpected,
// so a damaged entry is never trusted.
bool parseHeader(const QByteArray &header, int *count, qsizetype *total)
{
    const QList<QByteArray> parts = header.trimmed().split(' ');
    if (parts.size() != 2)
        return false;
    bool okCount = false, okTotal = false;
    const int n = parts[0].toInt(&okCount);
    const qlonglong t = parts[1].toLongLong(&okTotal);
    if (!okCount || !okTotal || n < 2 || n > KeychainSecretStore::MaxChunks)
        return false;
    if (t <= qlonglong(n - 1) * ChunkSize || t > qlonglong(n) * ChunkSize)
        return false;
    *count = n;
    *total = qsizetype(t);
    return true;
}

} // namespace

KeychainOperation::KeychainOperation(SecretJob *job, QString service, int timeoutMs)
    : QObject(job), m_job(job), m_service(std::move(service)), m_key(job->key())
{
    if (timeoutMs > 0) {
        QTimer::singleShot(timeoutMs, this, [this, timeoutMs]() {
            if (!active())
                return;
            // The QtKeychain job stays pending (it cannot be aborted); its result is ignored.
            ApiError e = ApiError::make(
                ApiError::Kind::Keychain,
                u"no answer from the keychain after %1 ms (locked, or waiting for a prompt?)"_s
                    .arg(timeoutMs));
            e.errorCode = u"timeout"_s;
            fail(std::move(e));
        });
    }
}

bool KeychainOperation::active() const
{
    return !m_job->isFinished();
}

void KeychainOperation::fail(ApiError error)
{
    wipe(m_assembled);
    m_value.clear();
    // "Not found" is an answer, not a failure: the wizard looks entries up to learn what exists.
    if (error.kind == ApiError::Kind::NotFound)
        qCDebug(lcSecrets).noquote() << "keychain" << operationName(m_job->operation()) << m_key << "not found";
    else
        qCInfo(lcSecrets).noquote() << "keychain" << operationName(m_job->operation()) << m_key << "failed:"
                                    << error.logLine();
    m_job->fail(std::move(error));
}

void KeychainOperation::failWith(int error, const QString &errorString, const QString &what)
{
    fail(KeychainSecretStore::mapError(error, errorString, what + u' ' + m_key));
}

void KeychainOperation::succeed()
{
    qCDebug(lcSecrets).noquote() << "keychain" << operationName(m_job->operation()) << m_key << "ok";
    m_value.clear();
    if (auto *w = qobject_cast<SecretWriteJob *>(m_job))
        w->succeed();
}

QString KeychainOperation::chunkEntry(int index) const
{
    return index == 0 ? m_key : m_key + u'/' + QString::number(index);
}

QString KeychainOperation::countEntry() const
{
    return m_key + u"/count"_s;
}

// ---- QtKeychain primitives ------------------------------------------------------------------

void KeychainOperation::run(QKeychain::Job *kjob, Done done)
{
    // Parentless and auto-deleting: QtKeychain's libsecret callbacks keep a pointer to the job,
    // so it must outlive us if we are canceled; it deletes itself once it has finished.
    kjob->setAutoDelete(true);
    kjob->setInsecureFallback(false);
    connect(kjob, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *j) {
        if (!active())
            return; // canceled or timed out meanwhile: ignore the late result
        QByteArray data;
        if (auto *r = qobject_cast<QKeychain::ReadPasswordJob *>(j))
            data = r->binaryData();
        done(int(j->error()), j->errorString(), std::move(data));
    });
    kjob->start();
}

void KeychainOperation::readEntry(const QString &entry, Done done)
{
    auto *kjob = new QKeychain::ReadPasswordJob(m_service);
    kjob->setKey(entry);
    run(kjob, std::move(done));
}

void KeychainOperation::writeEntry(const QString &entry, const QByteArray &data, Done done)
{
    auto *kjob = new QKeychain::WritePasswordJob(m_service);
    kjob->setKey(entry);
    kjob->setBinaryData(data);
    run(kjob, std::move(done));
}

void KeychainOperation::deleteEntry(const QString &entry, Done done)
{
    auto *kjob = new QKeychain::DeletePasswordJob(m_service);
    kjob->setKey(entry);
    run(kjob, std::move(done));
}

// ---- read -----------------------------------------------------------------------------------

void KeychainOperation::startRead()
{
    readEntry(m_key, [this](int err, const QString &es, QByteArray first) {
        // Some backends answer "no error" with nothing when a prompt was dismissed: treat an
        // empty entry as missing rather than as an empty secret.
        if (err == QKeychain::EntryNotFound || (err == QKeychain::NoError && first.isEmpty()))
            return failWith(QKeychain::EntryNotFound, es, u"read"_s);
        if (err != QKeychain::NoError)
            return failWith(err, es, u"read"_s);
        m_assembled = std::move(first);
        if (m_assembled.size() < ChunkSize)
            return readChunk(1, 1, m_assembled.size());
        // A full first chunk: the value may continue in further chunks.
        readEntry(countEntry(), [this](int err2, const QString &es2, QByteArray header) {
            if (err2 == QKeychain::EntryNotFound)
                return readChunk(1, 1, m_assembled.size());
            if (err2 != QKeychain::NoError)
                return failWith(err2, es2, u"read chunk count"_s);
            int count = 0;
            qsizetype total = 0;
            if (!parseHeader(header, &count, &total))
                return fail(ApiError::make(ApiError::Kind::NotFound,
                                           u"read: damaged chunk count entry"_s));
            m_assembled.reserve(total);
            readChunk(1, count, total);
        });
    });
}

void KeychainOperation::readChunk(int index, int count, qsizetype total)
{
    if (index >= count) {
        if (m_assembled.size() != total)
            return fail(ApiError::make(ApiError::Kind::NotFound,
                                       u"read: chunked value is incomplete (%1 of %2 bytes)"_s
                                           .arg(m_assembled.size()).arg(total)));
        qCDebug(lcSecrets).noquote() << "keychain read" << m_key << "ok," << count << "chunk(s)";
        auto *r = static_cast<SecretReadJob *>(m_job);
        r->succeed(SecretBytes(std::move(m_assembled)));
        m_assembled = QByteArray();
        return;
    }
    readEntry(chunkEntry(index), [this, index, count, total](int err, const QString &es,
                                                              QByteArray data) {
        if (err == QKeychain::EntryNotFound || (err == QKeychain::NoError && data.isEmpty()))
            return fail(ApiError::make(ApiError::Kind::NotFound,
                                       u"read: chunk %1 of %2 is missing"_s.arg(index).arg(count)));
        if (err != QKeychain::NoError)
            return failWith(err, es, u"read chunk %1"_s.arg(index));
        m_assembled.append(data);
        wipe(data);
        readChunk(index + 1, count, total);
    });
}

// ---- write ----------------------------------------------------------------------------------

void KeychainOperation::readOldCount(std::function<void()> next)
{
    readEntry(countEntry(), [this, next](int err, const QString &es, QByteArray header) {
        m_oldCount = 1;
        if (err == QKeychain::NoError) {
            int count = 0;
            qsizetype total = 0;
            if (parseHeader(header, &count, &total))
                m_oldCount = count;
        } else if (err != QKeychain::EntryNotFound) {
            return failWith(err, es, u"read chunk count"_s);
        }
        next();
    });
}

void KeychainOperation::startWrite(SecretBytes value)
{
    m_value = std::move(value);
    const int count = chunkCount(m_value.size());
    readOldCount([this, count]() { writeChunk(1, count); });
}

void KeychainOperation::writeChunk(int index, int count)
{
    // Chunks 1…n-1 first, then the count, then chunk 0: the key itself changes last.
    if (index >= count)
        return writeHeaderThenFirst(count);
    QByteArray chunk = m_value.expose().mid(qsizetype(index) * ChunkSize, ChunkSize);
    writeEntry(chunkEntry(index), chunk, [this, index, count](int err, const QString &es,
                                                              QByteArray) {
        if (err != QKeychain::NoError)
            return failWith(err, es, u"write chunk %1"_s.arg(index));
        writeChunk(index + 1, count);
    });
    wipe(chunk);
}

void KeychainOperation::writeHeaderThenFirst(int count)
{
    auto writeFirst = [this, count]() {
        QByteArray chunk = m_value.expose().left(ChunkSize);
        writeEntry(m_key, chunk, [this, count](int err, const QString &es, QByteArray) {
            if (err != QKeychain::NoError)
                return failWith(err, es, u"write"_s);
            // A shorter value than before: drop the old value's extra chunks.
            deleteChunks(count, m_oldCount, [this]() { succeed(); });
        });
        wipe(chunk);
    };
    if (count > 1) {
        const QByteArray header = QByteArray::number(count) + ' ' + QByteArray::number(m_value.size());
        writeEntry(countEntry(), header, [this, writeFirst](int err, const QString &es, QByteArray) {
            if (err != QKeychain::NoError)
                return failWith(err, es, u"write chunk count"_s);
            writeFirst();
        });
    } else if (m_oldCount > 1) {
        deleteEntry(countEntry(), [this, writeFirst](int err, const QString &es, QByteArray) {
            if (err != QKeychain::NoError && err != QKeychain::EntryNotFound)
                return failWith(err, es, u"delete chunk count"_s);
            writeFirst();
        });
    } else {
        writeFirst();
    }
}

void KeychainOperation::deleteChunks(int from, int to, std::function<void()> next)
{
    if (from >= to)
        return next();
    deleteEntry(chunkEntry(from), [this, from, to, next](int err, const QString &es, QByteArray) {
        // Already gone is fine (libsecret reports success, other backends EntryNotFound).
        if (err != QKeychain::NoError && err != QKeychain::EntryNotFound)
            return failWith(err, es, u"delete chunk %1"_s.arg(from));
        deleteChunks(from + 1, to, next);
    });
}

// ---- remove ---------------------------------------------------------------------------------

void KeychainOperation::startRemove()
{
    readOldCount([this]() {
        deleteEntry(m_key, [this](int err, const QString &es, QByteArray) {
            if (err != QKeychain::NoError && err != QKeychain::EntryNotFound)
                return failWith(err, es, u"delete"_s);
            if (m_oldCount <= 1)
                return succeed();
            deleteEntry(countEntry(), [this](int err2, const QString &es2, QByteArray) {
                if (err2 != QKeychain::NoError && err2 != QKeychain::EntryNotFound)
                    return failWith(err2, es2, u"delete chunk count"_s);
                deleteChunks(1, m_oldCount, [this]() { succeed(); });
            });
        });
    });
}

// ---- availability check ---------------------------------------------------------------------

void KeychainOperation::startCheck()
{
    QByteArray probe(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(probe.data()),
                                          probe.size() / int(sizeof(quint32)));
    m_value = SecretBytes(probe.toHex());
    wipe(probe);
    writeEntry(m_key, m_value.expose(), [this](int err, const QString &es, QByteArray) {
        if (err != QKeychain::NoError)
            return failWith(err, es, u"check: write probe"_s);
        readEntry(m_key, [this](int err2, const QString &es2, QByteArray back) {
            const bool same = err2 == QKeychain::NoError && SecretBytes(back) == m_value;
            // Delete the probe whatever the read gave, then report.
            deleteEntry(m_key, [this, err2, es2, same](int err3, const QString &es3, QByteArray) {
                if (err2 != QKeychain::NoError)
                    return failWith(err2, es2, u"check: read probe back"_s);
                if (!same) {
                    ApiError e = ApiError::make(ApiError::Kind::Keychain,
                                                u"check: the probe read back differs"_s);
                    e.errorCode = u"probe-mismatch"_s;
                    return fail(std::move(e));
                }
                if (err3 != QKeychain::NoError)
                    return failWith(err3, es3, u"check: delete probe"_s);
                succeed();
            });
        });
    });
}

} // namespace snc
