// SPDX-License-Identifier: Apache-2.0
#include "auth.h"

#include <QCryptographicHash>
#include <QtGlobal>
#include <sodium.h>

namespace inkboard::server::auth {

namespace {

bool fastHashing()
{
    return qgetenv("INKBOARD_PWHASH") == "fast";
}

} // namespace

bool initialize()
{
    return sodium_init() >= 0;
}

QString hashPassword(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const bool fast = fastHashing();
    const unsigned long long ops =
        fast ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t mem = fast ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash_str_alg(out, utf8.constData(), utf8.size(), ops, mem,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &hash, const QString &password)
{
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), utf8.size()) == 0;
}

void burnVerification(const QString &password)
{
    // Hashes of a random password nobody keeps, at the cost hashPassword uses (its
    // parameters are in the string, so verifying costs what verifying a real one does).
    // Fixed text, not made at start-up: making one costs a hash, and a server that did it
    // when it started answered its first login ~25 ms later (docs/BENCHMARKS.md, run I).
    static const QString interactive =
        QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$yazti3hHUZjITTix7aOMhg$"
                       "4PjyedlNKIy+Bmci8LR8vazGKKRO3FW4208K53Ipc30");
    static const QString minimal =
        QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$MOBCf0N5r7p80t0mkRhwqA$"
                       "zOy5+xcAJ/GBMlAPV4d0VZyL622pOyDZrdka9J9VuAE");
    verifyPassword(fastHashing() ? minimal : interactive, password);
}

QString newToken()
{
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

QString newId()
{
    unsigned char bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes).toHex());
}

} // namespace inkboard::server::auth
