// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace snc {

/**
 * @brief Installs the application's and Qt's own translations for one UI language, and switches
 * them at run time.
 *
 * Two languages exist: "en" and "fr". Any locale name resolves to one of them (`fr_FR`, `fr_CA`,
 * `fr_BE`, `fr` → "fr"; `en_*` and anything unknown → "en"). For a language it loads
 * `qtbase_<lang>.qm` from QLibraryInfo::TranslationsPath (so QDialogButtonBox, QMessageBox and
 * context menus follow) and the app's own `:/i18n/snc_<lang>.qm` embedded in snc_ui.
 * setLanguage() removes the previous translators before installing the new ones, so Qt sends
 * QEvent::LanguageChange to every widget; pages retranslate from there. It also sets the default
 * QLocale so numbers and dates follow the language.
 *
 * Owns its QTranslator objects. Needs a QCoreApplication. One instance per application.
 */
class Translations : public QObject
{
    Q_OBJECT
public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    /// "en" and "fr", in menu order.
    static QStringList availableLanguages();
    /// The language for a locale name (`fr_CA` → "fr", `en_GB` → "en", `de_DE` → "en").
    static QString resolveLanguage(const QString &localeName);
    /// The endonym shown in the Language menu ("English", "Français"); never translated.
    static QString nativeName(const QString &language);
    /// The language of the system locale (QLocale::system(), i.e. LANG/LC_ALL on Linux).
    static QString systemLanguage();
    /// Where qtbase_<lang>.qm is looked up (QLibraryInfo::TranslationsPath by default).
    void setQtTranslationsDirectory(const QString &directory) { m_qtDirectory = directory; }
    QString qtTranslationsDirectory() const { return m_qtDirectory; }

    /**
     * @brief Resolves `languageOrLocale` and installs its translators. Returns false (and keeps the
     * current language) when the app's own catalogue cannot be loaded; a missing qtbase catalogue
     * is only a warning (Qt's buttons then stay English). Emits languageChanged() on a change.
     */
    bool setLanguage(const QString &languageOrLocale);
    /// The installed language ("en" or "fr"), empty before the first setLanguage().
    QString language() const { return m_language; }
    /// Whether Qt's own catalogue was found for the current language.
    bool hasQtCatalogue() const { return m_qtLoaded; }

signals:
    void languageChanged(const QString &language);

private:
    void removeTranslators();

    QString m_qtDirectory;
    QString m_language;
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    bool m_qtLoaded = false;
};

} // namespace snc
