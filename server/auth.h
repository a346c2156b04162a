// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace inkboard::server {

// Passwords and bearer tokens. Passwords are argon2id hashes (libsodium crypto_pwhash_str);
// tokens are 256 random bits, handed out once and stored only as their SHA-256.
namespace auth {

bool initialize(); // libsodium; false when it cannot start

// INKBOARD_PWHASH=fast picks libsodium's minimum cost (tests only).
QString hashPassword(const QString &password);
bool verifyPassword(const QString &hash, const QString &password);
// Compares against a fixed hash so a login for an unknown name costs as much as a real one.
void burnVerification(const QString &password);

QString newToken();                         // base64url, 43 characters
QByteArray tokenHash(const QString &token); // SHA-256, 32 bytes
QString newId();                            // a random id for users: 32 hex characters

} // namespace auth
} // namespace inkboard::server
