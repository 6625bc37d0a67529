#include "ui/common/user_text.h"

#include <QRegularExpression>

namespace hilal::ui {

namespace {

// A command to type: "hilal-sf" and a subcommand ("hilal-sf connect …", "`hilal-sf bots list`"),
// not the program named in a sentence ("locked by another hilal-sf (…)").
const QString kCommand = QStringLiteral(R"(hilal-sf [a-z])");

// Where a parenthesis offers a GUI alternative after the command: English and Arabic.
qsizetype alternativeAt(const QString &inner, qsizetype *separatorLength)
{
    static const QRegularExpression separator(QStringLiteral(R"((, or |، أو ))"));
    qsizetype at = -1;
    for (auto it = separator.globalMatch(inner); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        at = m.capturedStart();
        *separatorLength = m.capturedLength();
    }
    return at;
}

} // namespace

QString UserText::withoutCliHints(const QString &message)
{
    static const QRegularExpression command(kCommand);
    if (!message.contains(command))
        return message;
    QString text = message;
    // "(hilal-sf connect --bot X, or Connect in the app)" → "(Connect in the app)"; a
    // parenthesis that is only the command goes.
    static const QRegularExpression parenthesis(QStringLiteral(R"(\s*\(([^()]*%1[^()]*)\))").arg(kCommand));
    for (auto match = parenthesis.match(text); match.hasMatch(); match = parenthesis.match(text)) {
        const QString inner = match.captured(1);
        qsizetype separatorLength = 0;
        const qsizetype orAt = alternativeAt(inner, &separatorLength);
        const QString keep
            = orAt >= 0 ? QStringLiteral(" (%1)").arg(inner.mid(orAt + separatorLength).trimmed()) : QString();
        text.replace(match.capturedStart(), match.capturedLength(), keep);
    }
    // "…; `hilal-sf bots list` shows the ids." and "…; to allow it anyway: hilal-sf grant …." —
    // the clause goes (after ";" or the Arabic "؛"), the sentence ends where it did.
    static const QRegularExpression clause(QStringLiteral(R"([;؛][^;؛.]*%1[^.]*)").arg(kCommand));
    text.remove(clause);
    // A sentence that is only a command ("Use `hilal-sf mapping set …`.") goes as a whole.
    static const QRegularExpression sentence(
        QStringLiteral(R"((?:^|(?<=[.!?]))\s*[^.!?]*%1[^.!?]*[.!?]?)").arg(kCommand));
    text.remove(sentence);
    return text.trimmed();
}

} // namespace hilal::ui
