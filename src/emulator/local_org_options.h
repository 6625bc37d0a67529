#pragma once

#include "emulator/demo_defaults.h"
#include "emulator/faults.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hilal::emulator {

// One Connected App the local org knows (docs/oauth.md).
struct OAuthClientConfig
{
    QString id;
    QString secret;            // empty = public client (PKCE only), like `PlatformCLI`
    QStringList redirectUris;  // matched exactly (scheme, host, port, path)
    QStringList scopes;        // allowed; empty = demo::kAllowedScopes
    bool rotateRefreshTokens = false; // refresh answers carry a new refresh token, old one dies
};

// How to run a local org. Defaults give the documented demo org (demo_defaults.h).
struct LocalOrgOptions
{
    QHostAddress host{QHostAddress::LocalHost};
    quint16 port = 0; // 0 = any free port; url() tells which
    int records = 10000;
    quint32 seed = 42;
    QString dbFile;   // empty = in memory; else also DBFILE.tokens.json (session hashes)
    bool sandbox = false;

    // The main client.
    QString clientId{demo::kClientId};
    QString clientSecret;
    QStringList redirectUris{QString(demo::kRedirectUri)};
    // More clients, e.g. a confidential one with a secret for the password grant.
    QVector<OAuthClientConfig> extraClients;

    // The one user who can log in on the login page (and with the password grant).
    QString username{demo::kUsername};
    QString password{demo::kPassword};

    // Authorization codes live this long (Salesforce: 15 minutes). 0 = born expired (tests).
    int authorizationCodeTtlSecs = 15 * 60;

    // Skip the login and consent pages: /authorize redirects at once with a code for `username`
    // (tests of client code that has no browser to drive). Off by default.
    bool autoApprove = false;

    // Faults in force from the start (the CLI's --latency-ms / --fail-rate).
    Faults faults;
};

} // namespace hilal::emulator
