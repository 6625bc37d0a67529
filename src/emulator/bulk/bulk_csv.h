#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace hilal::emulator {

// The CSV dialect of a Bulk API 2.0 job (docs/bulk-api.md): RFC 4180 quoting, one of six column
// delimiters, LF or CRLF line endings. An empty cell is a null.
struct BulkCsvFormat
{
    char delimiter = ',';
    QByteArray lineEnding = QByteArrayLiteral("\n");
    QString delimiterName = QStringLiteral("COMMA");
    QString lineEndingName = QStringLiteral("LF");

    // COMMA, TAB, PIPE, SEMICOLON, CARET, BACKQUOTE; nullopt for anything else.
    static std::optional<char> delimiterFromName(const QString &name);
    // LF, CRLF; nullopt for anything else.
    static std::optional<QByteArray> lineEndingFromName(const QString &name);
};

class BulkCsv
{
public:
    // One row, fields quoted when they hold the delimiter, a quote, CR or LF (or start/end with a
    // space, which spreadsheet tools would trim), followed by the line ending.
    static void appendRow(QByteArray &out, const QStringList &fields, const BulkCsvFormat &format);
    // The same for fields already in UTF-8.
    static void appendRow(QByteArray &out, const std::vector<QByteArrayView> &fields, const BulkCsvFormat &format);

    // Parses a whole upload into rows (quoted fields may span lines; CRLF or LF). False with a
    // sentence in *error for an unterminated quote or a stray quote inside an unquoted field.
    static bool parse(const QByteArray &data, char delimiter, QList<QStringList> *rows, QString *error);

private:
    static void appendField(QByteArray &out, QByteArrayView value, char delimiter);
};

} // namespace hilal::emulator
