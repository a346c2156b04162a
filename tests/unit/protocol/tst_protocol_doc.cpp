// SPDX-License-Identifier: Apache-2.0
// docs/PROTOCOL.md is the project's own contract and grows; version 1 (docs/protocol-v1.md,
// the team's copy) must stay true inside it, so that a peer written from version 1 alone
// keeps working. The check: every line of version 1 but its title stands in PROTOCOL.md, in
// the same order. Extensions may be inserted anywhere; nothing of version 1 may be changed
// or dropped.
#include <QFile>
#include <QStringList>
#include <QTest>

namespace {

QStringList nonBlankLines(const QByteArray &text)
{
    QStringList lines;
    for (const QByteArray &line : text.split('\n')) {
        const QString trimmed = QString::fromUtf8(line).trimmed();
        if (!trimmed.isEmpty())
            lines << trimmed;
    }
    return lines;
}

// The first line of `contract` (after its title) that `doc` does not hold in order, or an
// empty string when `doc` covers all of it.
QString firstUncoveredLine(const QByteArray &contract, const QByteArray &doc)
{
    const QStringList wanted = nonBlankLines(contract);
    const QStringList have = nonBlankLines(doc);
    qsizetype at = 0;
    for (qsizetype i = 1; i < wanted.size(); ++i) {
        while (at < have.size() && have[at] != wanted[i])
            ++at;
        if (at == have.size())
            return wanted[i];
        ++at;
    }
    return {};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace

class TestProtocolDoc : public QObject
{
    Q_OBJECT

private slots:
    void protocolDocCoversVersion1()
    {
        const QByteArray v1 = readFile(QStringLiteral(INKBOARD_DOCS_DIR "/protocol-v1.md"));
        const QByteArray doc = readFile(QStringLiteral(INKBOARD_DOCS_DIR "/PROTOCOL.md"));
        QVERIFY(nonBlankLines(v1).size() > 100);
        const QString missing = firstUncoveredLine(v1, doc);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("docs/PROTOCOL.md no longer holds this line of "
                                           "version 1 (or holds it out of order): ") +
                            missing));
    }

    // The check itself must notice a changed, a dropped and a reordered line.
    void checkFindsWhatIsMissing_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<QString>("missing");
        QTest::newRow("whole, with insertions")
            << QByteArray("# v2\nalpha\nnew\nbeta\ngamma\nmore\n") << QString();
        QTest::newRow("changed line")
            << QByteArray("# v2\nalpha\nbeta!\ngamma\n") << QStringLiteral("beta");
        QTest::newRow("dropped line")
            << QByteArray("# v2\nalpha\nbeta\n") << QStringLiteral("gamma");
        QTest::newRow("reordered")
            << QByteArray("# v2\nbeta\nalpha\ngamma\n") << QStringLiteral("beta");
    }
    void checkFindsWhatIsMissing()
    {
        QFETCH(QByteArray, doc);
        QFETCH(QString, missing);
        QCOMPARE(firstUncoveredLine("# v1\n\nalpha\nbeta\n\ngamma\n", doc), missing);
    }

    // docs/protocol-v1.md is the team's version 1 word for word, where the team's copy sits
    // beside this checkout (clones and packages have none).
    void frozenCopyIsTheTeamsVersion1()
    {
        const QString shared = QStringLiteral(INKBOARD_DOCS_DIR "/../../shared/PROTOCOL.md");
        if (!QFile::exists(shared))
            QSKIP("no ../shared/PROTOCOL.md beside this checkout to compare with");
        QCOMPARE(readFile(QStringLiteral(INKBOARD_DOCS_DIR "/protocol-v1.md")), readFile(shared));
    }
};

QTEST_GUILESS_MAIN(TestProtocolDoc)
#include "tst_protocol_doc.moc"
