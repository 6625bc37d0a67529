#include "emulator/http/tls_setup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace hilal::emulator {

namespace {

// RAII for the few libcrypto objects used here.
struct Deleter
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter>;
using Cert = std::unique_ptr<X509, Deleter>;
using Bio = std::unique_ptr<BIO, Deleter>;

constexpr long kCaDays = 3650;
constexpr long kServerDays = 397; // what browsers accept for a leaf

Key newKey()
{
    // P-256: small, fast, and accepted by every client we test (Node, Python, Qt).
    return Key(EVP_EC_gen("P-256"));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!extension)
        return false;
    const bool ok = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

Cert makeCertificate(EVP_PKEY *key, const char *commonName, long days, X509 *issuer, EVP_PKEY *issuerKey, bool ca)
{
    Cert cert(X509_new());
    if (!cert)
        return nullptr;
    X509_set_version(cert.get(), 2); // v3
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // positive
    BIGNUM *number = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(number, X509_get_serialNumber(cert.get()));
    BN_free(number);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60 * 60);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), days * 24 * 60 * 60);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("Hilal local org"), -1,
                               -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(commonName), -1, -1,
                               0);
    X509 *signer = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
    bool ok = true;
    if (ca) {
        ok = addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
            && addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign")
            && addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
    } else {
        ok = addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE")
            && addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature,keyEncipherment")
            && addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth")
            && addExtension(cert.get(), signer, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1")
            && addExtension(cert.get(), signer, NID_subject_key_identifier, "hash")
            && addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
    }
    if (!ok || X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) == 0)
        return nullptr;
    return cert;
}

QByteArray toPem(X509 *cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

QByteArray toPem(EVP_PKEY *key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

Cert readCertificate(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

Key readKey(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data, bool secret, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    // A key is for the owner only; set before the contents go in.
    file.setPermissions(secret ? QFile::ReadOwner | QFile::WriteOwner
                               : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if (file.write(data) != data.size()) {
        *error = QStringLiteral("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// The server certificate is reusable: signed by `ca`, valid for a day more at least, and for
// the loopback names.
bool reusable(X509 *server, X509 *ca, EVP_PKEY *serverKey)
{
    EVP_PKEY *caKey = X509_get0_pubkey(ca);
    if (!caKey || X509_verify(server, caKey) != 1 || X509_check_private_key(server, serverKey) != 1)
        return false;
    time_t tomorrow = time(nullptr) + 24 * 60 * 60;
    if (X509_cmp_time(X509_get0_notAfter(server), &tomorrow) <= 0)
        return false;
    return X509_check_host(server, "localhost", 0, 0, nullptr) == 1 && X509_check_ip_asc(server, "127.0.0.1", 0) == 1;
}

} // namespace

bool TlsSetup::ensure(const QString &dirPath, Files *files, QString *error)
{
    QDir dir(dirPath);
    if (!dir.exists() && !QDir().mkpath(dirPath)) {
        *error = QStringLiteral("Could not create the --tls-dir %1.").arg(dirPath);
        return false;
    }
    QFile::setPermissions(dirPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    files->caCertificate = dir.absoluteFilePath(QStringLiteral("ca.pem"));
    files->certificate = dir.absoluteFilePath(QStringLiteral("server.pem"));
    files->privateKey = dir.absoluteFilePath(QStringLiteral("server.key"));
    const QString caKeyFile = dir.absoluteFilePath(QStringLiteral("ca.key"));

    Cert ca = readCertificate(readFile(files->caCertificate));
    Key caKey = readKey(readFile(caKeyFile));
    if (!ca || !caKey || X509_check_private_key(ca.get(), caKey.get()) != 1) {
        caKey = newKey();
        ca = caKey ? makeCertificate(caKey.get(), "Hilal local org CA", kCaDays, nullptr, nullptr, true) : nullptr;
        if (!ca) {
            *error = QStringLiteral("Could not make a local certificate authority with OpenSSL.");
            return false;
        }
        if (!writeFile(caKeyFile, toPem(caKey.get()), true, error)
            || !writeFile(files->caCertificate, toPem(ca.get()), false, error))
            return false;
    }
    Cert server = readCertificate(readFile(files->certificate));
    Key serverKey = readKey(readFile(files->privateKey));
    if (server && serverKey && reusable(server.get(), ca.get(), serverKey.get()))
        return true;
    serverKey = newKey();
    server = serverKey ? makeCertificate(serverKey.get(), "localhost", kServerDays, ca.get(), caKey.get(), false)
                       : nullptr;
    if (!server) {
        *error = QStringLiteral("Could not make the server certificate with OpenSSL.");
        return false;
    }
    return writeFile(files->privateKey, toPem(serverKey.get()), true, error)
        && writeFile(files->certificate, toPem(server.get()), false, error);
}

bool TlsSetup::serverConfiguration(const QString &certificateFile, const QString &keyFile,
                                   QSslConfiguration *configuration, QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = QStringLiteral("%1 holds no PEM certificate.").arg(certificateFile);
        return false;
    }
    const QByteArray keyPem = readFile(keyFile);
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        *error = QStringLiteral("%1 holds no unencrypted PEM private key (EC or RSA).").arg(keyFile);
        return false;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients don't present certificates
    *configuration = config;
    return true;
}

} // namespace hilal::emulator
