#pragma once

#include <QSslConfiguration>
#include <QString>

namespace hilal::emulator {

// The local org's TLS identity (docs/local-org.md, "TLS"): a local certificate authority and a
// server certificate it signs for `localhost`, 127.0.0.1 and ::1, made with OpenSSL's libcrypto
// and kept as PEM files in one folder so that clients can trust the CA once and keep trusting it
// across runs:
//
//   DIR/ca.pem  DIR/ca.key          the CA (its key readable by the owner only)
//   DIR/server.pem  DIR/server.key  the org's certificate and key
//
// Existing files are reused as long as the server certificate is still valid, covers the names
// above and was signed by the CA in the folder; otherwise a new server certificate is made
// (and a new CA when there is none).
class TlsSetup
{
public:
    struct Files
    {
        QString caCertificate; // empty when the caller brought its own certificate
        QString certificate;
        QString privateKey;
    };

    // Makes or reuses the files in `dir` (created if missing, mode 0700).
    static bool ensure(const QString &dir, Files *files, QString *error);

    // A server configuration from a PEM certificate (chain) and key; a clear error otherwise.
    static bool serverConfiguration(const QString &certificateFile, const QString &keyFile,
                                    QSslConfiguration *configuration, QString *error);
};

} // namespace hilal::emulator
