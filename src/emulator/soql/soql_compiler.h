#pragma once

#include "emulator/soql/select_plan.h"
#include "emulator/soql/soql_scope.h"
#include "emulator/store/schema.h"
#include "soql/ast.h"

#include <QDate>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace hilal::emulator::soqlexec {

using namespace hilal::soql;

// The compiler: SOQL AST → SelectPlan. Raises QueryError (query_error.h) for what the org refuses.
class Compiler
{
public:
    Compiler(const Schema &schema, const QDate &today, int fiscalStart, bool includeDeleted);

    std::shared_ptr<SelectPlan> compileRoot(const SelectQuery &q, const QString &soql);

private:
    int offsetPosition(const SelectQuery &q) const;

    int objectOffset(const FromClause &from) const;

    void checkUnsupportedClauses(const SelectQuery &q);

    static bool isCountOnly(const SelectQuery &q);

    QString deletedFilter(const Scope &scope) const;

    static QString combineWhere(const QString &a, const QString &b);

    std::shared_ptr<SelectPlan> compileSelect(const SelectQuery &q, const ObjectDef *object, const QString &aliasPrefix,
                                              bool isRoot);

    void addSelectItem(SelectPlan &plan, Scope &scope, const SelectItem &item, bool isRoot, QSet<QString> &seen);

    void addField(SelectPlan &plan, Scope &scope, const ResolvedField &rf, const QString &alias, int offset,
                  QSet<QString> &seen);

    void addChild(SelectPlan &plan, Scope &scope, const SelectQuery &sub, int offset);

    QString condition(Scope &scope, const Condition &c, bool having, bool underOr);

    struct Operand
    {
        QString sql;
        const FieldDef *field = nullptr; // null for function results
        FieldType type = FieldType::String; // effective type of the operand
        QString name; // for messages
    };

    Operand leftOperand(Scope &scope, const Expression &e, bool having);

    Operand aggregateOperand(Scope &scope, const FunctionCall &fc);

    static bool isTextOperand(const Operand &o) { return isTextType(o.type); }

    [[noreturn]] void typeMismatch(const Operand &o, const QString &expected, bool quotes, int offset);

    QString literalValue(const Operand &o, const Literal &lit);

    std::pair<QString, QString> dateBounds(const Operand &o, const Literal &lit);

    QString likePattern(const QString &soqlPattern);

    QString multiPicklistMatch(const QString &col, const Literal &lit);

    QString comparison(Scope &scope, const Comparison &cmp, bool having, bool underOr);
    QString inComparison(Scope &scope, const Operand &o, const Comparison &cmp, bool underOr);
    QString includesComparison(const Operand &o, const Comparison &cmp);
    QString likeComparison(const Operand &o, const Comparison &cmp);
    QString dateLiteralComparison(const Operand &o, ComparisonOperator op, const Literal &lit);
    QString nullComparison(const Operand &o, ComparisonOperator op, int at);
    QString valueComparison(const Operand &o, ComparisonOperator op, const Literal &lit, int at);

    QString semiJoin(Scope &scope, const Operand &o, const SelectQuery &sub, bool negate, bool underOr, int at);

    std::pair<QString, FieldType> dateFunction(Scope &scope, const FunctionCall &fc);

    std::pair<QString, FieldType> aggregateSql(Scope &scope, const FunctionCall &fc);

    QString orderBy(Scope &scope, const std::vector<OrderByItem> &items,
                    const std::function<QString(const OrderByItem &)> *aggregate);

    // --- aggregate queries --------------------------------------------------------------------
    bool isGrouped(const QString &sql) const { return m_groupSql.contains(sql); }

    std::shared_ptr<SelectPlan> compileAggregate(const SelectQuery &q, const ObjectDef *object);
    QStringList groupBySql(Scope &scope, const SelectQuery &q);
    std::pair<OutputColumn, QString> aggregateColumn(Scope &scope, const SelectItem &item, int &exprIndex);
    QString aggregateOrderTerm(Scope &scope, const OrderByItem &item);

public:
    std::optional<qint64> m_limitForFields;

private:
    const Schema &m_schema;
    QDate m_today;
    int m_fiscalStart = 1;
    bool m_includeDeleted = false;
    QString m_soql;
    int m_semiJoins = 0;
    QStringList m_groupSql;
};

} // namespace hilal::emulator::soqlexec
