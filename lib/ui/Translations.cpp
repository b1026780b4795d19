// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include "core/Log.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace snc {

Translations::Translations(QObject *parent)
    : QObject(parent), m_qtDirectory(QLibraryInfo::path(QLibraryInfo::TranslationsPath))
{
}

Translations::~Translations()
{
    removeTranslators();
}

QStringList Translations::availableLanguages()
{
    return {u"en"_s, u"fr"_s};
}

QString Translations::resolveLanguage(const QString &localeName)
{
    // "fr", "fr_CA", "fr-BE", "fr_FR.UTF-8", "fr_FR@euro": only the language part matters.
    const QString lang = localeName.section(QLatin1Char('.'), 0, 0)
                             .section(QLatin1Char('@'), 0, 0)
                             .replace(QLatin1Char('-'), QLatin1Char('_'))
                             .section(QLatin1Char('_'), 0, 0)
                             .toLower();
    return availableLanguages().contains(lang) ? lang : u"en"_s;
}

QString Translations::nativeName(const QString &language)
{
    // Endonyms on purpose: a user lost in the wrong language still finds their own.
    if (language == QLatin1String("fr"))
        return u"Français"_s;
    return u"English"_s;
}

QString Translations::systemLanguage()
{
    // uiLanguages() honours LANGUAGE as well as LANG/LC_ALL; its first entry is the preference.
    const QStringList ui = QLocale::system().uiLanguages();
    return resolveLanguage(ui.isEmpty() ? QLocale::system().name() : ui.first());
}

bool Translations::setLanguage(const QString &languageOrLocale)
{
    const QString lang = resolveLanguage(languageOrLocale);
    if (lang == m_language)
        return true;

    auto *app = new QTranslator(this);
    if (!app->load(u"snc_"_s + lang, u":/i18n"_s)) {
        qCWarning(lcUi) << "no embedded catalogue for language" << lang;
        delete app;
        return false;
    }
    auto *qt = new QTranslator(this);
    const bool qtLoaded = qt->load(u"qtbase_"_s + lang, m_qtDirectory);
    if (!qtLoaded)
        qCWarning(lcUi) << "Qt's own catalogue qtbase_" << lang << "not found in" << m_qtDirectory;

    removeTranslators();
    m_app = app;
    m_qt = qt;
    m_qtLoaded = qtLoaded;
    // Keep the system's regional variant when it matches the language (fr_CA stays fr_CA for
    // dates and numbers); otherwise take the language's main locale.
    const QLocale sys = QLocale::system();
    QLocale::setDefault(resolveLanguage(sys.name()) == lang ? sys : QLocale(lang));
    if (m_qtLoaded)
        QCoreApplication::installTranslator(m_qt);
    QCoreApplication::installTranslator(m_app);
    m_language = lang;
    qCInfo(lcUi) << "UI language" << lang;
    emit languageChanged(lang);
    return true;
}

void Translations::removeTranslators()
{
    if (m_app) {
        QCoreApplication::removeTranslator(m_app);
        delete m_app;
        m_app = nullptr;
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt);
        delete m_qt;
        m_qt = nullptr;
    }
}

} // namespace snc
