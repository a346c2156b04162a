// SPDX-License-Identifier: Apache-2.0
// The one blob folder (sync/model/blob_folder.h): content-addressed, checked on read, and the
// older second folder of downloads adopted into it.
#include "model/blob_folder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace inkboard;

namespace {

const QByteArray kBytes = QByteArrayLiteral("\x89PNG\r\n\x1a\n not really, but bytes");

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestBlobFolder : public QObject
{
    Q_OBJECT
private slots:
    void aBlobIsNamedByTheSha256OfItsBytes()
    {
        QTemporaryDir dir;
        BlobFolder blobs(dir.filePath("blobs"));
        const QString hash = blobs.put(kBytes, "image/png");
        QCOMPARE(hash, QString::fromLatin1(
                           QCryptographicHash::hash(kBytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(hash, BlobFolder::hashOf(kBytes));
        QVERIFY(blobs.contains(hash));
        QCOMPARE(blobs.get(hash), std::optional<QByteArray>(kBytes));
        QCOMPARE(blobs.contentType(hash), QStringLiteral("image/png"));
        // The layout other builds and tools read: <folder>/<sha256> and <sha256>.type.
        QVERIFY(QFile::exists(dir.filePath("blobs/") + hash));
        QVERIFY(QFile::exists(dir.filePath("blobs/") + hash + ".type"));
    }

    void aBlobIsWrittenOnce()
    {
        QTemporaryDir dir;
        BlobFolder blobs(dir.filePath("blobs"));
        const QString hash = blobs.put(kBytes, "image/png");
        QCOMPARE(blobs.put(kBytes, "image/gif"), hash);
        QCOMPARE(blobs.contentType(hash), QStringLiteral("image/png"));
    }

    void aDamagedOrMissingBlobIsAMiss()
    {
        QTemporaryDir dir;
        BlobFolder blobs(dir.filePath("blobs"));
        const QString hash = blobs.put(kBytes, "image/png");
        QVERIFY(writeFile(dir.filePath("blobs/") + hash, "other bytes"));
        QVERIFY(!blobs.get(hash));
        QVERIFY(!blobs.get(QString(64, u'a')));
        QVERIFY(!blobs.contains(QString(64, u'a')));
        QVERIFY(!blobs.contains("../blobs/" + hash)); // never a path, only a sha256
        QCOMPARE(blobs.contentType(QString(64, u'a')), QStringLiteral("application/octet-stream"));
    }

    void aFolderThatCannotBeMadeIsAnError()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("file"), "x"));
        BlobFolder blobs(dir.filePath("file/blobs"));
        QString error;
        QVERIFY(blobs.put(kBytes, "image/png", &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void theOldFolderIsAdopted_data()
    {
        QTest::addColumn<bool>("alreadyHere");
        QTest::addColumn<bool>("strayFile");
        QTest::newRow("a blob only in the old folder moves") << false << false;
        QTest::newRow("a blob in both stays once") << true << false;
        QTest::newRow("a file that is not a blob stays in the old folder") << false << true;
    }

    void theOldFolderIsAdopted()
    {
        QFETCH(bool, alreadyHere);
        QFETCH(bool, strayFile);
        QTemporaryDir dir;
        const QString oldFolder = dir.filePath("drawings.inkboard-store.blobs");
        BlobFolder old(oldFolder);
        const QString hash = old.put(kBytes, "image/webp");
        if (strayFile)
            QVERIFY(writeFile(oldFolder + "/notes.txt", "mine"));
        BlobFolder blobs(dir.filePath("blobs"));
        if (alreadyHere)
            QCOMPARE(blobs.put(kBytes, "image/webp"), hash);

        QCOMPARE(blobs.adoptFolder(oldFolder), alreadyHere ? 0 : 1);
        QCOMPARE(blobs.get(hash), std::optional<QByteArray>(kBytes));
        QCOMPARE(blobs.contentType(hash), QStringLiteral("image/webp"));
        QVERIFY(!QFile::exists(oldFolder + "/" + hash));
        QVERIFY(!QFile::exists(oldFolder + "/" + hash + ".type"));
        QCOMPARE(QDir(oldFolder).exists(), strayFile);
        // Adopting again finds nothing to do.
        QCOMPARE(blobs.adoptFolder(oldFolder), 0);
        QCOMPARE(blobs.get(hash), std::optional<QByteArray>(kBytes));
    }

    void adoptingItselfOrNothingIsANoOp()
    {
        QTemporaryDir dir;
        BlobFolder blobs(dir.filePath("blobs"));
        const QString hash = blobs.put(kBytes, "image/png");
        QCOMPARE(blobs.adoptFolder(dir.filePath("blobs")), 0);
        QCOMPARE(blobs.adoptFolder(dir.filePath("missing")), 0);
        QCOMPARE(blobs.adoptFolder({}), 0);
        QCOMPARE(blobs.get(hash), std::optional<QByteArray>(kBytes));
    }
};

QTEST_GUILESS_MAIN(TestBlobFolder)
#include "tst_blob_folder.moc"
