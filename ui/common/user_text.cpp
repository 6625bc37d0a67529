#include "ui/common/user_text.h"

#include <QRegularExpression>

namespace hilal::ui {

QString UserText::withoutCliHints(const QString &message)
{
    if (!message.contains(QLatin1String("hilal-sf ")))
        return message;
    QString text = message;
    // "(hilal-sf connect --bot X, or Connect in the app)" → "(Connect in the app)"; a
    // parenthesis that is only the command goes.
    static const QRegularExpression parenthesis(QStringLiteral(R"(\s*\(([^()]*hilal-sf [^()]*)\))"));
    for (auto match = parenthesis.match(text); match.hasMatch(); match = parenthesis.match(text)) {
        const QString inner = match.captured(1);
        const qsizetype orAt = inner.lastIndexOf(QLatin1String(", or "));
        const QString keep = orAt >= 0 ? QStringLiteral(" (%1)").arg(inner.mid(orAt + 5).trimmed()) : QString();
        text.replace(match.capturedStart(), match.capturedLength(), keep);
    }
    // "…; `hilal-sf bots list` shows the ids." and "…; to allow it anyway: hilal-sf grant …." —
    // the clause goes, the sentence ends where it did.
    static const QRegularExpression clause(QStringLiteral(R"(;[^;.]*hilal-sf [^.]*)"));
    text.remove(clause);
    // A sentence that is only a command ("Use `hilal-sf mapping set …`.") goes as a whole.
    static const QRegularExpression sentence(QStringLiteral(R"((?:^|(?<=[.!?]))\s*[^.!?]*hilal-sf [^.!?]*[.!?]?)"));
    text.remove(sentence);
    return text.trimmed();
}

} // namespace hilal::ui
