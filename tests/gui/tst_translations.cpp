// SPDX-License-Identifier: Apache-2.0
// The real window in German and French: the translations embedded in the app load, Qt's own
// (a dialog's buttons) with them, plurals follow the count, every menu's mnemonics are
// distinct, and View › Language stores the choice for the next start.
#include "app_window_fixture.h"
#include "client/sync_session.h"
#include "language.h"
#include "message_bar.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace inkboard;
using namespace inkboard::app;

namespace {

QStringList menuTitles(QMenuBar *bar)
{
    QStringList titles;
    for (QAction *a : bar->actions())
        titles << a->text();
    return titles;
}

// The letter after a lone '&', as QMenu underlines it ("" when there is none).
QString mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// "menu: letter shared by A and B" for each clash in `menu` and its submenus.
QStringList mnemonicClashes(QMenu *menu)
{
    QStringList clashes;
    QHash<QString, QString> seen;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        const QString key = mnemonic(a->text());
        if (!key.isEmpty()) {
            if (seen.contains(key))
                clashes << QStringLiteral("%1: '%2' in \"%3\" and \"%4\"")
                               .arg(menu->title(), key, seen.value(key), a->text());
            seen.insert(key, a->text());
        }
        if (a->menu())
            clashes << mnemonicClashes(a->menu());
    }
    return clashes;
}

// The status bar's count after one object, then after five: the singular, then the plural.
void checkCounts(testing::AppWindowFixture &w, const QString &one, const QString &five)
{
    auto *count = w.window->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY(count);
    auto rect = [](const QString &id, int x) {
        return Op::create(id + QStringLiteral("-op"), id, ObjectType::Rect,
                          {{"x", x}, {"y", 10}, {"w", 30}, {"h", 20}});
    };
    QVERIFY(w.window->session()->submit({rect(QStringLiteral("r1"), 0)}));
    QTRY_COMPARE(count->text(), one);
    OpList more;
    for (int i = 2; i <= 5; ++i)
        more.append(rect(QStringLiteral("r%1").arg(i), i * 40));
    QVERIFY(w.window->session()->submit(more));
    QTRY_COMPARE(count->text(), five);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void windowSpeaksTheLanguage_data();
    void windowSpeaksTheLanguage();
    void englishNeedsNoTranslation();
    void viewLanguageIsStoredForTheNextStart();
    void langOnTheCommandLine();
};

void TestTranslations::windowSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("undo");
    QTest::addColumn<QString>("zoomIn");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("five");
    QTest::addColumn<QString>("cancel");
    QTest::newRow("de") << "de"
                        << QStringList{"&Datei", "&Bearbeiten", "&Ansicht", "&Werkzeuge", "&Hilfe"}
                        << "&Rückgängig"
                        << "Ver&größern"
                        << "&Sprache"
                        << "1 Objekt"
                        << "5 Objekte"
                        << "Abbrechen";
    QTest::newRow("fr") << "fr"
                        << QStringList{"&Fichier", "É&dition", "&Affichage", "&Outils", "A&ide"}
                        << "&Annuler"
                        << "Zoom &avant"
                        << "&Langue"
                        << "1 objet"
                        << "5 objets"
                        << "Annuler";
}

void TestTranslations::windowSpeaksTheLanguage()
{
    QFETCH(QString, code);
    QFETCH(QStringList, menus);
    Translations translations;
    QCOMPARE(translations.apply(code), code);
    QTemporaryDir dir;
    testing::AppWindowFixture w(dir.path());

    QCOMPARE(menuTitles(w.window->menuBar()), menus);
    QTEST(w.window->action(QStringLiteral("edit.undo"))->text(), "undo");
    QTEST(w.window->action(QStringLiteral("view.zoomIn"))->text(), "zoomIn");
    QStringList clashes;
    for (QAction *a : w.window->menuBar()->actions()) {
        QVERIFY(a->menu());
        clashes << mnemonicClashes(a->menu());
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    QAction *languageMenu = nullptr;
    for (QAction *a : w.window->menuBar()->actions().at(2)->menu()->actions()) {
        if (a->menu() &&
            a->menu()->actions().contains(w.window->action(QStringLiteral("view.language.system"))))
            languageMenu = a;
    }
    QVERIFY(languageMenu);
    QTEST(languageMenu->text(), "language");

    // The status bar's count: the singular for 1, the plural for 5.
    QFETCH(QString, one);
    QFETCH(QString, five);
    checkCounts(w, one, five);
    if (QTest::currentTestFailed())
        return;

    // Qt's own strings come from qtbase_<code>.qm (qt6-translations-l10n).
    QVERIFY2(QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                           QStringLiteral("/qtbase_%1.qm").arg(code)),
             "Qt's translations are not installed: scripts/setup.sh installs "
             "qt6-translations-l10n");
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QTEST(buttons.button(QDialogButtonBox::Cancel)->text(), "cancel");
}

void TestTranslations::englishNeedsNoTranslation()
{
    Translations translations;
    QCOMPARE(translations.apply(QStringLiteral("de")), QStringLiteral("de"));
    // Choosing English replaces the German translators: the sources' strings come back.
    QCOMPARE(translations.apply(QStringLiteral("en")), QStringLiteral("en"));
    QTemporaryDir dir;
    testing::AppWindowFixture w(dir.path());
    QCOMPARE(menuTitles(w.window->menuBar()),
             (QStringList{"&File", "&Edit", "&View", "&Tools", "&Help"}));
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    // English plurals: "1 object", "5 objects", not "object(s)".
    checkCounts(w, QStringLiteral("1 object"), QStringLiteral("5 objects"));
    if (QTest::currentTestFailed())
        return;
    // English too: each letter of a menu reaches one item.
    QStringList clashes;
    for (QAction *a : w.window->menuBar()->actions())
        clashes << mnemonicClashes(a->menu());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestTranslations::viewLanguageIsStoredForTheNextStart()
{
    QTemporaryDir dir;
    {
        testing::AppWindowFixture w(dir.path());
        QAction *system = w.window->action(QStringLiteral("view.language.system"));
        QAction *french = w.window->action(QStringLiteral("view.language.fr"));
        QVERIFY(system && french);
        QVERIFY(system->isChecked());
        QVERIFY(!french->isChecked());
        french->trigger();
        QCOMPARE(chosenLanguage(w.context->settings()), QStringLiteral("fr"));
        auto *bar = w.window->findChild<MessageBar *>();
        QVERIFY(bar && bar->isVisible());
        QVERIFY2(bar->message().contains(QStringLiteral("Français")) &&
                     bar->message().contains(QStringLiteral("next start")),
                 qPrintable(bar->message()));
        // Live menus stay in the language they were made in until then.
        QCOMPARE(w.window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }
    {
        // The next start: the profile's settings say French, and the menu shows it checked.
        testing::AppWindowFixture w(dir.path());
        QCOMPARE(chosenLanguage(w.context->settings()), QStringLiteral("fr"));
        QVERIFY(w.window->action(QStringLiteral("view.language.fr"))->isChecked());
        w.window->action(QStringLiteral("view.language.system"))->trigger();
        QCOMPARE(chosenLanguage(w.context->settings()), QString());
        QVERIFY(!w.context->settings().contains(QStringLiteral("language")));
    }
}

void TestTranslations::langOnTheCommandLine()
{
    int exitCode = -1;
    const auto german = CommandLine::parse({"inkboard", "--lang", "DE"}, &exitCode);
    QVERIFY(german);
    QCOMPARE(german->language, QStringLiteral("de"));
    const auto none = CommandLine::parse({"inkboard"}, &exitCode);
    QVERIFY(none);
    QCOMPARE(none->language, QString()); // View › Language decides
    QVERIFY(!CommandLine::parse({"inkboard", "--lang", "xx"}, &exitCode));
    QCOMPARE(exitCode, 2);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
