// Fuzz target for the JSON reader, the one door through which files from elsewhere become reports.
// Beyond "never crashes": whatever it accepts must write back and read again to the same report, and
// writing must be stable — a report that changes on a save/load cycle would lose the clerk's figures.
#include "formatregistry.h"
#include "reportjson.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace nb;

static void fail(const char *why)
{
    std::fprintf(stderr, "fuzz_reportjson: %s\n", why);
    std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const ReportReadResult read = ReportJson::read(input, FormatRegistry::builtin());
    if (!read.report) {
        if (read.error.isEmpty())
            fail("refused without saying why");
        return 0;
    }
    const QByteArray written = ReportJson::write(*read.report);
    const ReportReadResult again = ReportJson::read(written, FormatRegistry::builtin());
    if (!again.report)
        fail("its own output was refused");
    if (!(*again.report == *read.report))
        fail("a write/read cycle changed the report");
    if (ReportJson::write(*again.report) != written)
        fail("writing the same report twice gave different bytes");
    return 0;
}
