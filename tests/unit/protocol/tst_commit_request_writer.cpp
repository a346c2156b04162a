// SPDX-License-Identifier: Apache-2.0
// The bytes the client POSTs to /drawings/{id}/ops (protocol/commit_request_writer.h): they
// read back as the same CommitRequest, and they are the bytes of CommitRequest::toJson, so a
// renamed field breaks this test rather than production.

#include "protocol/commit_request_writer.h"

#include <QJsonDocument>
#include <QObject>
#include <QTest>

using namespace inkboard;
using namespace inkboard::protocol;

Q_DECLARE_METATYPE(inkboard::OpList)

class TstCommitRequestWriter : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void appendCountsTheBytesItAdds();
};

void TstCommitRequestWriter::roundTrip_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<OpList>("ops");

    const Op create = Op::create(QStringLiteral("op1"), QStringLiteral("a"), ObjectType::Rect,
                                 QJsonObject{{QStringLiteral("x"), 1.5},
                                             {QStringLiteral("w"), 10},
                                             {QStringLiteral("h"), 20}});
    const Op update =
        Op::update(QStringLiteral("op2"), QStringLiteral("a"),
                   QJsonObject{{QStringLiteral("x"), 5}, {QStringLiteral("stroke"), QJsonValue()}});
    const Op remove = Op::remove(QStringLiteral("op3"), QStringLiteral("a"));
    const Op text =
        Op::create(QStringLiteral("op4"), QStringLiteral("t"), ObjectType::Text,
                   QJsonObject{{QStringLiteral("text"),
                                QStringLiteral("\"quoted\" \\ tab\t line\n ü 漢 🙂")},
                               {QStringLiteral("w"), 100},
                               {QStringLiteral("h"), 30}});

    QTest::newRow("one create") << QStringLiteral("client-1") << OpList{create};
    QTest::newRow("create, update with a removed key, delete")
        << QStringLiteral("c_2") << OpList{create, update, remove};
    QTest::newRow("text that needs escaping") << QStringLiteral("c3") << OpList{text};
}

void TstCommitRequestWriter::roundTrip()
{
    QFETCH(QString, clientId);
    QFETCH(OpList, ops);
    const CommitRequest request{clientId, ops};

    const QByteArray bytes = CommitRequestWriter::write(request);

    // The same bytes as the tested JSON form (keys in the order QJsonDocument writes them).
    QCOMPARE(bytes, QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));

    // And they parse back, through the same validation the server runs, to the request.
    Parsed<QJsonObject> json = parseJsonObject(bytes, Limits{});
    QVERIFY(!errorOf(json));
    Parsed<CommitRequest> parsed = CommitRequest::fromJson(std::get<QJsonObject>(json), Limits{});
    QVERIFY(!errorOf(parsed));
    const CommitRequest &back = std::get<CommitRequest>(parsed);
    QCOMPARE(back.clientId, request.clientId);
    QCOMPARE(back.ops, request.ops);
}

void TstCommitRequestWriter::appendCountsTheBytesItAdds()
{
    CommitRequestWriter writer(QStringLiteral("c1"));
    const qsizetype empty = writer.bytes().size();
    const qsizetype first = writer.append(Op::remove(QStringLiteral("op1"), QStringLiteral("a")));
    const qsizetype second = writer.append(Op::remove(QStringLiteral("op2"), QStringLiteral("b")));
    QCOMPARE(writer.opCount(), 2);
    QCOMPARE(second, first + 1); // the comma
    QCOMPARE(writer.bytes().size(), empty + first + second);
}

QTEST_GUILESS_MAIN(TstCommitRequestWriter)
#include "tst_commit_request_writer.moc"
