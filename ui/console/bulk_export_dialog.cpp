#include "ui/console/bulk_export_dialog.h"

#include "salesforce/bulk_query_job.h"
#include "ui/common/user_text.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace hilal::ui {

namespace {
qint64 g_largeResultRows = 50000;
}

qint64 BulkExportDialog::largeResultRows()
{
    return g_largeResultRows;
}

void BulkExportDialog::setLargeResultRows(qint64 rows)
{
    g_largeResultRows = rows;
}

BulkExportDialog::BulkExportDialog(salesforce::RestClient *client, const QString &soql, const QString &path,
                                   bool jsonLines, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
{
    setWindowTitle(tr("Export all rows"));
    setModal(false);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Exporting every row through a Bulk API job to\n%1").arg(path), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setRange(0, 0); // busy until the org knows the total
    layout->addWidget(m_progress);
    m_status = new QLabel(tr("Starting the export job…"), this);
    m_status->setObjectName(QStringLiteral("bulkExportStatus"));
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setAccessibleName(tr("Cancel export"));
    layout->addWidget(buttons);
    resize(480, sizeHint().height());

    salesforce::BulkQueryJob::Options options;
    options.soql = soql;
    options.format = jsonLines ? salesforce::BulkQueryJob::Format::JsonLines : salesforce::BulkQueryJob::Format::Csv;
    m_job = new salesforce::BulkQueryJob(client, options, this);
    connect(m_job, &salesforce::BulkQueryJob::stateChanged, this, [this](const QString &state) {
        if (state != QLatin1String("JobComplete"))
            m_status->setText(tr("The org is running the query (%1)…").arg(state));
    });
    connect(m_job, &salesforce::BulkQueryJob::progress, this, &BulkExportDialog::onProgress);
    connect(m_job, &salesforce::BulkQueryJob::finished, this, &BulkExportDialog::onFinished);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job->isFinished())
            close();
        else
            m_job->cancel();
    });
}

BulkExportDialog::~BulkExportDialog()
{
    if (m_job && !m_job->isFinished())
        m_job->cancel();
}

void BulkExportDialog::start()
{
    m_job->start(m_path);
}

void BulkExportDialog::onProgress(qint64 records, qint64 bytes, qint64 total)
{
    const QLocale locale;
    if (total >= 0) {
        // QProgressBar holds ints: scale a very large total down.
        const qint64 scale = total > INT_MAX ? total / INT_MAX + 1 : 1;
        m_progress->setRange(0, int(total / scale));
        m_progress->setValue(int(records / scale));
        m_status->setText(tr("%1 of %2 records, %3")
                              .arg(locale.toString(records), locale.toString(total), locale.formattedDataSize(bytes)));
    } else {
        m_status->setText(tr("%1 records, %2").arg(locale.toString(records), locale.formattedDataSize(bytes)));
    }
}

void BulkExportDialog::onFinished()
{
    m_cancel->setText(tr("Close"));
    m_cancel->setAccessibleName(tr("Close"));
    m_succeeded = !m_job->error();
    if (m_succeeded) {
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        m_status->setText(tr("Exported %1 records to %2").arg(QLocale().toString(m_job->records()), m_path));
    } else if (m_job->error().kind == salesforce::SalesforceError::Kind::Cancelled) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_status->setText(tr("Cancelled: the export job was aborted and no file was written."));
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_status->setText(tr("Export failed: %1").arg(UserText::withoutCliHints(m_job->error().message)));
    }
    Q_EMIT exportFinished(m_succeeded, m_job->records());
}

} // namespace hilal::ui
