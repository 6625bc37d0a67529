#pragma once

#include <QCoreApplication>

namespace hilal::secrets {

// The translation context of hilal_secrets's messages for people, for code outside a QObject:
// Messages::tr("…") is QCoreApplication::translate("hilal::secrets::Messages", "…"), which lupdate
// collects into resources/translations/. Without a translator installed (the CLI) the text stays
// English.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(hilal::secrets::Messages)
};

} // namespace hilal::secrets
