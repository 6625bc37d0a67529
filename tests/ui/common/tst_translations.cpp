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
#include <QXmlStreamReader>

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

    // One entry of a .ts catalogue: its context (the class), source text and translations (one,
    // or one per plural form); `finished` unless lupdate or a translator left it unfinished.
    struct CatalogueEntry
    {
        QString context;
        QString source;
        QStringList translations;
        bool finished = false;
    };

    // The Arabic catalogue as written in the source tree (what lrelease compiles in).
    static QList<CatalogueEntry> arabicCatalogue()
    {
        QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../resources/translations/hilal_ar.ts"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<CatalogueEntry> entries;
        QString context;
        bool numerus = false;
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                entries.append({context, {}, {}, false});
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source") && !entries.isEmpty()) {
                entries.last().source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation") && !entries.isEmpty()) {
                entries.last().finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                if (!numerus)
                    entries.last().translations << xml.readElementText();
            } else if (xml.name() == QLatin1String("numerusform") && !entries.isEmpty()) {
                entries.last().translations << xml.readElementText();
            }
        }
        return xml.hasError() ? QList<CatalogueEntry>() : entries;
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

    // Everything the window, its dialogs and the app's own messages (ui/, app/gui) put on screen
    // has its Arabic: no entry left unfinished, and none "translated" by an English copy.
    void everyGuiStringHasArabic()
    {
        const QList<CatalogueEntry> entries = arabicCatalogue();
        QVERIFY2(entries.size() > 500, "the Arabic catalogue was not found or does not parse");
        const QRegularExpression englishWord(QStringLiteral("\\b[a-z]{3,}\\b"));
        const QRegularExpression arabicLetter(QStringLiteral("[\\x{0621}-\\x{064A}]"));
        QStringList missing;
        int gui = 0;
        for (const CatalogueEntry &entry : entries) {
            const bool fromGui = entry.context.startsWith(QLatin1String("hilal::ui::"))
                || entry.context.startsWith(QLatin1String("hilal::gui::")) || entry.context == QLatin1String("main")
                || entry.context == QLatin1String("QMessageBox");
            if (!fromGui)
                continue;
            ++gui;
            // A source without a space (an e-mail example, a date pattern) may stay as it is.
            const bool copied = entry.source.contains(QLatin1Char(' ')) && englishWord.match(entry.source).hasMatch()
                && !arabicLetter.match(entry.translations.join(QLatin1Char(' '))).hasMatch();
            if (!entry.finished || entry.translations.isEmpty() || copied)
                missing << QStringLiteral("%1: %2").arg(entry.context, entry.source);
        }
        QVERIFY(gui > 300);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 GUI strings have no Arabic:\n  ").arg(missing.size()).arg(gui)
                            + missing.join(QStringLiteral("\n  "))));
    }

    // Qt underlines a mnemonic by drawing its letter apart from the rest of the word. An Arabic
    // letter joined to a neighbour then breaks the word's joining, and Qt measures the text
    // narrower than it draws it: a label loses its last character (often its colon), a tab title
    // a letter. So an Arabic mnemonic is a letter that stands alone: at a word's start or after a
    // letter that never joins the next one (ا د ذ ر ز و…), and itself one of those or the word's
    // last letter. Where a word offers none, the entry has no mnemonic.
    void arabicMnemonicsStandAlone()
    {
        const QList<CatalogueEntry> entries = arabicCatalogue();
        QVERIFY(!entries.isEmpty());
        const auto joinsNext = [](QChar c) {
            return c.joiningType() == QChar::Joining_Dual || c.joiningType() == QChar::Joining_Causing
                || c.joiningType() == QChar::Joining_Left;
        };
        const auto joinsPrevious = [](QChar c) {
            return c.joiningType() == QChar::Joining_Dual || c.joiningType() == QChar::Joining_Causing
                || c.joiningType() == QChar::Joining_Right;
        };
        const auto mnemonicAt = [](const QString &text) {
            for (int i = 0; i + 1 < text.size(); ++i) {
                if (text.at(i) != QLatin1Char('&'))
                    continue;
                if (text.at(i + 1) != QLatin1Char('&'))
                    return i;
                ++i; // "&&" is a literal ampersand
            }
            return -1;
        };
        // The neighbour of text[from] in direction step (±1), past vowel marks; a space if none.
        const auto neighbour = [](const QString &text, int from, int step) {
            for (int i = from + step; i >= 0 && i < text.size(); i += step) {
                if (text.at(i).joiningType() != QChar::Joining_Transparent)
                    return text.at(i);
            }
            return QChar(QLatin1Char(' '));
        };
        QStringList wrong;
        int mnemonics = 0;
        for (const CatalogueEntry &entry : entries) {
            if (!entry.finished)
                continue;
            for (const QString &text : entry.translations) {
                const int at = mnemonicAt(text);
                if (at < 0)
                    continue;
                ++mnemonics;
                const QChar letter = text.at(at + 1);
                const QChar before = neighbour(text, at, -1);
                const QChar after = neighbour(text, at + 1, +1);
                if ((joinsNext(before) && joinsPrevious(letter)) || (joinsNext(letter) && joinsPrevious(after)))
                    wrong << QStringLiteral("%1 → %2").arg(entry.source, text);
            }
        }
        QVERIFY(mnemonics > 20);
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(QStringLiteral("mnemonics on a joined letter:\n") + wrong.join(QLatin1Char('\n'))));
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
            QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("ملف"));
            QCOMPARE(window.tabs()->tabText(MainWindow::IntegrationsIndex), QStringLiteral("&التكاملات"));
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
