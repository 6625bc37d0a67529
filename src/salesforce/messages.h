#pragma once

#include <QCoreApplication>

namespace hilal::salesforce {

// The translation context of hilal_salesforce's messages for people, for code outside a QObject:
// Messages::tr("…") is QCoreApplication::translate("hilal::salesforce::Messages", "…"), which lupdate
// collects into resources/translations/. Without a translator installed (the CLI) the text stays
// English.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(hilal::salesforce::Messages)
};

} // namespace hilal::salesforce
