#include "encrypted_token_file.h"

#include "logging.h"

#include "core/app_paths.h"
#include "secrets/messages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

#include <cstring>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace hilal::secrets {

namespace {

constexpr char kMagic[] = "HSFK";
constexpr int kMagicSize = 4;
constexpr char kVersion = 1;
// scrypt: N = 2^15, r = 8, p = 1 (32 MiB, a fraction of a second per run), the interactive
// parameters scrypt's author recommends; stored in the header so they can grow later.
constexpr unsigned char kLogN = 15;
constexpr unsigned char kR = 8;
constexpr unsigned char kP = 1;
constexpr int kSaltSize = 16;
constexpr int kNonceSize = 12; // GCM's standard nonce
constexpr int kTagSize = 16;
constexpr int kKeySize = 32; // AES-256
constexpr int kHeaderSize = kMagicSize + 1 + 3 + kSaltSize + kNonceSize;

// Wipes a buffer that held a key or plain text before its memory is given back.
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

std::optional<QByteArray> deriveKey(const QByteArray &passphrase, const QByteArray &salt, unsigned char logN,
                                    unsigned char r, unsigned char p)
{
    if (logN < 10 || logN > 22 || r == 0 || r > 32 || p == 0 || p > 16)
        return std::nullopt; // not parameters this program writes: a damaged header
    QByteArray key(kKeySize, Qt::Uninitialized);
    const uint64_t n = uint64_t(1) << logN;
    const uint64_t maxMemory = 128 * n * r * p + (uint64_t(1) << 24);
    if (EVP_PBE_scrypt(passphrase.constData(), size_t(passphrase.size()),
                       reinterpret_cast<const unsigned char *>(salt.constData()), size_t(salt.size()), n, r, p,
                       maxMemory, reinterpret_cast<unsigned char *>(key.data()), size_t(key.size()))
        != 1) {
        wipe(key);
        return std::nullopt;
    }
    return key;
}

struct CipherContext
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    ~CipherContext() { EVP_CIPHER_CTX_free(ctx); }
};

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

unsigned char *bytes(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}

QString wrongKeyOrDamaged(const QString &path)
{
    return Messages::tr("%1 cannot be opened with this %2: the key is not the one it was written with, or the "
                        "file was changed. Nothing was changed; set the right key, or remove the file and "
                        "connect the bots again.")
        .arg(path, QString::fromLatin1(EncryptedTokenFile::kKeyVariable));
}

} // namespace

const char EncryptedTokenFile::kKeyVariable[] = "HILAL_SF_KEY";

EncryptedTokenFile::EncryptedTokenFile(const QString &path, const QByteArray &key)
    : m_path(path)
    , m_key(key)
{
}

std::unique_ptr<EncryptedTokenFile> EncryptedTokenFile::fromEnvironment()
{
    const QByteArray key = qgetenv(kKeyVariable);
    if (key.isEmpty())
        return nullptr;
    return std::make_unique<EncryptedTokenFile>(defaultPath(), key);
}

QString EncryptedTokenFile::defaultPath()
{
    return QDir(AppPaths::dataDir()).filePath(QStringLiteral("tokens.enc"));
}

QString EncryptedTokenFile::problem() const
{
    if (QString::fromUtf8(m_key).size() < kMinimumKeyLength)
        return Messages::tr("%1 is too short to protect the stored connections; use at least %2 random characters "
                            "(for example from `openssl rand -base64 32`).")
            .arg(QString::fromLatin1(kKeyVariable))
            .arg(kMinimumKeyLength);
    return {};
}

QByteArray EncryptedTokenFile::seal(const QByteArray &plain, const QByteArray &passphrase, QString *error)
{
    QByteArray header(kHeaderSize, Qt::Uninitialized);
    std::memcpy(header.data(), kMagic, kMagicSize);
    header[kMagicSize] = kVersion;
    header[kMagicSize + 1] = char(kLogN);
    header[kMagicSize + 2] = char(kR);
    header[kMagicSize + 3] = char(kP);
    unsigned char *random = bytes(header) + kMagicSize + 4; // salt, then nonce
    if (RAND_bytes(random, kSaltSize + kNonceSize) != 1) {
        *error = Messages::tr("The system's random number generator failed; nothing was written.");
        return {};
    }
    const QByteArray salt = header.mid(kMagicSize + 4, kSaltSize);
    const QByteArray nonce = header.mid(kMagicSize + 4 + kSaltSize, kNonceSize);
    std::optional<QByteArray> key = deriveKey(passphrase, salt, kLogN, kR, kP);
    if (!key) {
        *error = Messages::tr("Deriving the file key from %1 failed; nothing was written.")
                     .arg(QString::fromLatin1(kKeyVariable));
        return {};
    }
    CipherContext c;
    QByteArray cipher(plain.size() + kTagSize, Qt::Uninitialized);
    int length = 0;
    int finalLength = 0;
    const bool ok = c.ctx && EVP_EncryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1
        && EVP_EncryptInit_ex(c.ctx, nullptr, nullptr, bytes(*key), bytes(nonce)) == 1
        && EVP_EncryptUpdate(c.ctx, nullptr, &length, bytes(header), int(header.size())) == 1
        && EVP_EncryptUpdate(c.ctx, bytes(cipher), &length, bytes(plain), int(plain.size())) == 1
        && EVP_EncryptFinal_ex(c.ctx, bytes(cipher) + length, &finalLength) == 1
        && EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_GET_TAG, kTagSize, bytes(cipher) + length + finalLength) == 1;
    wipe(*key);
    if (!ok) {
        *error = Messages::tr("Encrypting the stored connections failed; nothing was written.");
        return {};
    }
    cipher.resize(length + finalLength + kTagSize);
    return header + cipher;
}

std::optional<QByteArray> EncryptedTokenFile::open(const QByteArray &sealed, const QByteArray &passphrase,
                                                   QString *error)
{
    if (sealed.size() < kHeaderSize + kTagSize || !sealed.startsWith(kMagic) || sealed.at(kMagicSize) != kVersion) {
        *error = Messages::tr("not a hilal-sf token file (or one from a newer version)");
        return std::nullopt;
    }
    const QByteArray header = sealed.left(kHeaderSize);
    const QByteArray salt = header.mid(kMagicSize + 4, kSaltSize);
    const QByteArray nonce = header.mid(kMagicSize + 4 + kSaltSize, kNonceSize);
    QByteArray tag = sealed.right(kTagSize);
    const QByteArray cipher = sealed.mid(kHeaderSize, sealed.size() - kHeaderSize - kTagSize);
    std::optional<QByteArray> key = deriveKey(passphrase, salt, uchar(header.at(kMagicSize + 1)),
                                              uchar(header.at(kMagicSize + 2)), uchar(header.at(kMagicSize + 3)));
    if (!key) {
        *error = Messages::tr("the file's key parameters are damaged");
        return std::nullopt;
    }
    CipherContext c;
    QByteArray plain(cipher.size() + 16, Qt::Uninitialized);
    int length = 0;
    int finalLength = 0;
    const bool ok = c.ctx && EVP_DecryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1
        && EVP_DecryptInit_ex(c.ctx, nullptr, nullptr, bytes(*key), bytes(nonce)) == 1
        && EVP_DecryptUpdate(c.ctx, nullptr, &length, bytes(header), int(header.size())) == 1
        && EVP_DecryptUpdate(c.ctx, bytes(plain), &length, bytes(cipher), int(cipher.size())) == 1
        && EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_TAG, kTagSize, bytes(tag)) == 1
        // The tag is checked here: a wrong key or a changed byte fails.
        && EVP_DecryptFinal_ex(c.ctx, bytes(plain) + length, &finalLength) == 1;
    wipe(*key);
    if (!ok) {
        wipe(plain);
        *error = Messages::tr("wrong key, or the file was changed");
        return std::nullopt;
    }
    plain.resize(length + finalLength);
    return plain;
}

std::optional<QMap<QString, QByteArray>> EncryptedTokenFile::readAll(QString *error) const
{
    QMap<QString, QByteArray> entries;
    if (const QString why = problem(); !why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    QFile file(m_path);
    if (!file.exists())
        return entries;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Messages::tr("%1 cannot be read (%2).").arg(m_path, file.errorString());
        return std::nullopt;
    }
    QString why;
    std::optional<QByteArray> plain = open(file.readAll(), m_key, &why);
    if (!plain) {
        *error = wrongKeyOrDamaged(m_path);
        qCWarning(lcSecrets).noquote() << m_path << why;
        return std::nullopt;
    }
    const QJsonObject o = QJsonDocument::fromJson(*plain).object().value(QLatin1String("entries")).toObject();
    wipe(*plain);
    for (auto it = o.begin(); it != o.end(); ++it)
        entries.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    return entries;
}

std::optional<QByteArray> EncryptedTokenFile::read(const QString &key, QString *error) const
{
    error->clear();
    std::optional<QMap<QString, QByteArray>> entries = readAll(error);
    if (!entries)
        return std::nullopt;
    const auto it = entries->constFind(key);
    if (it == entries->constEnd())
        return std::nullopt;
    return it.value();
}

void EncryptedTokenFile::releaseThreadState()
{
    OPENSSL_thread_stop();
}

bool EncryptedTokenFile::write(const QString &key, const QByteArray &value, QString *error, bool *removed)
{
    error->clear();
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        *error = Messages::tr("The folder of %1 cannot be created; nothing was written.").arg(m_path);
        return false;
    }
    // Another hilal-sf may be writing the same file: read, change and write under one lock, so
    // neither loses the other's entry.
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(10000)) {
        *error = Messages::tr("%1 is locked by another hilal-sf (%2.lock); nothing was written.").arg(m_path, m_path);
        return false;
    }
    std::optional<QMap<QString, QByteArray>> entries = readAll(error);
    if (!entries)
        return false; // a wrong key never replaces the file
    const bool had = entries->contains(key);
    if (removed)
        *removed = had;
    if (value.isEmpty()) {
        if (!had)
            return true;
        entries->remove(key);
    } else {
        entries->insert(key, value);
    }
    QJsonObject o;
    for (auto it = entries->cbegin(); it != entries->cend(); ++it)
        o.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    QByteArray plain = QJsonDocument(QJsonObject {{QStringLiteral("entries"), o}}).toJson(QJsonDocument::Compact);
    const QByteArray sealed = seal(plain, m_key, error);
    wipe(plain);
    if (sealed.isEmpty())
        return false;

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) // before a byte is written
        || file.write(sealed) != sealed.size() || !file.commit()) {
        *error = Messages::tr("%1 cannot be written (%2); it is as it was.").arg(m_path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace hilal::secrets
