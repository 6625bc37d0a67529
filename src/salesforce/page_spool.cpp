#include "salesforce/page_spool.h"

#include <QTemporaryFile>

#include <cstring>

namespace hilal::salesforce {

PageSpool::PageSpool(qint64 memoryLimit, QByteArray buffer, QObject *parent)
    : QIODevice(parent)
    , m_memoryLimit(memoryLimit)
    , m_memory(std::move(buffer))
{
    m_memory.resize(0);
}

PageSpool::~PageSpool() = default;

qint64 PageSpool::size() const
{
    return m_file ? m_file->size() : m_memory.size();
}

bool PageSpool::seek(qint64 position)
{
    if (position < 0 || position > size())
        return false;
    return QIODevice::seek(position);
}

void PageSpool::close()
{
    clear();
    QIODevice::close();
}

void PageSpool::clear()
{
    m_file.reset();
    m_memory.resize(0); // keeps the capacity for the body written again
    if (isOpen())
        QIODevice::seek(0);
}

QByteArray PageSpool::takeBuffer()
{
    QByteArray buffer = std::move(m_memory);
    buffer.resize(0);
    clear();
    return buffer;
}

qint64 PageSpool::readData(char *data, qint64 maxSize)
{
    if (m_file)
        return m_file->seek(pos()) ? m_file->read(data, maxSize) : -1;
    const qint64 n = qBound<qint64>(0, m_memory.size() - pos(), maxSize);
    if (n > 0)
        std::memcpy(data, m_memory.constData() + pos(), size_t(n));
    return n;
}

qint64 PageSpool::writeData(const char *data, qint64 size)
{
    const qint64 end = pos() + size;
    if (!m_file && end > m_memoryLimit && !spill())
        return -1;
    if (m_file)
        return m_file->seek(pos()) ? m_file->write(data, size) : -1;
    if (end > m_memory.size())
        m_memory.resize(qsizetype(end));
    std::memcpy(m_memory.data() + pos(), data, size_t(size));
    return size;
}

// Moves what is in memory into a temporary file, which takes every write from then on.
bool PageSpool::spill()
{
    auto file = std::make_unique<QTemporaryFile>();
    if (!file->open()) {
        setErrorString(file->errorString());
        return false;
    }
    if (file->write(m_memory) != m_memory.size()) {
        setErrorString(file->errorString());
        return false;
    }
    m_file = std::move(file);
    m_memory = QByteArray();
    return true;
}

} // namespace hilal::salesforce
