// SPDX-License-Identifier: Apache-2.0
// The bytes production writes for commits and commit answers (protocol/commit_writer.h):
// each must parse back with the codec's fromJson and equal what toJson writes, so that a
// key renamed in the contract breaks here, not in production.

#include "protocol/commit.h"
#include "protocol/commit_writer.h"
#include "protocol_test_util.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QTest>
#include <QTimeZone>

using namespace inkboard;
using namespace inkboard::protocol;

namespace {

QJsonObject parse(const QByteArray &text)
{
    return test::jsonObject(text);
}

const QDateTime kTime = QDateTime(QDate(2026, 11, 25), QTime(0, 45, 40), Qt::UTC);

Commit sampleCommit(const QString &authorName, OpList ops)
{
    Commit c;
    c.revision = 7;
    c.author = UserRef{QStringLiteral("u1"), authorName};
    c.clientId = QStringLiteral("c1");
    c.createdAt = kTime;
    c.ops = std::move(ops);
    return c;
}

StoredCommit stored(const Commit &c)
{
    return {c.revision, c.author, c.clientId, c.createdAt,
            QJsonDocument(opsToJson(c.ops)).toJson(QJsonDocument::Compact)};
}

OpList sampleOps()
{
    return {Op::create(QStringLiteral("op1"), QStringLiteral("a"), ObjectType::Rect,
                       QJsonObject{{QStringLiteral("w"), 1}, {QStringLiteral("h"), 2}}),
            Op::update(QStringLiteral("op2"), QStringLiteral("a"),
                       QJsonObject{{QStringLiteral("x"), 5}, {QStringLiteral("y"), QJsonValue()}}),
            Op::remove(QStringLiteral("op3"), QStringLiteral("a"))};
}

void compareCommits(const Commit &got, const Commit &want)
{
    QCOMPARE(got.revision, want.revision);
    QCOMPARE(got.author, want.author);
    QCOMPARE(got.clientId, want.clientId);
    QCOMPARE(got.createdAt, want.createdAt);
    QCOMPARE(got.ops, want.ops);
}

} // namespace

class TestCommitWriter : public QObject
{
    Q_OBJECT
private slots:
    void commit_data();
    void commit();
    void commitPush_data() { commit_data(); }
    void commitPush();
    void commitResponse_data();
    void commitResponse();
    void isoUtcBytesMatchesToIsoUtc();
};

void TestCommitWriter::commit_data()
{
    QTest::addColumn<Commit>("commit");
    QTest::newRow("several ops") << sampleCommit(QStringLiteral("ann"), sampleOps());
    QTest::newRow("one op") << sampleCommit(QStringLiteral("ann"), {sampleOps().constLast()});
    QTest::newRow("author name not ASCII")
        << sampleCommit(QStringLiteral("J\u00fcrgen \u4e2d"), sampleOps());
}

void TestCommitWriter::commit()
{
    QFETCH(Commit, commit);
    const QJsonObject written = parse(writeCommit(stored(commit)));
    QCOMPARE(written, commit.toJson());
    Parsed<Commit> back = Commit::fromJson(written, Limits());
    QVERIFY(!errorOf(back));
    compareCommits(std::get<Commit>(back), commit);
}

void TestCommitWriter::commitPush()
{
    QFETCH(Commit, commit);
    const QString drawing = QStringLiteral("d-1");
    const QJsonObject written = parse(writeCommitPush(drawing, stored(commit)));
    QCOMPARE(written, commit.toPushJson(drawing));
    Parsed<Commit> back = Commit::fromJson(written, Limits());
    QVERIFY(!errorOf(back));
    compareCommits(std::get<Commit>(back), commit);
}

void TestCommitWriter::commitResponse_data()
{
    QTest::addColumn<CommitResponse>("response");
    CommitResponse applied;
    applied.revision = 12;
    applied.latestRevision = 12;
    applied.results = {{QStringLiteral("op1"), 12, false}, {QStringLiteral("op2"), 9, true}};
    QTest::newRow("applied and duplicate") << applied;
    CommitResponse duplicates;
    duplicates.latestRevision = 30;
    duplicates.results = {{QStringLiteral("op1"), 4, true}};
    QTest::newRow("every op a duplicate: revision null") << duplicates;
    QTest::newRow("no results") << CommitResponse{};
}

void TestCommitWriter::commitResponse()
{
    QFETCH(CommitResponse, response);
    const QJsonObject written = parse(writeCommitResponse(response));
    QCOMPARE(written, response.toJson());
    const CommitResponse back = CommitResponse::fromJson(written);
    QCOMPARE(back.revision, response.revision);
    QCOMPARE(back.latestRevision, response.latestRevision);
    QCOMPARE(back.results.size(), response.results.size());
    for (qsizetype i = 0; i < back.results.size(); ++i) {
        QCOMPARE(back.results[i].opId, response.results[i].opId);
        QCOMPARE(back.results[i].revision, response.results[i].revision);
        QCOMPARE(back.results[i].duplicate, response.results[i].duplicate);
    }
}

void TestCommitWriter::isoUtcBytesMatchesToIsoUtc()
{
    for (const QDateTime &t : {kTime, QDateTime(QDate(1999, 1, 2), QTime(3, 4, 5), Qt::UTC),
                               QDateTime(QDate(2026, 6, 1), QTime(23, 59, 59),
                                         QTimeZone(QByteArrayLiteral("Europe/Berlin")))})
        QCOMPARE(QString::fromLatin1(isoUtcBytes(t)), toIsoUtc(t));
}

QTEST_GUILESS_MAIN(TestCommitWriter)
#include "tst_commit_writer.moc"
