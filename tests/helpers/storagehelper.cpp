// A second process for the storage tests: it does to a report database what another instance of the
// app, or a process killed at a random moment, would do. Driven by its arguments; reports on stdout.
//
//   storagehelper edit DB REPORT     autosaves s3.new.natural = stored + 1, + 2, ... printing "ack N"
//                                    after each commit, until killed
//   storagehelper hold DB            opens DB for an editing session, prints "locked" or "read-only",
//                                    then waits for a line on stdin
//   storagehelper increment DB REPORT N
//                                    adds 1 to s3.new.business N times, read-compare-write with retry on
//                                    conflict; prints "done C" with the number of conflicts met
//   storagehelper fill DB REPORT KEY N
//                                    sets cell KEY to 1, 2, ... N, each from the value it set before (an
//                                    editor that never reloads); prints "done C" with the conflicts met
#include "reportstore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace nb;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    const QString mode = args.value(1);
    ReportStore::Options options;
    options.editingLock = mode == QLatin1String("hold");
    ReportStore::OpenResult opened = ReportStore::open(args.value(2), options);
    if (!opened.store) {
        out << "error " << opened.error << Qt::endl;
        return 2;
    }
    ReportStore &store = *opened.store;
    const int report = args.value(3).toInt();

    if (mode == QLatin1String("edit")) {
        QString error;
        const auto loaded = store.loadReport(report, &error);
        if (!loaded) {
            out << "error " << error << Qt::endl;
            return 1;
        }
        CellValue previous = loaded->value(loaded->format().indexOf(QStringLiteral("s3.new.natural")));
        for (qint64 n = previous.numberOrZero() + 1;; ++n) {
            const CellValue next = CellValue::number(n);
            const SaveResult saved = store.saveCell(report, QStringLiteral("s3.new.natural"), previous, next, QStringLiteral("helper"));
            if (!saved.saved()) {
                out << "error " << saved.error << Qt::endl;
                return 1;
            }
            previous = next;
            out << "ack " << n << Qt::endl; // Qt::endl flushes: the parent sees only committed edits
        }
    }
    if (mode == QLatin1String("hold")) {
        out << (store.isReadOnly() ? QStringLiteral("read-only ") + opened.lockedBy : QStringLiteral("locked")) << Qt::endl;
        char line[16];
        return std::fgets(line, sizeof line, stdin) ? 0 : 0;
    }
    if (mode == QLatin1String("increment")) {
        const int times = args.value(4).toInt();
        int conflicts = 0;
        QString error;
        for (int i = 0; i < times;) {
            const auto loaded = store.loadReport(report, &error);
            if (!loaded) {
                out << "error " << error << Qt::endl;
                return 1;
            }
            const int cell = loaded->format().indexOf(QStringLiteral("s3.new.business"));
            const CellValue seen = loaded->value(cell);
            const SaveResult saved = store.saveCell(report, QStringLiteral("s3.new.business"), seen,
                                                    CellValue::number(seen.numberOrZero() + 1), QStringLiteral("helper"));
            if (saved.saved())
                ++i;
            else if (saved.status == SaveResult::Status::Conflict)
                ++conflicts;
            else {
                out << "error " << saved.error << Qt::endl;
                return 1;
            }
        }
        out << "done " << conflicts << Qt::endl;
        return 0;
    }
    if (mode == QLatin1String("fill")) {
        const QString key = args.value(4);
        const int times = args.value(5).toInt();
        int conflicts = 0;
        CellValue previous;
        for (int n = 1; n <= times; ++n) {
            const SaveResult saved = store.saveCell(report, key, previous, CellValue::number(n), QStringLiteral("helper ") + key);
            if (saved.status == SaveResult::Status::Conflict)
                ++conflicts;
            else if (!saved.saved()) {
                out << "error " << saved.error << Qt::endl;
                return 1;
            }
            previous = saved.saved() ? CellValue::number(n) : saved.currentValue;
        }
        out << "done " << conflicts << Qt::endl;
        return 0;
    }
    out << "error unknown mode" << Qt::endl;
    return 2;
}
