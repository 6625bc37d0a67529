#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace hilal::secrets {

// The opt-in store for machines without a keychain (CI runners, servers): the same entries the
// keychain would hold (a bot's connection with its refresh token, the client secret), kept in
// one file encrypted with a key the admin puts in the environment, HILAL_SF_KEY. Setting the
// variable is the opt-in; without it nothing is ever written.
//
// File format (binary): "HSFK" magic, a version byte, the scrypt parameters (log2 N, r, p: one
// byte each), a 16-byte random salt, a 12-byte random nonce, the AES-256-GCM ciphertext of the
// entries (compact JSON, values base64), and the 16-byte tag. The header is authenticated too
// (additional data), so changing any byte of the file makes it unreadable rather than wrong.
// The 256-bit key comes from HILAL_SF_KEY through scrypt with the file's salt; each write uses
// a fresh salt and nonce. Writes are atomic (QSaveFile) with mode 0600; a wrong key or a
// damaged file is an error that names the file and leaves it untouched.
class EncryptedTokenFile
{
public:
    static const char kKeyVariable[]; // "HILAL_SF_KEY"
    static constexpr int kMinimumKeyLength = 16;

    EncryptedTokenFile(const QString &path, const QByteArray &key);

    // The file in the data dir when HILAL_SF_KEY is set, else null. A key that is too short
    // still gives a store: its problem() says why it refuses to work.
    static std::unique_ptr<EncryptedTokenFile> fromEnvironment();
    // AppPaths::dataDir()/tokens.enc
    static QString defaultPath();

    QString path() const { return m_path; }
    // Why this store cannot be used at all (key too short), or empty.
    QString problem() const;

    // The value stored under `key`: nullopt with *error empty when there is none, nullopt with
    // *error set when the file cannot be read or opened with this key.
    std::optional<QByteArray> read(const QString &key, QString *error) const;
    // Sets or removes one entry (an empty value removes it). False with *error set when the file
    // could not be opened or written; then the file is as it was. `removed` (when given) tells
    // whether an entry was there to remove.
    bool write(const QString &key, const QByteArray &value, QString *error, bool *removed = nullptr);

    // The encryption itself, for tests: `plain` sealed with `key`, and opened again.
    static QByteArray seal(const QByteArray &plain, const QByteArray &key, QString *error);
    static std::optional<QByteArray> open(const QByteArray &sealed, const QByteArray &key, QString *error);

    // Frees the per-thread state OpenSSL keeps for the calling thread. A worker thread calls it
    // after its work: OpenSSL otherwise frees that state only from the thread's exit handler, which
    // can still be running when the process exits (and LeakSanitizer then reports it).
    static void releaseThreadState();

private:
    // All entries; an empty map when the file does not exist.
    std::optional<QMap<QString, QByteArray>> readAll(QString *error) const;

    QString m_path;
    QByteArray m_key;
};

} // namespace hilal::secrets
