#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace hilal::ui {

// What the console's editor offers at the cursor: object names after FROM, and field names of the
// query's object elsewhere — following relationship paths (`Account.Owner.` → User's fields) and
// child relationships inside a subquery (`FROM Contacts` → Contact's fields). The schema comes
// from describe; when a path reaches an object not described yet, describeNeeded() asks for it
// and the candidates appear once setDescribe() has been called.
class SoqlCompleter : public QObject
{
    Q_OBJECT

public:
    struct Context
    {
        enum class Kind { None, Object, Field };
        Kind kind = Kind::None;
        int start = 0;        // where the word being completed starts (after any `Rel.` parts)
        QString prefix;       // what is typed of it so far
        QString object;       // Field: the object whose fields are offered (resolved path)
        QString missing;      // Field: an object on the path that isn't described yet
    };

    explicit SoqlCompleter(QObject *parent = nullptr);

    // From describeGlobal: the org's queryable objects.
    void setObjects(const QStringList &names);
    QStringList objects() const { return m_objects; }
    // One object's describe (fields with name/relationshipName/referenceTo, childRelationships).
    void setDescribe(const QString &object, const QJsonObject &describe);
    bool hasDescribe(const QString &object) const;
    void clear();

    Context contextAt(const QString &text, int cursor) const;
    // Sorted case-insensitively, filtered by the typed prefix; requests a missing describe.
    QStringList candidates(const QString &text, int cursor);
    QStringList candidates(const Context &context) const;

Q_SIGNALS:
    void describeNeeded(const QString &object);

private:
    struct Field
    {
        QString name;
        QString relationshipName;
        QStringList referenceTo;
    };
    struct ObjectInfo
    {
        QString name;
        QList<Field> fields;
        QHash<QString, QString> children; // child relationship (folded) → child object
    };

    const ObjectInfo *info(const QString &object) const;
    QString queryObject(const QString &text, int cursor, QString *missing) const;

    QStringList m_objects;
    QHash<QString, ObjectInfo> m_described; // folded object name → info
    QSet<QString> m_requested;
};

} // namespace hilal::ui
