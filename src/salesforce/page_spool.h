#pragma once

#include <QByteArray>
#include <QIODevice>

#include <memory>

class QTemporaryFile;

namespace hilal::salesforce {

// A downloaded Bulk result page on its way into the export (docs/bulk-api.md): in memory up to
// `memoryLimit` bytes, then in a temporary file. A typical page (50,000 rows, a few MB) never
// touches the disk, where writing and reading it back cost as much CPU as the rest of the
// export; an unusually large page still costs no memory. Random access, like a file.
class PageSpool : public QIODevice
{
    Q_OBJECT

public:
    // `buffer`: memory to write into (its capacity is what is reused; its bytes are dropped).
    explicit PageSpool(qint64 memoryLimit, QByteArray buffer = {}, QObject *parent = nullptr);
    ~PageSpool() override;

    bool isSequential() const override { return false; }
    qint64 size() const override;
    bool seek(qint64 position) override;
    void close() override;
    // Empties it and goes back to memory (a retried download writes the body again).
    void clear();
    bool isInMemory() const { return !m_file; }
    // Gives up its memory (emptied, capacity kept) for another spool; it is empty after.
    QByteArray takeBuffer();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool spill();

    qint64 m_memoryLimit;
    QByteArray m_memory;
    std::unique_ptr<QTemporaryFile> m_file;
};

} // namespace hilal::salesforce
