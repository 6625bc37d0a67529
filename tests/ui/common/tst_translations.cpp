// Translations: no user-visible string literal in ui/ escapes tr() (a scan of the sources for
// the calls that put text on screen), and the Arabic catalogue, compiled in, translates the
// window and mirrors its layout.
#include "support/gui_test.h"

#include "ui/common/app_context.h"
#include "ui/common/bidi_text_style.h"
#include "ui/common/main_window.h"
#include "ui/common/translations.h"

#include "core/app_paths.h"
#include "salesforce/network_error_text.h"
#include "salesforce/salesforce_error.h"
#include "soql/read_only_guard.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QVBoxLayout>

using namespace hilal;
using namespace hilal::ui;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    // A call that shows text, given a literal (QStringLiteral, QLatin1String or "…") instead of
    // tr(…): setText, setWindowTitle, tool tips, placeholders, accessible names, list items,
    // menu entries, the MessageBox helpers, and label/button constructors. A line may opt out
    // with a trailing `// not user text` when the literal is a symbol, a URL or an example.
    void noUnmarkedStringsInUi()
    {
        // QT_TESTCASE_SOURCEDIR: this folder (tests/ui), set by Qt's CMake for every test.
        const QDir ui(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../ui"));
        QVERIFY2(QFileInfo::exists(ui.filePath(QStringLiteral("common/main_window.cpp"))),
                 qPrintable(ui.absolutePath()));
        const QString literal = QStringLiteral("(?:QStringLiteral\\(\\s*\"|QLatin1String\\(\\s*\"|u?\")");
        const QRegularExpression visible(
            QStringLiteral("\\b(?:setText|setWindowTitle|setToolTip|setStatusTip|setWhatsThis|setPlaceholderText|"
                           "setAccessibleName|setAccessibleDescription|addItem|addTab|addMenu|addAction|setTitle|"
                           "setEmptyText|setFormat|setLabelText)\\(\\s*")
            + literal);
        const QRegularExpression constructed(
            QStringLiteral(
                "\\bnew\\s+(?:QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|EmptyState)\\(\\s*")
            + literal);
        const QRegularExpression messageBox(
            QStringLiteral("\\bMessageBox::(?:warning|information|critical|question)\\([^,]+,\\s*") + literal);
        // The patterns catch what they are for (and leave tr() alone).
        QVERIFY(visible.match(QStringLiteral("m_label->setText(QStringLiteral(\"Connected\"));")).hasMatch());
        QVERIFY(constructed.match(QStringLiteral("new QPushButton(\"Apply\", this)")).hasMatch());
        QVERIFY(messageBox.match(QStringLiteral("MessageBox::warning(this, QStringLiteral(\"Oops\"), e)")).hasMatch());
        QVERIFY(!visible.match(QStringLiteral("m_label->setText(tr(\"Connected\"));")).hasMatch());
        QStringList found;
        int files = 0;
        QDirIterator it(ui.absolutePath(), {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++files;
            int number = 0;
            for (const QByteArray &raw : file.readAll().split('\n')) {
                ++number;
                const QString line = QString::fromUtf8(raw);
                if (line.contains(QLatin1String("// not user text")) || line.trimmed().startsWith(QLatin1String("//")))
                    continue;
                if (visible.match(line).hasMatch() || constructed.match(line).hasMatch()
                    || messageBox.match(line).hasMatch())
                    found << QStringLiteral("%1:%2: %3")
                                 .arg(ui.relativeFilePath(file.fileName()))
                                 .arg(number)
                                 .arg(line.trimmed());
            }
        }
        QVERIFY2(files > 20, "too few ui/ sources found");
        QVERIFY2(
            found.isEmpty(),
            qPrintable(QStringLiteral("user-visible literals without tr():\n  ") + found.join(QStringLiteral("\n  "))));
    }

    void arabicTranslatesAndMirrors()
    {
        QTemporaryDir home;
        AppPaths::setDataDirOverride(home.path());
        AppContext::Options options;
        options.keychainService = QStringLiteral("hilal-sf-admin-test-%1")
                                      .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        AppContext context(options);
        QVERIFY(!installTranslations(QLocale(QLocale::English))); // the source language: no catalogue
        QVERIFY(installTranslations(QLocale(QLocale::Arabic, QLocale::SaudiArabia)));
        {
            MainWindow window(&context);
            window.resize(1000, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(window.windowTitle(), QStringLiteral("إدارة هلال لـ Salesforce"));
            QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&ملف"));
            QCOMPARE(window.tabs()->tabText(MainWindow::IntegrationsIndex), QStringLiteral("الت&كاملات"));
            QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
            test::saveScreenshot(&window, QStringLiteral("translations_arabic"));
        }
        // The libraries' messages follow: a refused query, a session Salesforce will not renew.
        QCOMPARE(soql::ReadOnlyGuard::check(QStringLiteral("DELETE FROM Account")).message,
                 QStringLiteral("لغة SOQL للقراءة فقط؛ و%1 تغيير للبيانات").arg(QStringLiteral("DELETE")));
        QVERIFY(salesforce::SalesforceError::reconnectNeeded({}).message.startsWith(
            QStringLiteral("رفض Salesforce تجديد الجلسة (رمز التحديث لم يعد صالحًا)")));
        QCOMPARE(salesforce::NetworkErrorText::reason(QNetworkReply::ConnectionRefusedError),
                 QStringLiteral("رفض الخادم الاتصال"));
        removeTranslations();
        QCOMPARE(soql::ReadOnlyGuard::check(QStringLiteral("DELETE FROM Account")).message,
                 QStringLiteral("SOQL can only read; DELETE is a data change"));
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        MainWindow english(&context);
        QCOMPARE(english.windowTitle(), QStringLiteral("Hilal Salesforce Admin"));
        AppPaths::setDataDirOverride({});
    }

    // Right-to-left with English text (`-reverse`, or an English message in the Arabic window):
    // widget text keeps its own reading order, so a sentence's period stays at its end, and
    // Arabic text still reads right to left.
    void mirroredTextKeepsItsOwnDirection()
    {
        const auto draw = [](const QStyle *style, Qt::LayoutDirection direction, const QString &text) {
            QImage image(320, 40, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.setLayoutDirection(direction);
            style->drawItemText(&painter, image.rect(), Qt::AlignCenter, QPalette(), true, text, QPalette::WindowText);
            return image;
        };
        BidiTextStyle bidi(QApplication::style()->name());
        const QStyle *plain = QApplication::style();
        const QString english = QStringLiteral("Remember this bot.");
        const QString arabic = QStringLiteral("تذكّر هذا الروبوت.");
        // Drawn in a mirrored layout, English looks as it does unmirrored…
        QCOMPARE(draw(&bidi, Qt::RightToLeft, english), draw(plain, Qt::LeftToRight, english));
        // …where the plain style moves the period to the front (the bug this style is for).
        QVERIFY(draw(plain, Qt::RightToLeft, english) != draw(plain, Qt::LeftToRight, english));
        // Arabic reads right to left whatever the layout.
        QCOMPARE(draw(&bidi, Qt::LeftToRight, arabic), draw(plain, Qt::RightToLeft, arabic));

        BidiTextStyle::install();
        QVERIFY(qobject_cast<BidiTextStyle *>(QApplication::style()));
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        const auto restore = qScopeGuard([] { QGuiApplication::setLayoutDirection(Qt::LeftToRight); });
        QWidget form;
        auto *layout = new QVBoxLayout(&form);
        auto *box = new QGroupBox(QStringLiteral("Salesforce is connected.")); // not user text
        auto *inner = new QVBoxLayout(box);
        inner->addWidget(new QCheckBox(QStringLiteral("Ask before every query."))); // not user text
        inner->addWidget(new QCheckBox(arabic)); // not user text
        layout->addWidget(box);
        layout->addWidget(new QPushButton(QStringLiteral("Connect again..."))); // not user text
        layout->addWidget(
            new QLabel(QStringLiteral("The refresh token is no longer valid. Reconnect."))); // not user text
        form.resize(420, 200);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QCOMPARE(form.layoutDirection(), Qt::RightToLeft);
        test::saveScreenshot(&form, QStringLiteral("translations_right_to_left_english"));
    }
};

HILAL_GUI_TEST_MAIN(TestTranslations)
#include "tst_translations.moc"
