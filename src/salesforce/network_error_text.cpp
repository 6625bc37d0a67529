#include "salesforce/network_error_text.h"

namespace hilal::salesforce {

QString NetworkErrorText::reason(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return tr("no server with that name was found");
    case QNetworkReply::ConnectionRefusedError:
        return tr("the server refused the connection");
    case QNetworkReply::RemoteHostClosedError:
        return tr("the server closed the connection before it answered");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("the server did not answer in time");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("a secure (TLS) connection could not be made");
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return tr("this computer has no working network connection");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("the network proxy did not let the request through");
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return tr("the address is not a web address the app can use");
    default:
        return tr("the network request failed");
    }
}

QString NetworkErrorText::advice(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return tr("Check the address for typos, then try again.");
    case QNetworkReply::ConnectionRefusedError:
        return tr("Check the address and port, and that the server is running, then try again.");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("Check the address (it must be the org's https address) and the computer's date and time.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("Check the proxy settings of this computer, then try again.");
    default:
        return tr("Check the network connection, then try again.");
    }
}

} // namespace hilal::salesforce
