// SPDX-License-Identifier: Apache-2.0
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <algorithm>

namespace inkboard::app {

namespace {

const QString kSettingsKey = QStringLiteral("language");

} // namespace

const QList<UiLanguage> &uiLanguages()
{
    static const QList<UiLanguage> languages{{QStringLiteral("en"), QStringLiteral("English")},
                                             {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                             {QStringLiteral("fr"), QStringLiteral("Français")}};
    return languages;
}

bool isUiLanguage(const QString &code)
{
    const auto &all = uiLanguages();
    return std::any_of(all.cbegin(), all.cend(),
                       [&code](const UiLanguage &l) { return l.code == code; });
}

QString chosenLanguage(const QSettings &settings)
{
    const QString code = settings.value(kSettingsKey).toString();
    // A hand-edited or older settings file: anything unknown follows the system.
    return isUiLanguage(code) ? code : QString();
}

void setChosenLanguage(QSettings &settings, const QString &code)
{
    if (code.isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, code);
}

Translations::~Translations()
{
    remove();
}

void Translations::remove()
{
    if (!m_installed)
        return;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    m_installed = false;
}

QString Translations::apply(const QString &code)
{
    remove();
    QLocale::setDefault(QLocale::system());
    // The system's languages in the user's order: one who reads English first gets English,
    // even when a later language of theirs has a translation.
    const QStringList wanted = code.isEmpty() ? QLocale::system().uiLanguages() : QStringList{code};
    for (const QString &name : wanted) {
        const QLocale locale(name);
        if (locale.language() == QLocale::English || locale.language() == QLocale::C)
            return applyEnglish();
        if (!m_app.load(locale, QStringLiteral("inkboard"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
            continue;
        // Without Qt's own file (not installed) Qt's few strings stay English; ours still apply.
        if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
        QCoreApplication::installTranslator(&m_app);
        m_installed = true;
        // Numbers and dates as the language writes them, also when it is not the system's.
        if (!code.isEmpty() && locale.language() != QLocale::system().language())
            QLocale::setDefault(locale);
        return QLocale::languageToCode(locale.language());
    }
    return applyEnglish();
}

QString Translations::applyEnglish()
{
    // The sources are English; what they cannot say alone is the plural ("%n object(s)").
    if (m_app.load(QLocale(QLocale::English), QStringLiteral("inkboard"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&m_app);
        m_installed = true;
    }
    return QStringLiteral("en");
}

} // namespace inkboard::app
