// SPDX-License-Identifier: Apache-2.0
// Share link addresses (sync/protocol/share_link.*): both spellings round-trip, and anything
// that is not a link of a server, a drawing id and a key is refused.
#include "protocol/share_link.h"

#include <QTest>

using namespace inkboard::protocol;

class TestShareLink : public QObject
{
    Q_OBJECT

private slots:
    void parsesBothSpellings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("drawing");
        QTest::newRow("https") << "https://ink.example.org/d/abc-1?k=KEY_1"
                               << "https://ink.example.org"
                               << "abc-1";
        QTest::newRow("http with port") << "http://127.0.0.1:8080/d/d1?k=xyz"
                                        << "http://127.0.0.1:8080"
                                        << "d1";
        QTest::newRow("prefix") << "https://example.org/ink/d/d1?k=xyz"
                                << "https://example.org/ink"
                                << "d1";
        QTest::newRow("app") << "inkboard://ink.example.org/d/d1?k=xyz"
                             << "https://ink.example.org"
                             << "d1";
        QTest::newRow("app, plain http") << "inkboard://127.0.0.1:9000/d/d1?k=xyz&tls=0"
                                         << "http://127.0.0.1:9000"
                                         << "d1";
        QTest::newRow("app, default port") << "inkboard://h:443/d/d1?k=xyz"
                                           << "https://h"
                                           << "d1";
        QTest::newRow("spaces around") << "  https://h/d/d1?k=xyz\n"
                                       << "https://h"
                                       << "d1";
    }
    void parsesBothSpellings()
    {
        QFETCH(QString, text);
        QFETCH(QString, server);
        QFETCH(QString, drawing);
        const auto link = ShareLinkAddress::parse(text);
        QVERIFY(link);
        QCOMPARE(link->server.toString(), server);
        QCOMPARE(link->drawingId, drawing);
        QVERIFY(!link->key.isEmpty());
        // Written back, either spelling reads as the same link.
        for (const QUrl &again : {link->webUrl(), link->appUrl()}) {
            const auto back = ShareLinkAddress::parse(again.toString());
            QVERIFY2(back, qPrintable(again.toString()));
            QCOMPARE(back->server, link->server);
            QCOMPARE(back->drawingId, link->drawingId);
            QCOMPARE(back->key, link->key);
        }
    }

    void refusesWhatIsNoLink_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("no key") << "https://h/d/d1";
        QTest::newRow("empty key") << "https://h/d/d1?k=";
        QTest::newRow("bad key") << "https://h/d/d1?k=a%20b";
        QTest::newRow("long key") << QStringLiteral("https://h/d/d1?k=") + QString(129, u'a');
        QTest::newRow("no drawing") << "https://h/d/?k=abc";
        QTest::newRow("bad drawing") << "https://h/d/a.b?k=abc";
        QTest::newRow("not /d/") << "https://h/x/d1?k=abc";
        QTest::newRow("ftp") << "ftp://h/d/d1?k=abc";
        QTest::newRow("no host") << "inkboard:///d/d1?k=abc";
        QTest::newRow("user info") << "https://u:p@h/d/d1?k=abc";
        QTest::newRow("fragment") << "https://h/d/d1?k=abc#x";
        QTest::newRow("bad tls") << "inkboard://h/d/d1?k=abc&tls=maybe";
        QTest::newRow("words") << "open my drawing";
    }
    void refusesWhatIsNoLink()
    {
        QFETCH(QString, text);
        QVERIFY(!ShareLinkAddress::parse(text));
    }

    void infoRoundTripsWithoutKey()
    {
        ShareLinkInfo l;
        l.id = QStringLiteral("L1");
        l.drawingId = QStringLiteral("d1");
        l.role = Role::Editor;
        l.createdBy = {QStringLiteral("u1"), QStringLiteral("alice")};
        l.createdAt = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
        l.members = 3;
        QJsonObject json = l.toJson();
        QVERIFY(json.value(QLatin1String("expires_at")).isNull());
        QVERIFY(!json.contains(QLatin1String("key")));
        ShareLinkInfo back = ShareLinkInfo::fromJson(json);
        QCOMPARE(back.id, l.id);
        QCOMPARE(back.role, Role::Editor);
        QCOMPARE(back.createdBy.name, QStringLiteral("alice"));
        QCOMPARE(back.members, 3);
        QVERIFY(!back.expiresAt.isValid());
        QVERIFY(!back.expired(l.createdAt.addYears(5)));
        l.expiresAt = l.createdAt.addSecs(60);
        back = ShareLinkInfo::fromJson(l.toJson());
        QCOMPARE(back.expiresAt, l.expiresAt);
        QVERIFY(!back.expired(l.createdAt.addSecs(59)));
        QVERIFY(back.expired(l.createdAt.addSecs(60)));
    }
};

QTEST_GUILESS_MAIN(TestShareLink)
#include "tst_share_link.moc"
