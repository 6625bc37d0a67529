#pragma once

#include <QString>

namespace hilal::emulator {

// Salted PBKDF2-HMAC-SHA256 for the local org's user passwords: the store keeps only
// "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>", never the password.
class PasswordHash
{
public:
    static QString make(const QString &password);
    static bool verify(const QString &password, const QString &stored);
};

} // namespace hilal::emulator
