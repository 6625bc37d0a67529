#pragma once

#include <QCoreApplication>

namespace hilal::soql {

// The translation context of hilal_soql's messages for people, for code outside a QObject:
// Messages::tr("…") is QCoreApplication::translate("hilal::soql::Messages", "…"), which lupdate
// collects into resources/translations/. Without a translator installed (the CLI) the text stays
// English.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(hilal::soql::Messages)
};

} // namespace hilal::soql
