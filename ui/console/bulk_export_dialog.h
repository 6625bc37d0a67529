#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;

namespace hilal::salesforce {
class BulkQueryJob;
class RestClient;
} // namespace hilal::salesforce

namespace hilal::ui {

// "Export all…" of the SOQL console: runs the query as a Bulk API 2.0 job into a file
// (salesforce::BulkQueryJob, docs/bulk-api.md) with a progress bar (records of the total once
// the org knows it, bytes written) and Cancel, which aborts the org's job and leaves no file.
// Modeless and asynchronous: the console stays usable while it runs.
class BulkExportDialog : public QDialog
{
    Q_OBJECT

public:
    // Rows above which the console suggests this export instead of the grid (explain's
    // estimate); 50,000 unless set.
    static qint64 largeResultRows();
    static void setLargeResultRows(qint64 rows);

    BulkExportDialog(salesforce::RestClient *client, const QString &soql, const QString &path, bool jsonLines,
                     QWidget *parent = nullptr);
    ~BulkExportDialog() override;

    void start();
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *cancelButton() const { return m_cancel; }
    bool succeeded() const { return m_succeeded; }

Q_SIGNALS:
    void exportFinished(bool ok, qint64 records);

private:
    void onProgress(qint64 records, qint64 bytes, qint64 total);
    void onFinished();

    salesforce::BulkQueryJob *m_job = nullptr;
    QString m_path;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_succeeded = false;
};

} // namespace hilal::ui
