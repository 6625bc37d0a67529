#include "ui/console/soql_completer.h"

#include "soql/lexer.h"
#include "soql/literal_escaper.h"
#include "soql/parser.h"

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
    std::sort(out.begin(), out.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return out;
}

} // namespace

SoqlCompleter::SoqlCompleter(QObject *parent)
    : QObject(parent)
{
}

void SoqlCompleter::setObjects(const QStringList &names, const QStringList &labels)
{
    m_objects = names;
    m_objectLabels.clear();
    for (int i = 0; i < names.size() && i < labels.size(); ++i)
        m_objectLabels.insert(fold(names.at(i)), labels.at(i));
}

void SoqlCompleter::clear()
{
    m_objects.clear();
    m_objectLabels.clear();
    m_described.clear();
    m_requested.clear();
}

void SoqlCompleter::setDescribe(const QString &object, const QJsonObject &describe)
{
    ObjectInfo info;
    info.name = describe.value(QLatin1String("name")).toString(object);
    info.label = describe.value(QLatin1String("label")).toString();
    const QJsonArray fields = describe.value(QLatin1String("fields")).toArray();
    for (const QJsonValue &value : fields) {
        const QJsonObject f = value.toObject();
        Field field;
        field.name = f.value(QLatin1String("name")).toString();
        field.label = f.value(QLatin1String("label")).toString();
        field.type = f.value(QLatin1String("type")).toString();
        field.relationshipName = f.value(QLatin1String("relationshipName")).toString();
        for (const QJsonValue &target : f.value(QLatin1String("referenceTo")).toArray())
            field.referenceTo.append(target.toString());
        // Inactive values can't be chosen on a record any more; offering them would mislead.
        for (const QJsonValue &p : f.value(QLatin1String("picklistValues")).toArray()) {
            const QJsonObject v = p.toObject();
            if (v.value(QLatin1String("active")).toBool(true))
                field.picklist.append(
                    {v.value(QLatin1String("value")).toString(), v.value(QLatin1String("label")).toString()});
        }
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
    std::vector<int> parentOf {-1};
    std::vector<int> stack {0};
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

QString SoqlCompleter::followPath(QString object, const QStringList &relationships, QString *missing) const
{
    for (const QString &part : relationships) {
        const ObjectInfo *current = info(object);
        if (!current) {
            if (missing)
                *missing = object;
            return QString();
        }
        QString next;
        for (const Field &field : current->fields) {
            if (!field.referenceTo.isEmpty() && field.relationshipName.compare(part, Qt::CaseInsensitive) == 0) {
                next = field.referenceTo.first();
                break;
            }
        }
        if (next.isEmpty())
            return QString(); // not a relationship
        object = next;
    }
    return object;
}

const SoqlCompleter::Field *SoqlCompleter::findField(const QString &object, const QString &name) const
{
    const ObjectInfo *described = info(object);
    if (!described)
        return nullptr;
    for (const Field &field : described->fields) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            return &field;
    }
    return nullptr;
}

// The right side of a comparison: `Field = |`, `Field != 'Clo|`, `Field IN (|`, `Field IN ('a', |`.
// Fills the compared field's path; false elsewhere.
bool SoqlCompleter::valueContext(const QString &text, int cursor, Context &context) const
{
    using soql::Keyword;
    using soql::Symbol;
    using soql::TokenKind;
    const std::vector<soql::Token> tokens = soql::Lexer::tokenize(QStringView(text).left(cursor));
    int last = int(tokens.size()) - 2; // the token before End
    int start = cursor;
    bool quoted = false;
    if (last >= 0 && tokens[last].offset + tokens[last].length == cursor) {
        const soql::Token &t = tokens[last];
        if (t.kind == TokenKind::Error && t.error == soql::LexError::UnterminatedString) {
            quoted = true;
            start = t.offset;
            --last;
        } else if (t.kind == TokenKind::Identifier || t.kind == TokenKind::Keyword
                   || t.kind == TokenKind::DateLiteral) {
            start = t.offset;
            --last;
        }
    }
    if (last < 0)
        return false;
    auto isValueToken = [](const soql::Token &t) {
        return t.kind == TokenKind::String || t.kind == TokenKind::Number || t.kind == TokenKind::Date
            || t.kind == TokenKind::DateTime || t.kind == TokenKind::DateLiteral || t.kind == TokenKind::Currency
            || t.is(Keyword::True) || t.is(Keyword::False) || t.is(Keyword::Null);
    };
    auto isListKeyword
        = [](const soql::Token &t) { return t.is(Keyword::In) || t.is(Keyword::Includes) || t.is(Keyword::Excludes); };
    int fieldEnd = -1;
    const soql::Token &op = tokens[last];
    if (op.kind == TokenKind::Operator) {
        fieldEnd = last - 1;
    } else if (op.is(Symbol::LeftParen) || op.is(Symbol::Comma)) {
        // Back over the values already in the list to its `IN (`.
        int j = last;
        while (j >= 0 && (tokens[j].is(Symbol::Comma) || isValueToken(tokens[j])))
            --j;
        if (j < 1 || !tokens[j].is(Symbol::LeftParen) || !isListKeyword(tokens[j - 1]))
            return false;
        fieldEnd = j - 2;
        if (fieldEnd >= 0 && tokens[fieldEnd].is(Keyword::Not))
            --fieldEnd;
    } else {
        return false;
    }
    if (fieldEnd < 0 || tokens[fieldEnd].kind != TokenKind::Identifier)
        return false;
    QStringList path {text.mid(tokens[fieldEnd].offset, tokens[fieldEnd].length)};
    for (int k = fieldEnd; k >= 2 && tokens[k - 1].is(Symbol::Dot) && tokens[k - 2].kind == TokenKind::Identifier;
         k -= 2)
        path.prepend(text.mid(tokens[k - 2].offset, tokens[k - 2].length));

    context.kind = Context::Kind::Value;
    context.start = start;
    context.quoted = quoted;
    context.prefix = text.mid(quoted ? start + 1 : start, cursor - start - (quoted ? 1 : 0));
    context.field = path.takeLast();
    const QString object = queryObject(text, cursor, &context.missing);
    if (!object.isEmpty())
        context.object = followPath(object, path, &context.missing);
    return true;
}

SoqlCompleter::Context SoqlCompleter::contextAt(const QString &text, int cursor) const
{
    Context context;
    cursor = std::clamp(cursor, 0, int(text.size()));
    if (valueContext(text, cursor, context))
        return context;
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
    if (last && (last->kind == soql::TokenKind::String || last->kind == soql::TokenKind::Error))
        return context;

    QString object = queryObject(text, cursor, &context.missing);
    if (object.isEmpty())
        return context;
    object = followPath(object, path, &context.missing);
    if (object.isEmpty())
        return context; // not a relationship (or not described yet): nothing sensible to offer
    context.kind = Context::Kind::Field;
    context.object = object;
    if (!info(object))
        context.missing = object;
    return context;
}

QList<SoqlCompleter::Suggestion> SoqlCompleter::suggestions(const Context &context) const
{
    QList<Suggestion> out;
    auto matches
        = [&context](const QString &candidate) { return candidate.startsWith(context.prefix, Qt::CaseInsensitive); };
    switch (context.kind) {
    case Context::Kind::None:
        return out;
    case Context::Kind::Object:
        for (const QString &name : filterSorted(m_objects, context.prefix))
            out.append({name, name, m_objectLabels.value(fold(name)), tr("object")});
        return out;
    case Context::Kind::Field: {
        const ObjectInfo *object = info(context.object);
        if (!object)
            return out;
        for (const Field &field : object->fields) {
            if (matches(field.name)) {
                const QString type = field.referenceTo.isEmpty()
                    ? field.type
                    : tr("%1 → %2").arg(field.type, field.referenceTo.join(QLatin1Char('/')));
                out.append({field.name, field.name, field.label, type});
            }
            if (!field.relationshipName.isEmpty() && !field.referenceTo.isEmpty() && matches(field.relationshipName))
                out.append({field.relationshipName, field.relationshipName + QLatin1Char('.'), field.label,
                            tr("relationship → %1").arg(field.referenceTo.join(QLatin1Char('/')))});
        }
        std::sort(out.begin(), out.end(), [](const Suggestion &a, const Suggestion &b) {
            return a.text.compare(b.text, Qt::CaseInsensitive) < 0;
        });
        return out;
    }
    case Context::Kind::Value:
        break;
    }
    const Field *field = context.object.isEmpty() ? nullptr : findField(context.object, context.field);
    if (!field)
        return out;
    const QString type = field->type;
    if (type == QLatin1String("picklist") || type == QLatin1String("multipicklist")) {
        // In describe's order: the order the org's admins gave the values (stages in sequence).
        for (const PicklistValue &value : field->picklist) {
            if (matches(value.value)) {
                const QString literal = soql::LiteralEscaper::quote(value.value);
                out.append({literal, literal, value.label, tr("picklist value")});
            }
        }
        return out;
    }
    if (context.quoted)
        return out; // only picklists have string values worth offering
    if (type == QLatin1String("boolean")) {
        for (const char *word : {"TRUE", "FALSE"}) {
            if (matches(QLatin1String(word)))
                out.append({QLatin1String(word), QLatin1String(word), QString(), tr("boolean")});
        }
    } else if (type == QLatin1String("date") || type == QLatin1String("datetime")) {
        for (int i = 0; i <= int(soql::DateLiteral::NFiscalYearsAgo); ++i) {
            const auto literal = soql::DateLiteral(i);
            const QString name = soql::dateLiteralName(literal);
            if (!matches(name))
                continue;
            if (soql::dateLiteralTakesN(literal))
                out.append(
                    {name + QLatin1String(":n"), name + QLatin1Char(':'), tr("n is a number"), tr("date literal")});
            else
                out.append({name, name, QString(), tr("date literal")});
        }
    }
    return out;
}

QStringList SoqlCompleter::candidates(const Context &context) const
{
    QStringList names;
    for (const Suggestion &suggestion : suggestions(context))
        names.append(suggestion.text);
    return names;
}

void SoqlCompleter::request(const QString &object)
{
    if (object.isEmpty() || m_requested.contains(fold(object)))
        return;
    m_requested.insert(fold(object));
    Q_EMIT describeNeeded(object);
}

QList<SoqlCompleter::Suggestion> SoqlCompleter::suggestions(const QString &text, int cursor)
{
    const Context context = contextAt(text, cursor);
    request(context.missing);
    return suggestions(context);
}

QStringList SoqlCompleter::candidates(const QString &text, int cursor)
{
    const Context context = contextAt(text, cursor);
    request(context.missing);
    return candidates(context);
}

namespace {

void collectPaths(const soql::Expression &expression, std::vector<const soql::FieldPath *> &out)
{
    if (expression.kind == soql::Expression::Kind::Field)
        out.push_back(&expression.field);
    else if (expression.kind == soql::Expression::Kind::Function)
        for (const soql::Expression &arg : expression.function.args)
            collectPaths(arg, out);
}

void collectPaths(const soql::Condition &condition, std::vector<const soql::FieldPath *> &out)
{
    if (condition.kind == soql::Condition::Kind::Comparison)
        collectPaths(condition.comparison.left, out);
    for (const soql::Condition &operand : condition.operands)
        collectPaths(operand, out);
}

} // namespace

QList<SoqlCompleter::Problem> SoqlCompleter::unknownFields(const QString &text)
{
    QList<Problem> problems;
    if (text.trimmed().isEmpty())
        return problems;
    const soql::ParseResult parsed = soql::Parser::parse(text);
    if (!parsed.ok())
        return problems; // the parse error is underlined already
    const soql::SelectQuery &query = *parsed.query;
    const QString object = query.from.object;
    if (!info(object)) {
        if (m_objects.isEmpty() || m_objects.contains(object, Qt::CaseInsensitive))
            request(object);
        else
            problems.append({query.from.range.offset, query.from.range.length,
                             tr("The org has no object %1 that can be queried.").arg(object)});
        return problems;
    }

    // The top-level query's own paths (subqueries read other objects: left alone here).
    std::vector<const soql::FieldPath *> paths;
    QSet<QString> aliases;
    for (const soql::SelectItem &item : query.select) {
        if (!item.alias.isEmpty())
            aliases.insert(fold(item.alias));
        if (item.kind == soql::SelectItem::Kind::Field)
            paths.push_back(&item.field);
        else if (item.kind == soql::SelectItem::Kind::Function)
            for (const soql::Expression &arg : item.function.args)
                collectPaths(arg, paths);
    }
    if (query.where)
        collectPaths(*query.where, paths);
    for (const soql::Expression &item : query.groupBy.items)
        collectPaths(item, paths);
    if (query.having)
        collectPaths(*query.having, paths);
    for (const soql::OrderByItem &item : query.orderBy)
        collectPaths(item.expression, paths);

    for (const soql::FieldPath *path : paths) {
        QStringList parts = path->parts;
        if (parts.size() == 1 && aliases.contains(fold(parts.first())))
            continue; // ORDER BY / HAVING on an aggregate's alias
        if (parts.size() > 1 && !query.from.alias.isEmpty()
            && parts.first().compare(query.from.alias, Qt::CaseInsensitive) == 0)
            parts.removeFirst();
        QString current = object;
        QString problem;
        for (int i = 0; i + 1 < parts.size() && problem.isEmpty(); ++i) {
            QString missing;
            const QString next = followPath(current, {parts.at(i)}, &missing);
            if (!missing.isEmpty()) {
                request(missing);
                current.clear();
                break;
            }
            if (next.isEmpty())
                problem = tr("%1 has no relationship %2.").arg(current, parts.at(i));
            current = next;
        }
        if (problem.isEmpty() && current.isEmpty())
            continue; // not described yet: judged once it is
        if (problem.isEmpty() && !info(current)) {
            request(current);
            continue;
        }
        if (problem.isEmpty() && !findField(current, parts.last()))
            problem = tr("%1 has no field %2.").arg(current, parts.last());
        if (!problem.isEmpty())
            problems.append({path->range.offset, path->range.length, problem});
    }
    return problems;
}

} // namespace hilal::ui
