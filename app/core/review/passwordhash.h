#pragma once

#include <QString>

namespace nb {

// A supervisor's password as stored: never the password, only a salted PBKDF2-SHA256 derivation,
// written as "pbkdf2-sha256$<iterations>$<salt, base64>$<key, base64>" so that the iteration count can
// grow later without invalidating what is stored.
QString hashPassword(const QString &password);
bool verifyPassword(const QString &password, const QString &stored);

} // namespace nb
