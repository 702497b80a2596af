// Fuzz target for the number normaliser and the cell-text parser: every typed, pasted, imported or
// CSV value passes through them. Each input is tried on a cell of every kind the formats have. Beyond
// "never crashes": folding is idempotent, a refusal always says why, an accepted value is inside the
// cell's domain (rule R5), and its canonical text parses back to the same value.
#include "formatregistry.h"
#include "valuedomain.h"
#include "valueparser.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace nb;

static void fail(const char *why, const QString &text)
{
    std::fprintf(stderr, "fuzz_numbertext: %s: \"%s\"\n", why, text.toUtf8().constData());
    std::abort();
}

// One cell of each kind, with and without "not applicable", from the built-in formats.
static const std::vector<const CellDef *> &sampleCells()
{
    static const std::vector<const CellDef *> cells = [] {
        std::vector<const CellDef *> found;
        const auto format = FormatRegistry::builtin().format(QStringLiteral("2019"));
        for (ValueKind kind : {ValueKind::Count, ValueKind::Change, ValueKind::Amount}) {
            for (bool na : {false, true}) {
                for (int i = 0; i < format->cellCount(); ++i) {
                    const CellDef &cell = format->cell(i);
                    if (!cell.isComputed() && cell.kind == kind && cell.notApplicableAllowed == na) {
                        found.push_back(&cell);
                        break;
                    }
                }
            }
        }
        return found;
    }();
    return cells;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString folded = foldNumberText(text);
    if (foldNumberText(folded) != folded)
        fail("folding twice differs from folding once", text);

    for (const CellDef *cell : sampleCells()) {
        const QStringList units = cell->units.isEmpty() ? QStringList{QString()} : cell->units;
        for (const QString &unit : units) {
            const ParsedValue parsed = parseCellText(text, *cell, unit);
            if (parsed.ok != parsed.error.isEmpty())
                fail("a result is either a value or a reason, never both or neither", text);
            if (!parsed.ok)
                continue;
            if (domainProblem(parsed.value, *cell) != DomainProblem::None)
                fail("accepted a value outside the cell's domain", text);
            const ParsedValue again = parseCellText(formatCellValue(parsed.value, cell->kind), *cell, unit);
            if (!again.ok || !(again.value == parsed.value))
                fail("the canonical text of an accepted value does not read back to it", text);
        }
    }
    return 0;
}
