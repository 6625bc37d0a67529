#pragma once

#include <QByteArray>

#include <optional>

namespace hilal::emulator {

// gzip (RFC 1952) through zlib. qCompress() writes the zlib format with a length prefix, which
// no HTTP client accepts as `Content-Encoding: gzip`; this writes the real thing.
class BulkGzip
{
public:
    static QByteArray compress(const QByteArray &data, int level = 6);
    // nullopt when `data` is not a complete gzip stream.
    static std::optional<QByteArray> decompress(const QByteArray &data);
};

} // namespace hilal::emulator
