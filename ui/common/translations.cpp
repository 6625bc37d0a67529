#include "ui/common/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace hilal::ui {

namespace {

// Qt reads the layout direction of a language from this entry of the catalogue. Named here so
// that lupdate keeps it in the .ts files (it is in none of our other sources); the text and
// comment are Qt's own, which the lookup has to match.
struct CatalogueEntry
{
    const char *source;
    const char *comment;
};
[[maybe_unused]] const CatalogueEntry kLayoutDirectionEntry
    = QT_TRANSLATE_NOOP3("QGuiApplication", "QT_LAYOUT_DIRECTION",
                         "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in "
                         "right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.");

std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

} // namespace

bool installTranslations(const QLocale &locale)
{
    removeTranslations();
    auto app = std::make_unique<QTranslator>();
    if (!app->load(locale, QStringLiteral("hilal"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || app->language().startsWith(QLatin1String("en")))
        return false;
    QCoreApplication::installTranslator(app.get());
    appTranslator() = std::move(app);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    // Our catalogue carries QT_LAYOUT_DIRECTION, but Qt only reads it for its own translator
    // at start; say it directly.
    if (locale.textDirection() == Qt::RightToLeft)
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    return true;
}

void removeTranslations()
{
    if (appTranslator()) {
        QCoreApplication::removeTranslator(appTranslator().get());
        appTranslator().reset();
    }
    if (qtTranslator()) {
        QCoreApplication::removeTranslator(qtTranslator().get());
        qtTranslator().reset();
    }
}

} // namespace hilal::ui
