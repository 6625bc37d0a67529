// Translations: no user-visible string literal in ui/ escapes tr() (a scan of the sources for
// the calls that put text on screen), and the Arabic catalogue, compiled in, translates the
// window and mirrors its layout.
#include "support/gui_test.h"

#include "ui/bots/bot_list.h"
#include "ui/common/app_context.h"
#include "ui/common/bidi_text_style.h"
#include "ui/common/main_window.h"
#include "ui/common/translations.h"

#include "bots/bot_repository.h"
#include "core/app_paths.h"
#include "salesforce/network_error_text.h"
#include "salesforce/salesforce_error.h"
#include "soql/read_only_guard.h"

#include <QAbstractButton>
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

    // A keychain service of the test's own, so nothing it stores meets another run's entries.
    static AppContext::Options contextOptions()
    {
        AppContext::Options options;
        options.keychainService = QStringLiteral("hilal-sf-admin-test-%1")
                                      .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        return options;
    }

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
        AppContext context(contextOptions());
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

    // Every button on every tab shows its whole text, in English and in Arabic, with the
    // platform's font and with a 12 pt one, in a 1000×700 window: it is at least as wide as its
    // text asks (sizeHint), and the window holds the smallest size its content can take (the
    // window's edge cuts what does not fit, which no single button's parent can tell).
    void buttonsFitTheirText_data()
    {
        QTest::addColumn<bool>("arabic");
        QTest::addColumn<int>("pointSize");
        QTest::newRow("english") << false << 0;
        QTest::newRow("english, 12 pt") << false << 12;
        QTest::newRow("arabic") << true << 0;
        QTest::newRow("arabic, 12 pt") << true << 12;
    }

    void buttonsFitTheirText()
    {
        QFETCH(bool, arabic);
        QFETCH(int, pointSize);
        // One context for every row: a context destroyed while its keychain still answers a
        // request would take the answer with it (libsecret calls back into the deleted job).
        if (!m_context) {
            QVERIFY(m_home.isValid());
            AppPaths::setDataDirOverride(m_home.path());
            m_context = std::make_unique<AppContext>(contextOptions());
            QVERIFY(m_context->bots()->add(QStringLiteral("Website concierge"), bots::Audience::Public,
                                           bots::OrgKind::Production));
        }
        AppContext &context = *m_context;
        const QFont before = QApplication::font();
        if (pointSize > 0) {
            QFont big = before;
            big.setPointSize(pointSize);
            QApplication::setFont(big);
        }
        if (arabic)
            QVERIFY(installTranslations(QLocale(QLocale::Arabic, QLocale::SaudiArabia)));
        QStringList clipped;
        {
            MainWindow window(&context);
            window.resize(1000, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(window.size(), QSize(1000, 700));
            const QString shot = QStringLiteral("translations_buttons_%1_%2pt")
                                     .arg(arabic ? QStringLiteral("arabic") : QStringLiteral("english"))
                                     .arg(QFontInfo(QApplication::font()).pointSize());
            for (int tab = 0; tab < window.tabs()->count(); ++tab) {
                window.tabs()->setCurrentIndex(tab);
                window.tabContent(tab);
                QTest::qWait(50); // the tab's layout settles
                if (tab > 0)
                    test::saveScreenshot(&window, shot + QStringLiteral("_tab%1").arg(tab));
                for (QAbstractButton *b : window.findChildren<QAbstractButton *>()) {
                    if (!b->isVisibleTo(&window) || b->text().isEmpty())
                        continue;
                    // Clipped by its own size, or by a parent or the window's edge (a part
                    // scrolled out of a scroll area's view is not clipped, just out of view).
                    const QRect shown = b->visibleRegion().boundingRect();
                    if (b->width() < b->sizeHint().width()
                        || (!shown.isEmpty() && shown.width() < b->sizeHint().width()))
                        clipped << QStringLiteral("tab %1: \"%2\" shows %3 px, needs %4")
                                       .arg(tab)
                                       .arg(b->text())
                                       .arg(qMin(b->width(), shown.width()))
                                       .arg(b->sizeHint().width());
                }
            }
            // Every tab is built by now, so the central widget's hint counts the largest of them.
            const QWidget *central = window.centralWidget();
            const QSize needed = central->minimumSizeHint();
            if (needed.width() > central->width() || needed.height() > central->height())
                clipped << QStringLiteral("the window's content needs %1×%2 px, has %3×%4")
                               .arg(needed.width())
                               .arg(needed.height())
                               .arg(central->width())
                               .arg(central->height());
            qInfo("content needs %d×%d px of %d×%d; bot list %d px; tabs %d px", needed.width(), needed.height(),
                  central->width(), central->height(), window.botList()->minimumSizeHint().width(),
                  window.tabs()->minimumSizeHint().width());
            if (!clipped.isEmpty()) {
                clipped << QStringLiteral("bot list needs %1 px").arg(window.botList()->minimumSizeHint().width());
                for (int tab = 0; tab < window.tabs()->count(); ++tab)
                    clipped << QStringLiteral("tab %1 needs %2×%3 px")
                                   .arg(tab)
                                   .arg(window.tabContent(tab)->minimumSizeHint().width())
                                   .arg(window.tabContent(tab)->minimumSizeHint().height());
            }
            window.tabs()->setCurrentIndex(0);
            test::saveScreenshot(&window, shot);
        }
        removeTranslations();
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        QApplication::setFont(before);
        clipped.removeDuplicates();
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
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

    void cleanupTestCase()
    {
        m_context.reset();
        AppPaths::setDataDirOverride({});
    }

private:
    QTemporaryDir m_home;
    std::unique_ptr<AppContext> m_context;
};

HILAL_GUI_TEST_MAIN(TestTranslations)
#include "tst_translations.moc"
