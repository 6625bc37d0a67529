#include "ui/console/soql_completer.h"

#include "soql/lexer.h"

#include <QJsonArray>

#include <algorithm>

namespace hilal::ui {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

QString fold(const QString &name)
{
    return name.toCaseFolded();
}

QStringList filterSorted(QStringList names, const QString &prefix)
{
    QStringList out;
    for (const QString &name : names) {
        if (name.startsWith(prefix, Qt::CaseInsensitive))
            out.append(name);
    }
    out.removeDuplicates();
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return out;
}

} // namespace

SoqlCompleter::SoqlCompleter(QObject *parent)
    : QObject(parent)
{
}

void SoqlCompleter::setObjects(const QStringList &names)
{
    m_objects = names;
}

void SoqlCompleter::clear()
{
    m_objects.clear();
    m_described.clear();
    m_requested.clear();
}

void SoqlCompleter::setDescribe(const QString &object, const QJsonObject &describe)
{
    ObjectInfo info;
    info.name = describe.value(QLatin1String("name")).toString(object);
    const QJsonArray fields = describe.value(QLatin1String("fields")).toArray();
    for (const QJsonValue &value : fields) {
        const QJsonObject f = value.toObject();
        Field field;
        field.name = f.value(QLatin1String("name")).toString();
        field.relationshipName = f.value(QLatin1String("relationshipName")).toString();
        for (const QJsonValue &target : f.value(QLatin1String("referenceTo")).toArray())
            field.referenceTo.append(target.toString());
        info.fields.append(field);
    }
    for (const QJsonValue &value : describe.value(QLatin1String("childRelationships")).toArray()) {
        const QJsonObject child = value.toObject();
        const QString relationship = child.value(QLatin1String("relationshipName")).toString();
        if (!relationship.isEmpty())
            info.children.insert(fold(relationship), child.value(QLatin1String("childSObject")).toString());
    }
    m_described.insert(fold(object), info);
    m_requested.remove(fold(object));
}

bool SoqlCompleter::hasDescribe(const QString &object) const
{
    return m_described.contains(fold(object));
}

const SoqlCompleter::ObjectInfo *SoqlCompleter::info(const QString &object) const
{
    const auto it = m_described.constFind(fold(object));
    return it == m_described.constEnd() ? nullptr : &it.value();
}

// The object the cursor's SELECT reads: the FROM of the innermost parenthesis group around the
// cursor; a subquery's FROM names a child relationship of the outer object.
QString SoqlCompleter::queryObject(const QString &text, int cursor, QString *missing) const
{
    const std::vector<soql::Token> tokens = soql::Lexer::tokenize(text);
    // Group ids by parenthesis nesting; the cursor's group is the chain of open groups around it.
    std::vector<int> groupOf(tokens.size(), 0);
    std::vector<int> parentOf{-1};
    std::vector<int> stack{0};
    int cursorGroup = -1;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const soql::Token &t = tokens[i];
        if (cursorGroup < 0 && t.offset >= cursor)
            cursorGroup = stack.back();
        if (t.is(soql::Symbol::LeftParen)) {
            groupOf[i] = stack.back();
            parentOf.push_back(stack.back());
            stack.push_back(int(parentOf.size()) - 1);
        } else if (t.is(soql::Symbol::RightParen)) {
            if (stack.size() > 1)
                stack.pop_back();
            groupOf[i] = stack.back();
        } else {
            groupOf[i] = stack.back();
        }
    }
    if (cursorGroup < 0)
        cursorGroup = stack.back();

    auto fromOf = [&](int group) -> QString {
        for (size_t i = 0; i + 1 < tokens.size(); ++i) {
            if (groupOf[i] == group && tokens[i].is(soql::Keyword::From)
                && tokens[i + 1].kind == soql::TokenKind::Identifier)
                return text.mid(tokens[i + 1].offset, tokens[i + 1].length);
        }
        return QString();
    };
    // Walk outwards until a group with a FROM (a function's parentheses have none).
    int group = cursorGroup;
    QString object = fromOf(group);
    while (object.isEmpty() && group > 0) {
        group = parentOf[group];
        object = fromOf(group);
    }
    if (object.isEmpty() || group == 0)
        return object;
    // A subquery: FROM Contacts is a child relationship of the enclosing query's object.
    int outer = parentOf[group];
    QString outerObject = fromOf(outer);
    while (outerObject.isEmpty() && outer > 0) {
        outer = parentOf[outer];
        outerObject = fromOf(outer);
    }
    if (outerObject.isEmpty())
        return object; // a semi-join's FROM is a real object
    const ObjectInfo *outerInfo = info(outerObject);
    if (!outerInfo) {
        if (missing)
            *missing = outerObject;
        return QString();
    }
    return outerInfo->children.value(fold(object), object);
}

SoqlCompleter::Context SoqlCompleter::contextAt(const QString &text, int cursor) const
{
    Context context;
    cursor = std::clamp(cursor, 0, int(text.size()));
    int start = cursor;
    while (start > 0 && isWordChar(text.at(start - 1)))
        --start;
    context.start = start;
    context.prefix = text.mid(start, cursor - start);
    if (!context.prefix.isEmpty() && context.prefix.front().isDigit())
        return context;

    // Relationship parts typed before the word: `Account.Owner.Na` → {Account, Owner}.
    QStringList path;
    int pathStart = start;
    while (pathStart > 0 && text.at(pathStart - 1) == QLatin1Char('.')) {
        int partStart = pathStart - 1;
        while (partStart > 0 && isWordChar(text.at(partStart - 1)))
            --partStart;
        path.prepend(text.mid(partStart, pathStart - 1 - partStart));
        pathStart = partStart;
    }

    // What comes before the whole path decides: FROM → an object name, else a field.
    const std::vector<soql::Token> before = soql::Lexer::tokenize(QStringView(text).left(pathStart));
    const soql::Token *last = before.size() >= 2 ? &before[before.size() - 2] : nullptr;
    if (last && last->is(soql::Keyword::From) && path.isEmpty()) {
        context.kind = Context::Kind::Object;
        return context;
    }
    if (last && last->kind == soql::TokenKind::String)
        return context;

    QString object = queryObject(text, cursor, &context.missing);
    if (object.isEmpty())
        return context;
    for (const QString &part : std::as_const(path)) {
        const ObjectInfo *current = info(object);
        if (!current) {
            context.missing = object;
            return context;
        }
        QString next;
        for (const Field &field : current->fields) {
            if (!field.referenceTo.isEmpty()
                && field.relationshipName.compare(part, Qt::CaseInsensitive) == 0) {
                next = field.referenceTo.first();
                break;
            }
        }
        if (next.isEmpty())
            return context; // not a relationship: nothing sensible to offer
        object = next;
    }
    context.kind = Context::Kind::Field;
    context.object = object;
    if (!info(object))
        context.missing = object;
    return context;
}

QStringList SoqlCompleter::candidates(const Context &context) const
{
    switch (context.kind) {
    case Context::Kind::None:
        return {};
    case Context::Kind::Object:
        return filterSorted(m_objects, context.prefix);
    case Context::Kind::Field:
        break;
    }
    const ObjectInfo *object = info(context.object);
    if (!object)
        return {};
    QStringList names;
    for (const Field &field : object->fields) {
        names.append(field.name);
        if (!field.relationshipName.isEmpty() && !field.referenceTo.isEmpty())
            names.append(field.relationshipName);
    }
    return filterSorted(names, context.prefix);
}

QStringList SoqlCompleter::candidates(const QString &text, int cursor)
{
    const Context context = contextAt(text, cursor);
    if (!context.missing.isEmpty() && !m_requested.contains(fold(context.missing))) {
        m_requested.insert(fold(context.missing));
        Q_EMIT describeNeeded(context.missing);
    }
    return candidates(context);
}

} // namespace hilal::ui
