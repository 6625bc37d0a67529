#include "ui/common/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace hilal::ui {

namespace {

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
