#pragma once

#include <QLatin1String>

// The documented demo values of the local org (docs/oauth.md): what
// `hilal-sf emulator` and `hilal-sf-admin --demo` use unless told otherwise. They are not
// secrets — the demo password is printed in the docs on purpose, and the client is public
// (no secret, PKCE only), like the `sf` CLI's.
namespace hilal::emulator::demo {

inline constexpr QLatin1String kClientId {"PlatformCLI"};
inline constexpr QLatin1String kRedirectUri {"http://localhost:1717/OauthRedirect"};
inline constexpr QLatin1String kUsername {"admin@hilal-demo.example"};
inline constexpr QLatin1String kPassword {"HilalDemo1!"};
inline constexpr QLatin1String kOrgName {"Hilal Demo"};

// Scopes a client may ask for; an authorize request without `scope` gets kDefaultScopes.
inline constexpr QLatin1String kAllowedScopes {
    "api web full refresh_token offline_access id openid profile email address phone chatter_api"};
inline constexpr QLatin1String kDefaultScopes {"api refresh_token web"};

} // namespace hilal::emulator::demo
