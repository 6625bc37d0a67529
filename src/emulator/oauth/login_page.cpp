#include "emulator/oauth/login_page.h"

#include "emulator/seed/demo_defaults.h"

namespace hilal::emulator {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const QLatin1String kStyle {
    "body{font-family:sans-serif;background:#f3f3f3;margin:0}"
    "main{max-width:360px;margin:60px auto;background:#fff;padding:24px 28px;border-radius:6px;"
    "box-shadow:0 1px 4px rgba(0,0,0,.2)}"
    "h1{font-size:20px;margin:0 0 4px}p.org{color:#555;margin:0 0 16px}"
    "label{display:block;margin:12px 0 4px;font-size:14px}"
    "input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:8px;font-size:14px}"
    "button{margin-top:16px;padding:8px 16px;font-size:14px;cursor:pointer}"
    "button.primary{background:#0176d3;color:#fff;border:0;border-radius:4px}"
    "#error{color:#b00;background:#fde;padding:8px;border-radius:4px;margin-bottom:8px}"
    "ul#scopes{padding-left:20px}"};

} // namespace

QString LoginPage::page(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width\">"
                          "<title>%1 | %2</title><style>%3</style></head>\n<body><main>\n%4\n</main></body></html>\n")
        .arg(esc(title), esc(QString(demo::kOrgName)), QString(kStyle), body);
}

QString LoginPage::login(const QString &txn, const QString &clientId, const QString &username, const QString &error)
{
    QString body = QStringLiteral("<h1>Log in</h1><p class=\"org\">%1 (local org) &middot; for %2</p>\n")
                       .arg(esc(QString(demo::kOrgName)), esc(clientId));
    if (!error.isEmpty())
        body += QStringLiteral("<div id=\"error\" role=\"alert\">%1</div>\n").arg(esc(error));
    body += QStringLiteral("<form id=\"login_form\" method=\"post\" action=\"/services/oauth2/authorize\">\n"
                           "<input type=\"hidden\" name=\"txn\" value=\"%1\">\n"
                           "<label for=\"username\">Username</label>"
                           "<input type=\"text\" id=\"username\" name=\"username\" value=\"%2\" "
                           "autocomplete=\"username\" autofocus>\n"
                           "<label for=\"password\">Password</label>"
                           "<input type=\"password\" id=\"password\" name=\"password\" "
                           "autocomplete=\"current-password\">\n"
                           "<button type=\"submit\" id=\"login\" name=\"login\" value=\"login\" "
                           "class=\"primary\">Log In</button>\n</form>")
                .arg(esc(txn), esc(username));
    return page(QStringLiteral("Login"), body);
}

QString LoginPage::consent(const QString &txn, const QString &clientId, const QString &username,
                           const QStringList &scopes)
{
    QString items;
    for (const QString &scope : scopes)
        items += QStringLiteral("<li data-scope=\"%1\">%2</li>\n").arg(esc(scope), esc(describeScope(scope)));
    const QString body
        = QStringLiteral("<h1>Allow Access?</h1><p class=\"org\">Logged in as %1</p>\n"
                         "<p><b>%2</b> is asking to:</p>\n<ul id=\"scopes\">\n%3</ul>\n"
                         "<p>Do you want to allow access for %1?</p>\n"
                         "<form id=\"consent_form\" method=\"post\" action=\"/services/oauth2/authorize\">\n"
                         "<input type=\"hidden\" name=\"txn\" value=\"%4\">\n"
                         "<button type=\"submit\" id=\"deny\" name=\"decision\" value=\"deny\">Deny</button>\n"
                         "<button type=\"submit\" id=\"allow\" name=\"decision\" value=\"allow\" "
                         "class=\"primary\">Allow</button>\n"
                         "</form>")
              .arg(esc(username), esc(clientId), items, esc(txn));
    return page(QStringLiteral("Allow Access"), body);
}

QString LoginPage::problem(const QString &title, const QString &message)
{
    return page(title, QStringLiteral("<h1>%1</h1><p id=\"problem\">%2</p>").arg(esc(title), esc(message)));
}

QString LoginPage::describeScope(const QString &scope)
{
    if (scope == QLatin1String("api"))
        return QStringLiteral("Manage user data via APIs (api)");
    if (scope == QLatin1String("web"))
        return QStringLiteral("Manage user data via Web browsers (web)");
    if (scope == QLatin1String("full"))
        return QStringLiteral("Full access (full)");
    if (scope == QLatin1String("refresh_token") || scope == QLatin1String("offline_access"))
        return QStringLiteral("Perform requests at any time (%1)").arg(scope);
    if (scope == QLatin1String("chatter_api"))
        return QStringLiteral("Access Connect REST API resources (chatter_api)");
    return QStringLiteral("Access the identity URL service (%1)").arg(scope);
}

} // namespace hilal::emulator
