// SPDX-License-Identifier: Apache-2.0
// The undo journal beside the local store (sync/client/undo_journal): steps per drawing, the
// redo steps a new step replaces, the undo limit, the position after undo/redo, and all of it
// read back from the file after the journal is closed and opened again (a restart).
#include "client/undo_journal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace inkboard::sync;

namespace {

UndoJournal::Step step(qint64 seq)
{
    return {seq, QStringLiteral("Step %1").arg(seq),
            QByteArray("[{\"n\":") + QByteArray::number(seq) + "}]"};
}

QList<qint64> seqs(const UndoJournal::Loaded &l)
{
    QList<qint64> out;
    for (const UndoJournal::Step &s : l.steps)
        out.append(s.seq);
    return out;
}

} // namespace

class TestUndoJournal : public QObject
{
    Q_OBJECT

private slots:
    void stepsSurviveAReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("store.undo");
        {
            QString error;
            auto j = UndoJournal::open(path, &error);
            QVERIFY2(j, qPrintable(error));
            j->push("d1", step(1), 1);
            j->push("d1", step(2), 1);
            j->push("d2", step(7), 7);
            j->setFirstUndone("d1", 2); // step 2 undone
            QVERIFY(j->flush());
        }
        QVERIFY(QFile::permissions(path) & QFileDevice::ReadOwner);
        QVERIFY(!(QFile::permissions(path) & QFileDevice::ReadOther));
        QString error;
        auto j = UndoJournal::open(path, &error);
        QVERIFY2(j, qPrintable(error));
        const UndoJournal::Loaded d1 = j->load("d1");
        QCOMPARE(seqs(d1), (QList<qint64>{1, 2}));
        QCOMPARE(d1.firstUndone, 2);
        QCOMPARE(d1.steps.at(1), step(2));
        QCOMPARE(seqs(j->load("d2")), QList<qint64>{7});
        QCOMPARE(j->load("d2").firstUndone, 8);
        QVERIFY(j->load("none").steps.isEmpty());
    }

    void aNewStepReplacesTheRedoStepsAndMergesInPlace()
    {
        QTemporaryDir dir;
        auto j = UndoJournal::open(dir.filePath("u"), nullptr);
        QVERIFY(j);
        for (qint64 s = 1; s <= 4; ++s)
            j->push("d", step(s), 1);
        j->setFirstUndone("d", 3); // 3 and 4 undone
        j->push("d", step(3), 1);  // a new edit takes their place
        QCOMPARE(seqs(j->load("d")), (QList<qint64>{1, 2, 3}));
        QCOMPARE(j->load("d").firstUndone, 4);
        UndoJournal::Step grown = step(3);
        grown.payload = "[{\"n\":33}]";
        j->replace("d", grown);
        QCOMPARE(j->load("d").steps.last(), grown);
    }

    void theOldestStepsFallOff()
    {
        QTemporaryDir dir;
        auto j = UndoJournal::open(dir.filePath("u"), nullptr);
        QVERIFY(j);
        for (qint64 s = 1; s <= 10; ++s)
            j->push("d", step(s), std::max<qint64>(1, s - 2));
        QCOMPARE(seqs(j->load("d")), (QList<qint64>{8, 9, 10}));
        QVERIFY(j->forget("d"));
        QVERIFY(j->load("d").steps.isEmpty());
    }

    void aFileThatIsNoJournalIsAnError()
    {
        QTemporaryDir dir;
        QFile junk(dir.filePath("u"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        QString error;
        QVERIFY(!UndoJournal::open(junk.fileName(), &error));
        QVERIFY2(!error.isEmpty(), "says why");
    }
};

QTEST_GUILESS_MAIN(TestUndoJournal)
#include "tst_undo_journal.moc"
