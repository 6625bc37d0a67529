// The asan preset's canary: each mode commits the fault that mode's sanitizer exists to catch, and
// CTest expects the program to fail (WILL_FAIL). When a canary passes, the suite's sanitizer
// options (cmake/HilalTargets.cmake) have stopped catching that fault, and every green test of
// the asan suite would mean nothing.
#include <cstdio>
#include <cstring>
#include <limits>

namespace {

// Volatile, so the compiler cannot see through the faults and drop them.
volatile int g_sink = 0;

int leak()
{
    int *lost = new int[64];
    lost[0] = 1;
    g_sink = lost[0];
    lost = nullptr; // the only pointer is gone: LeakSanitizer reports it at exit
    return 0;
}

int useAfterFree()
{
    int *freed = new int[8];
    delete[] freed;
    g_sink = freed[3]; // AddressSanitizer: heap-use-after-free
    return 0;
}

int overflow()
{
    volatile int big = std::numeric_limits<int>::max();
    g_sink = big + 1; // UBSan: signed integer overflow (halt_on_error makes it fatal)
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 2 && std::strcmp(argv[1], "leak") == 0)
        return leak();
    if (argc == 2 && std::strcmp(argv[1], "use-after-free") == 0)
        return useAfterFree();
    if (argc == 2 && std::strcmp(argv[1], "overflow") == 0)
        return overflow();
    std::fputs("usage: sanitizer_canary leak|use-after-free|overflow\n", stderr);
    return 0; // a wrong call must not look like a caught fault: it "passes", and WILL_FAIL fails it
}
