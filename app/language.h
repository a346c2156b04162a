// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QTranslator>

class QSettings;

namespace inkboard::app {

// A language the UI speaks: English (the sources') or one of resources/translations, by its
// code ("de") and by its own name ("Deutsch"), which is never translated.
struct UiLanguage
{
    QString code;
    QString name;
};
const QList<UiLanguage> &uiLanguages();
bool isUiLanguage(const QString &code);

// View → Language: a code of uiLanguages(), or "" to follow the system's locale.
QString chosenLanguage(const QSettings &settings);
void setChosenLanguage(QSettings &settings, const QString &code);

// Inkboard's strings (the .qm files embedded under :/i18n) and Qt's own (qtbase_*.qm from
// Qt's translations folder: a dialog's "Cancel", a text field's menu) in one language,
// installed on the application for as long as this lives.
class Translations
{
public:
    Translations() = default;
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // Replaces what this installed with the translations for `code`, or with the first of the
    // system's UI languages that Inkboard speaks when `code` is "". Returns the code in use:
    // "en" when the sources' strings stay.
    QString apply(const QString &code);

private:
    void remove();
    QString applyEnglish();

    QTranslator m_app;
    QTranslator m_qt;
    bool m_installed = false;
};

} // namespace inkboard::app
