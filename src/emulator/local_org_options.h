#pragma once

#include "emulator/http/faults.h"
#include "emulator/seed/demo_defaults.h"
#include "emulator/store/custom_fields.h"
#include "emulator/store/duplicate_rules.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hilal::emulator {

// One Connected App the local org knows (docs/oauth.md).
struct OAuthClientConfig
{
    QString id;
    QString secret; // empty = public client (PKCE only), like `PlatformCLI`
    QStringList redirectUris; // matched exactly (scheme, host, port, path)
    QStringList scopes; // allowed; empty = demo::kAllowedScopes
    bool rotateRefreshTokens = false; // refresh answers carry a new refresh token, old one dies
    bool requirePkce = false; // authorize without code_challenge is refused (the Connected App's
                              // "Require PKCE" setting)
};

// How to run a local org. Defaults give the documented demo org (demo_defaults.h).
struct LocalOrgOptions
{
    QHostAddress host {QHostAddress::LocalHost};
    quint16 port = 0; // 0 = any free port; url() tells which
    int records = 10000;
    quint32 seed = 42;
    QString dbFile; // empty = in memory; else also DBFILE.tokens.json (session hashes)
    bool sandbox = false;

    // The main client.
    QString clientId {demo::kClientId};
    QString clientSecret;
    QStringList redirectUris {QString(demo::kRedirectUri)};
    bool requirePkce = false; // the main client refuses authorize requests without PKCE
    // More clients, e.g. a confidential one with a secret for the password grant.
    QVector<OAuthClientConfig> extraClients;

    // The one user who can log in on the login page (and with the password grant).
    QString username {demo::kUsername};
    QString password {demo::kPassword};

    // Authorization codes live this long (Salesforce: 15 minutes). 0 = born expired (tests).
    int authorizationCodeTtlSecs = 15 * 60;

    // Skip the login and consent pages: /authorize redirects at once with a code for `username`
    // (tests of client code that has no browser to drive). Off by default.
    bool autoApprove = false;

    // A connection with no traffic either way for this long is closed (0: never).
    int idleTimeoutMs = 120 * 1000;

    // Faults in force from the start (the CLI's --latency-ms / --fail-rate).
    Faults faults;

    // HTTPS instead of HTTP (docs/local-org.md, "TLS"). With certFile/keyFile (PEM) the org uses
    // them; otherwise it makes or reuses a local CA and a certificate for localhost/127.0.0.1 in
    // tlsDir (empty = DBFILE.tls next to a kept org, else the user's data folder).
    bool tls = false;
    QString tlsDir;
    QString certFile;
    QString keyFile;
    // Custom fields on the standard objects: the demo org's Lead fields, plus (merged over them)
    // those of --custom-fields FILE.
    CustomFields customFields = CustomFields::demo();
    // The Lead duplicate rule (--duplicate-rule off|alert|block).
    DuplicateRules::Mode duplicateRule = DuplicateRules::Mode::Off;
};

} // namespace hilal::emulator
