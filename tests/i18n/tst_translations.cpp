// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPaths.h"
#include "TsCatalogue.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// Fails on any unfinished, vanished or obsolete entry, on a %1/%n mismatch between a source and
// its translation, and when the committed .ts files are stale against the code (lupdate, run on
// copies with the build's own options, would change them). Fix: `cmake --build build --target
// update_translations`, then translate what is new in translations/snc_fr.ts (Qt Linguist).

namespace {

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?[1-9]|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        QString p = it.next().captured();
        p.remove(QLatin1Char('L')); // %L1 is %1 with locale digits
        found << p;
    }
    return found;
}

QString tsPath(const char *language)
{
    return (snc::test::sourceDir() + QStringLiteral("/translations/snc_%1.ts")).arg(QLatin1String(language));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void catalogueIsComplete()
    {
        QFETCH(QString, language);
        QString error;
        const auto messages = readTs(tsPath(qPrintable(language)), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const TsMessage &m : messages) {
            if (!m.translationType.isEmpty()) {
                problems << QStringLiteral("%1 is %2").arg(m.label(), m.translationType);
                continue;
            }
            if (m.translations.isEmpty() || m.translations.contains(QString())) {
                problems << QStringLiteral("%1 has an empty translation").arg(m.label());
                continue;
            }
            const QSet<QString> expected = placeholders(m.source);
            for (qsizetype i = 0; i < m.translations.size(); ++i) {
                const QString &t = m.translations.at(i);
                QSet<QString> found = placeholders(t);
                // The singular form may say "your last password" instead of "your last 1
                // password": %n is optional there, and only there.
                if (m.numerus && i == 0 && expected.contains(QStringLiteral("%n")))
                    found << QStringLiteral("%n");
                if (found != expected)
                    problems << QStringLiteral("%1: placeholders differ in \"%2\"").arg(m.label(), t.left(80));
            }
            if (m.numerus && m.translations.size() != 2)
                problems << QStringLiteral("%1: %2 plural forms, expected 2").arg(m.label()).arg(m.translations.size());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void frenchCoversEverySourceString()
    {
        // English is the source language: its catalogue only holds plurals. French must hold every
        // message, so every English plural has a French entry too.
        QString error;
        const auto fr = readTs(tsPath("fr"), &error);
        const auto en = readTs(tsPath("en"), &error);
        QSet<QString> frKeys;
        for (const TsMessage &m : fr)
            frKeys << m.key();
        for (const TsMessage &m : en)
            QVERIFY2(frKeys.contains(m.key()), qPrintable(m.label()));
    }

    void cataloguesAreUpToDateWithTheCode_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("extraOptions");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringList();
        QTest::newRow("en") << QStringLiteral("en") << QStringList{QStringLiteral("-pluralonly")};
    }
    void cataloguesAreUpToDateWithTheCode()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, extraOptions);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("snc_%1.ts").arg(language));
        QVERIFY(QFile::copy(tsPath(qPrintable(language)), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        // The same options as qt_add_lupdate in lib/ui/CMakeLists.txt.
        QStringList args{QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                         QStringLiteral("-silent"), QStringLiteral("-I"), snc::test::sourceDir() + QStringLiteral("/lib")};
        args << extraOptions << QLatin1Char('@') + snc::test::binaryDir() + QStringLiteral("/tests/i18n/i18n-sources.lst") << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.start(snc::test::lupdateExecutable(), args);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString error;
        const auto committed = readTs(tsPath(qPrintable(language)), &error);
        const auto updated = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> before, after;
        QHash<QString, QString> labels;
        for (const TsMessage &m : committed) {
            before << m.key();
            labels.insert(m.key(), m.label());
        }
        for (const TsMessage &m : updated) {
            after << m.key();
            labels.insert(m.key(), m.label());
        }
        QStringList problems;
        for (const QString &k : after - before)
            problems << QStringLiteral("new in the code, missing from snc_%1.ts: %2").arg(language, labels.value(k));
        for (const QString &k : before - after)
            problems << QStringLiteral("gone from the code, still in snc_%1.ts: %2").arg(language, labels.value(k));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.join(QLatin1Char('\n'))
                            + QStringLiteral("\nRun: cmake --build build --target update_translations, then translate.")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
