#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace hilal::ui {

// What the console's editor offers at the cursor: object names after FROM, field names of the
// query's object elsewhere — following relationship paths (`Account.Owner.` → User's fields) and
// child relationships inside a subquery (`FROM Contacts` → Contact's fields) — and values on the
// right of a comparison: a picklist's active values after `=`, `!=`, `IN (`, TRUE/FALSE for a
// checkbox, date literals for a date. Each suggestion carries describe's label and type for the
// popup. The schema comes from describe; when a path reaches an object not described yet,
// describeNeeded() asks for it and the candidates appear once setDescribe() has been called.
// unknownFields() names the paths of a parsed query that describe does not know (the editor
// underlines them while typing).
class SoqlCompleter : public QObject
{
    Q_OBJECT

public:
    struct Context
    {
        enum class Kind { None, Object, Field, Value };
        Kind kind = Kind::None;
        int start = 0; // where the word being completed starts (after any `Rel.` parts)
        QString prefix; // what is typed of it so far
        QString object; // Field: the object whose fields are offered (resolved path);
                        // Value: the object of the compared field
        QString field; // Value: the compared field (last part of its path)
        QString missing; // Field/Value: an object on the path that isn't described yet
        bool quoted = false; // Value: the typed prefix follows an opening quote (`'Clo`)
    };

    // One line of the popup: what is inserted, and describe's label and type beside it.
    struct Suggestion
    {
        QString text; // shown and matched: `Amount`, `'Closed Won'`, `LAST_N_DAYS:n`
        QString insert; // what replaces the typed word (usually text)
        QString label; // describe's label ("Opportunity Name"), a picklist value's label
        QString type; // "currency", "reference → User", "picklist value", "date literal"
    };

    // A field path of the query that the schema does not know, for a live underline.
    struct Problem
    {
        int offset = 0;
        int length = 0;
        QString message; // "Opportunity has no field Amont."
    };

    explicit SoqlCompleter(QObject *parent = nullptr);

    // From describeGlobal: the org's queryable objects.
    void setObjects(const QStringList &names, const QStringList &labels = {});
    QStringList objects() const { return m_objects; }
    // One object's describe (fields with name/relationshipName/referenceTo, childRelationships).
    void setDescribe(const QString &object, const QJsonObject &describe);
    bool hasDescribe(const QString &object) const;
    void clear();

    Context contextAt(const QString &text, int cursor) const;
    // Sorted case-insensitively, filtered by the typed prefix; requests a missing describe.
    QStringList candidates(const QString &text, int cursor);
    QStringList candidates(const Context &context) const;
    QList<Suggestion> suggestions(const Context &context) const;
    QList<Suggestion> suggestions(const QString &text, int cursor);

    // Field paths of `text` (when it parses) that the described objects don't have. Paths through
    // an object not described yet are skipped (and its describe requested).
    QList<Problem> unknownFields(const QString &text);

Q_SIGNALS:
    void describeNeeded(const QString &object);

private:
    struct PicklistValue
    {
        QString value;
        QString label;
    };
    struct Field
    {
        QString name;
        QString label;
        QString type;
        QString relationshipName;
        QStringList referenceTo;
        QList<PicklistValue> picklist; // active values only
    };
    struct ObjectInfo
    {
        QString name;
        QString label;
        QList<Field> fields;
        QHash<QString, QString> children; // child relationship (folded) → child object
    };

    const ObjectInfo *info(const QString &object) const;
    QString queryObject(const QString &text, int cursor, QString *missing) const;
    // The object a relationship path leads to from `object`; empty with *missing set when an
    // object on the way isn't described, empty without it when a part is not a relationship.
    QString followPath(QString object, const QStringList &relationships, QString *missing) const;
    const Field *findField(const QString &object, const QString &name) const;
    bool valueContext(const QString &text, int cursor, Context &context) const;
    void request(const QString &object);

    QStringList m_objects;
    QHash<QString, QString> m_objectLabels; // folded name → label (describeGlobal)
    QHash<QString, ObjectInfo> m_described; // folded object name → info
    QSet<QString> m_requested;
};

} // namespace hilal::ui
