#pragma once

#include <QCoreApplication>

namespace hilal::bots {

// The translation context of hilal_bots's messages for people, for code outside a QObject:
// Messages::tr("…") is QCoreApplication::translate("hilal::bots::Messages", "…"), which lupdate
// collects into resources/translations/. Without a translator installed (the CLI) the text stays
// English.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(hilal::bots::Messages)
};

} // namespace hilal::bots
