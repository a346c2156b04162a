// SPDX-License-Identifier: Apache-2.0
// The byte writers production uses for ops pages and snapshots (sync/protocol): each row
// writes with the fast writer and reads back with the contract's fromJson, and compares the
// bytes with toJson's form, so a field renamed on one side only fails here, not in production.

#include "protocol/commit.h"
#include "protocol/page_writer.h"
#include "protocol/snapshot_writer.h"
#include "protocol_test_util.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QTest>

using namespace inkboard;
using namespace inkboard::protocol;

namespace {

QJsonObject parse(const QByteArray &text)
{
    return test::jsonObject(text);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Commit commitAt(qint64 revision)
{
    Commit c;
    c.revision = revision;
    c.author = UserRef{QStringLiteral("u1"), QStringLiteral("ann")};
    c.clientId = QStringLiteral("c1");
    c.createdAt = QDateTime(QDate(2026, 11, 25), QTime(0, 45, 40), Qt::UTC);
    c.ops = {Op::create(QStringLiteral("op%1").arg(revision), QStringLiteral("a"), ObjectType::Rect,
                        QJsonObject{{QStringLiteral("w"), 1}, {QStringLiteral("h"), 2}}),
             Op::remove(QStringLiteral("op%1b").arg(revision), QStringLiteral("a"))};
    return c;
}

Object objectNamed(const QString &id)
{
    return Object{id, ObjectType::Ellipse,
                  QJsonObject{{QStringLiteral("w"), 3}, {QStringLiteral("h"), 4}}};
}

} // namespace

class PageWriterTest : public QObject
{
    Q_OBJECT
private slots:
    void opsPage_data();
    void opsPage();
    void snapshot_data();
    void snapshot();
};

void PageWriterTest::opsPage_data()
{
    QTest::addColumn<qint64>("latest");
    QTest::addColumn<QList<qint64>>("revisions");
    QTest::addColumn<bool>("hasMore");
    QTest::newRow("a page of two commits with more after it")
        << qint64(9) << QList<qint64>{7, 8} << true;
    QTest::newRow("the last page") << qint64(8) << QList<qint64>{8} << false;
    QTest::newRow("no commits after the revision asked") << qint64(5) << QList<qint64>{} << false;
}

void PageWriterTest::opsPage()
{
    QFETCH(qint64, latest);
    QFETCH(QList<qint64>, revisions);
    QFETCH(bool, hasMore);
    OpsPage page;
    page.drawingId = QStringLiteral("d_1-x");
    page.latestRevision = latest;
    page.hasMore = hasMore;
    for (qint64 r : revisions)
        page.commits.append(commitAt(r));

    OpsPageWriter writer(page.drawingId, page.latestRevision);
    for (const Commit &c : std::as_const(page.commits))
        writer.addCommit(compact(c.toJson()));
    const QByteArray bytes = writer.finish(page.hasMore);

    QCOMPARE(parse(bytes), page.toJson());
    const Parsed<OpsPage> back = OpsPage::fromJson(parse(bytes), Limits{});
    QVERIFY(!errorOf(back));
    const OpsPage &b = std::get<OpsPage>(back);
    QCOMPARE(b.drawingId, page.drawingId);
    QCOMPARE(b.latestRevision, page.latestRevision);
    QCOMPARE(b.hasMore, page.hasMore);
    QCOMPARE(b.commits.size(), page.commits.size());
    for (qsizetype i = 0; i < b.commits.size(); ++i) {
        QCOMPARE(b.commits.at(i).revision, page.commits.at(i).revision);
        QCOMPARE(b.commits.at(i).author, page.commits.at(i).author);
        QCOMPARE(b.commits.at(i).ops, page.commits.at(i).ops);
    }
}

void PageWriterTest::snapshot_data()
{
    QTest::addColumn<qint64>("revision");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("objects at a revision") << qint64(4) << QStringList{"a", "b"};
    QTest::newRow("an empty drawing at revision 0") << qint64(0) << QStringList{};
}

void PageWriterTest::snapshot()
{
    QFETCH(qint64, revision);
    QFETCH(QStringList, ids);
    Snapshot s;
    s.drawingId = QStringLiteral("d_1-x");
    s.revision = revision;
    QJsonArray objects;
    for (const QString &id : std::as_const(ids)) {
        s.objects.append(objectNamed(id));
        objects.append(s.objects.last().toJson());
    }

    const QByteArray bytes = snapshotJson(s.drawingId, s.revision,
                                          QJsonDocument(objects).toJson(QJsonDocument::Compact));

    QCOMPARE(parse(bytes), s.toJson());
    const Parsed<Snapshot> back = Snapshot::fromJson(parse(bytes), Limits{});
    QVERIFY(!errorOf(back));
    QCOMPARE(std::get<Snapshot>(back).drawingId, s.drawingId);
    QCOMPARE(std::get<Snapshot>(back).revision, s.revision);
    QCOMPARE(std::get<Snapshot>(back).objects, s.objects);
}

QTEST_APPLESS_MAIN(PageWriterTest)
#include "tst_page_writer.moc"
