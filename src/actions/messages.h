#pragma once

#include <QCoreApplication>

namespace hilal::actions {

// The translation context of hilal_actions's messages for people, for code outside a QObject:
// Messages::tr("…") is QCoreApplication::translate("hilal::actions::Messages", "…"), which lupdate
// collects into resources/translations/. Without a translator installed (the CLI) the text stays
// English.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(hilal::actions::Messages)
};

} // namespace hilal::actions
