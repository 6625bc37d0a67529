#pragma once
// The one way the tests wait: on an object's `finished` signal while this thread's event loop keeps
// running (so a local org in this process keeps answering), never by sleeping.

#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>

#include <type_traits>
#include <utility>

namespace hilal::test {

namespace detail {
template<typename T, typename = void> struct HasIsFinished : std::false_type
{
};
template<typename T>
struct HasIsFinished<T, std::void_t<decltype(std::declval<const T &>().isFinished())>> : std::true_type
{
};
} // namespace detail

// True once `object` (a RestReply, QueryCursor, QNetworkReply, TokenJob: anything with a finished
// signal) has finished; false when it has not within `timeoutMs`. An object that can say it has
// finished already is not waited for.
template<typename T> bool waitFor(T *object, int timeoutMs = 20000)
{
    if constexpr (detail::HasIsFinished<T>::value) {
        if (object->isFinished())
            return true;
    }
    QSignalSpy finished(object, &T::finished);
    return finished.wait(timeoutMs);
}

// A loopback port free at the time of the call (for a callback URL a catcher listens on later).
inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace hilal::test
