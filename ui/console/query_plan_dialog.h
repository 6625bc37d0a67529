#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QTableWidget;

namespace hilal::ui {

// Salesforce's Query Plan for one query (REST `explain`, docs/query-plan.md): one row per plan,
// best first — the leading operation, the relative cost (above 1: not selective), the estimated
// rows (cardinality), the object's own row count, the sObject, the index fields and the notes.
// Opens while explain is asked (showPending()) and fills in with setPlans() or setError().
class QueryPlanDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { Operation, RelativeCost, Cardinality, ObjectRows, Object, Fields, Notes, ColumnCount };

    QueryPlanDialog(const QString &soql, QWidget *parent = nullptr);

    void showPending();
    // explain's answer: {"plans": [...]}.
    void setPlans(const QJsonObject &answer);
    void setError(const QString &message);

    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }

private:
    QLabel *m_status;
    QTableWidget *m_table;
};

} // namespace hilal::ui
