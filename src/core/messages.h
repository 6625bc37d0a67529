#pragma once

#include <QCoreApplication>

namespace hilal::core {

// The translation context of hilal_core's messages for people, for code outside a QObject:
// Messages::tr("…") is QCoreApplication::translate("hilal::core::Messages", "…"), which lupdate
// collects into resources/translations/. Without a translator installed (the CLI) the text stays
// English.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(hilal::core::Messages)
};

} // namespace hilal::core
