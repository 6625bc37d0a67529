#pragma once

#include <QLocale>

namespace hilal::ui {

// Loads the app's translation for `locale` (compiled in as :/i18n/hilal_<lang>.qm) and Qt's own
// for its standard dialogs, and installs them in the application. A right-to-left language lays
// the widgets out mirrored (the Integrations page follows, see IntegrationsPage). English, the
// source language, needs no catalogue: false then, and for a language with no translation.
bool installTranslations(const QLocale &locale = QLocale());

// Removes what installTranslations() installed (tests switch languages).
void removeTranslations();

} // namespace hilal::ui
