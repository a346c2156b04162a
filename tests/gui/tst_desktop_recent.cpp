// SPDX-License-Identifier: Apache-2.0
// The desktop's recent files (issue 19): opening or saving a file adds it to the freedesktop
// `recently-used.xbel` that file managers read, keeping every other application's entries.
#include "app_context.h"
#include "desktop_recent.h"

#include <QDomDocument>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace inkboard::app;

namespace {

const QString kBookmarkNs =
    QStringLiteral("http://www.freedesktop.org/standards/desktop-bookmarks");

QDomDocument readList(const QString &path)
{
    QFile f(path);
    QDomDocument doc;
    if (f.open(QIODevice::ReadOnly))
        doc.setContent(&f, true);
    return doc;
}

QDomElement bookmarkFor(const QDomDocument &doc, const QString &href)
{
    for (QDomElement e = doc.documentElement().firstChildElement(QStringLiteral("bookmark"));
         !e.isNull(); e = e.nextSiblingElement(QStringLiteral("bookmark"))) {
        if (e.attribute(QStringLiteral("href")) == href)
            return e;
    }
    return {};
}

QDomElement inkboardApplication(const QDomElement &bookmark)
{
    const QDomNodeList apps =
        bookmark.elementsByTagNameNS(kBookmarkNs, QStringLiteral("application"));
    for (int i = 0; i < apps.size(); ++i) {
        const QDomElement e = apps.at(i).toElement();
        if (e.attribute(QStringLiteral("name")) == QLatin1String("Inkboard"))
            return e;
    }
    return {};
}

// What GLib (GTK's file chooser, Nautilus) writes for another application's file.
QByteArray othersList()
{
    QFile f(QFINDTESTDATA("data/others-recently-used.xbel"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestDesktopRecent : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_home.reset(new QTemporaryDir);
        qputenv("XDG_DATA_HOME", m_home->filePath("share").toLocal8Bit());
    }

    void aNewListHoldsTheFile();
    void otherApplicationsEntriesAreKept();
    void aListItCannotReadIsLeftAlone();
    void aHugeListIsNotRead();
    void openingAndSavingAFileAddsIt();

private:
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestDesktopRecent::aNewListHoldsTheFile()
{
    const QString list = DesktopRecent::listPath();
    QCOMPARE(list, m_home->filePath("share/recently-used.xbel"));
    QVERIFY(!QFile::exists(list));
    const QString file = m_home->filePath("a drawing.inkboard");
    QString error;
    QVERIFY2(DesktopRecent::add(file, QStringLiteral("application/x-inkboard"), &error),
             qPrintable(error));
    const QDomDocument doc = readList(list);
    QCOMPARE(doc.documentElement().tagName(), QStringLiteral("xbel"));
    const QDomElement b = bookmarkFor(doc, QUrl::fromLocalFile(file).toString(QUrl::FullyEncoded));
    QVERIFY(!b.isNull());
    QVERIFY(b.attribute(QStringLiteral("href")).contains(QLatin1String("a%20drawing")));
    QVERIFY(!b.attribute(QStringLiteral("added")).isEmpty());
    const QDomNodeList mime = b.elementsByTagNameNS(
        QStringLiteral("http://www.freedesktop.org/standards/shared-mime-info"),
        QStringLiteral("mime-type"));
    QCOMPARE(mime.size(), 1);
    QCOMPARE(mime.at(0).toElement().attribute(QStringLiteral("type")),
             QStringLiteral("application/x-inkboard"));
    const QDomElement app = inkboardApplication(b);
    QVERIFY(!app.isNull());
    QCOMPARE(app.attribute(QStringLiteral("count")), QStringLiteral("1"));
    QCOMPARE(app.attribute(QStringLiteral("exec")), QStringLiteral("'inkboard %u'"));
}

void TestDesktopRecent::otherApplicationsEntriesAreKept()
{
    const QString list = DesktopRecent::listPath();
    QDir().mkpath(QFileInfo(list).absolutePath());
    {
        QFile f(list);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write(othersList()) > 0);
    }
    const QString file = m_home->filePath("plan.inkboard");
    const QDateTime first(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    QVERIFY(DesktopRecent::add(file, QStringLiteral("application/x-inkboard"), nullptr, first));
    QVERIFY(DesktopRecent::add(file, QStringLiteral("application/x-inkboard"), nullptr,
                               first.addSecs(60)));

    const QDomDocument doc = readList(list);
    QCOMPARE(doc.documentElement().elementsByTagName(QStringLiteral("bookmark")).size(), 2);
    const QDomElement theirs = bookmarkFor(doc, QStringLiteral("file:///home/u/report.odt"));
    QVERIFY(!theirs.isNull());
    QCOMPARE(theirs.attribute(QStringLiteral("modified")),
             QStringLiteral("2026-11-30T10:00:00.000000Z"));
    const QDomNodeList theirApps =
        theirs.elementsByTagNameNS(kBookmarkNs, QStringLiteral("application"));
    QCOMPARE(theirApps.size(), 1);
    QCOMPARE(theirApps.at(0).toElement().attribute(QStringLiteral("count")), QStringLiteral("3"));

    // Used twice: one entry, counted twice, stamped with the later use.
    const QDomElement ours = bookmarkFor(doc, QUrl::fromLocalFile(file).toString());
    QVERIFY(!ours.isNull());
    QCOMPARE(inkboardApplication(ours).attribute(QStringLiteral("count")), QStringLiteral("2"));
    QVERIFY(
        ours.attribute(QStringLiteral("added")).startsWith(QLatin1String("2026-12-01T09:00:00")));
    QVERIFY(ours.attribute(QStringLiteral("modified"))
                .startsWith(QLatin1String("2026-12-01T09:01:00")));
}

void TestDesktopRecent::aListItCannotReadIsLeftAlone()
{
    const QString list = DesktopRecent::listPath();
    QDir().mkpath(QFileInfo(list).absolutePath());
    const QByteArray broken = othersList().left(300); // cut off mid-element
    QCOMPARE(broken.size(), 300);
    {
        QFile f(list);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(broken);
    }
    QString error;
    QVERIFY(!DesktopRecent::add(m_home->filePath("x.inkboard"),
                                QStringLiteral("application/x-inkboard"), &error));
    QVERIFY2(error.contains(QLatin1String("left as it is")), qPrintable(error));
    QFile f(list);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), broken);
}

void TestDesktopRecent::aHugeListIsNotRead()
{
    const QString list = DesktopRecent::listPath();
    QDir().mkpath(QFileInfo(list).absolutePath());
    {
        QFile f(list);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(DesktopRecent::kMaxListBytes + 1)); // sparse: costs no disk
    }
    QString error;
    QVERIFY(!DesktopRecent::add(m_home->filePath("x.inkboard"),
                                QStringLiteral("application/x-inkboard"), &error));
    QVERIFY2(error.contains(QLatin1String("too large")), qPrintable(error));
    QCOMPARE(QFileInfo(list).size(), DesktopRecent::kMaxListBytes + 1);
}

void TestDesktopRecent::openingAndSavingAFileAddsIt()
{
    QString error;
    auto context = AppContext::open(m_home->filePath("profile"), &error);
    QVERIFY2(context, qPrintable(error));
    const QString file = m_home->filePath("saved.inkboard");
    context->noteRecentFile(file);
    QCOMPARE(context->recentFiles().value(0), file);
    const QDomElement b =
        bookmarkFor(readList(DesktopRecent::listPath()), QUrl::fromLocalFile(file).toString());
    QVERIFY(!b.isNull());
    QVERIFY(!inkboardApplication(b).isNull());
}

QTEST_MAIN(TestDesktopRecent)
#include "tst_desktop_recent.moc"
