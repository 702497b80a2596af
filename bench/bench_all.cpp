// The one benchmark command: runs every benchmark program beside it, then prints one table of what was
// measured against the targets the product promises (README, "Speed and memory") and writes the same
// as JSON (bench-results.json beside this program, or the path given with --json). Exits 1 when a
// benchmark failed or a target was missed.
#include "benchstats.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>


namespace {

// A promise: one statistic of one measurement, below (or, for ratios, at least) a limit.
struct Target
{
    const char *id;
    const char *statistic; // "median", "p99" or "value"
    double limit;
    bool atLeast;
    const char *text;
};

const Target targets[] = {
    {"gui.keystroke", "p99", 4, false, "p99 < 4 ms (1366×768)"},
    {"gui.keystroke.1920x1080", "p99", 4, false, "p99 < 4 ms (1920×1080)"},
    {"storage.autosave", "p99", 10, false, "p99 < 10 ms"},
    {"gui.coldstart", "median", 100, false, "median < 100 ms"},
    {"export.pdf", "median", 50, false, "median < 50 ms"},
    {"export.ratio", "value", 30, true, "≥ 30× faster than LibreOffice"},
    {"many.consolidate", "median", 1000, false, "median < 1 s"},
    // A province: 10 000 agencies × 10 years (bench_manyreports), on SQLite and, when the run has a
    // server (NIANBAO_TEST_POSTGRESQL, tests/helpers/with-postgresql.sh), on PostgreSQL (".pg").
    {"many.list", "median", 300, false, "median < 300 ms"},
    {"many.search", "p99", 50, false, "p99 < 50 ms"},
    {"many.listrss", "value", 250, false, "< 250 MB"},
    {"many.list.pg", "median", 300, false, "median < 300 ms"},
    {"many.search.pg", "p99", 50, false, "p99 < 50 ms"},
    {"many.consolidate.pg", "median", 1000, false, "median < 1 s"},
    {"gui.rss", "value", 150, false, "< 150 MB"},
    {"import.pdf10", "median", 500, false, "median < 500 ms"},
    {"pgload.paced.50", "p99", 20, false, "p99 < 20 ms (50 sessions, PG)"},
    {"pgload.lost", "value", 1, false, "0 lost or written over (PG)"},
};

const char *const programs[] = {"bench_validation", "bench_storage", "bench_gui", "bench_export", "bench_manyreports", "bench_import",
                                "bench_pgload"};

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return QSysInfo::currentCpuArchitecture();
    const QRegularExpression model(QStringLiteral("^model name\\s*:\\s*(.+)$"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = model.match(QString::fromUtf8(file.readAll()));
    return match.hasMatch() ? match.captured(1).trimmed() : QSysInfo::currentCpuArchitecture();
}

QString number(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

QString row(const QString &label, const QString &a, const QString &b, const QString &c, const QString &unit)
{
    return QStringLiteral("%1 %2 %3 %4 %5\n").arg(label, -56).arg(a, 9).arg(b, 9).arg(c, 9).arg(unit);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int jsonAt = int(args.indexOf(QStringLiteral("--json")));
    const QString jsonPath = jsonAt > 0 ? args.value(jsonAt + 1) : QDir(app.applicationDirPath()).filePath(QStringLiteral("bench-results.json"));

    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString lines = dir.filePath(QStringLiteral("lines.jsonl"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NIANBAO_BENCH_JSON"), lines);
    bool allRan = true;
    for (const char *program : programs) {
        out << "\n== " << program << Qt::endl;
        QProcess bench;
        bench.setProcessEnvironment(environment);
        bench.setProcessChannelMode(QProcess::ForwardedChannels);
        bench.start(QDir(app.applicationDirPath()).filePath(QLatin1String(program)), {});
        const bool ok = bench.waitForFinished(-1) && bench.exitStatus() == QProcess::NormalExit && bench.exitCode() == 0;
        if (!ok) {
            out << program << " failed (exit code " << bench.exitCode() << ")" << Qt::endl;
            allRan = false;
        }
    }

    // The province again on a server, when the run has one.
    if (const QString server = qEnvironmentVariable("NIANBAO_TEST_POSTGRESQL"); !server.isEmpty()) {
        out << "\n== bench_manyreports (PostgreSQL)" << Qt::endl;
        QProcess bench;
        bench.setProcessEnvironment(environment);
        bench.setProcessChannelMode(QProcess::ForwardedChannels);
        bench.start(QDir(app.applicationDirPath()).filePath(QStringLiteral("bench_manyreports")), {server});
        if (!bench.waitForFinished(-1) || bench.exitStatus() != QProcess::NormalExit || bench.exitCode() != 0) {
            out << "bench_manyreports on PostgreSQL failed (exit code " << bench.exitCode() << ")" << Qt::endl;
            allRan = false;
        }
    }

    QJsonArray results;
    QHash<QString, QJsonObject> byId;
    QFile file(lines);
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QJsonObject result = QJsonDocument::fromJson(line).object();
            if (result.isEmpty())
                continue;
            results.append(result);
            byId.insert(result.value(QStringLiteral("id")).toString(), result);
        }
    }

    const QString when = QDate::currentDate().toString(Qt::ISODate);
    out << QStringLiteral("\nNianbao benchmarks, %1 — %2, %3 cores, Qt %4\n").arg(when, cpuModel()).arg(QThread::idealThreadCount()).arg(QLatin1String(qVersion()));
    out << row(QString(), QStringLiteral("median"), QStringLiteral("p99"), QStringLiteral("max"), QString());
    for (const QJsonValue &value : std::as_const(results)) {
        const QJsonObject r = value.toObject();
        const auto field = [&r](const char *name) { return number(r.value(QLatin1String(name)).toDouble()); };
        const QString label = r.value(QStringLiteral("label")).toString();
        const QString unit = r.value(QStringLiteral("unit")).toString();
        out << (r.contains(QStringLiteral("value")) ? row(label, field("value"), QString(), QString(), unit)
                                                    : row(label, field("median"), field("p99"), field("max"), unit));
    }

    out << QStringLiteral("\n%1 %2 %3\n").arg(QStringLiteral("target"), -22).arg(QStringLiteral("promise"), -32).arg(QStringLiteral("measured"), 10);
    QJsonArray checked;
    int missed = 0;
    for (const Target &target : targets) {
        const QJsonObject r = byId.value(QLatin1String(target.id));
        const bool measured = r.contains(QLatin1String(target.statistic));
        const double value = r.value(QLatin1String(target.statistic)).toDouble();
        const bool met = measured && (target.atLeast ? value >= target.limit : value < target.limit);
        missed += met ? 0 : 1;
        out << QStringLiteral("%1 %2 %3  %4\n")
                   .arg(QLatin1String(target.id), -22)
                   .arg(QString::fromUtf8(target.text), -32)
                   .arg(measured ? number(value) : QStringLiteral("—"), 10)
                   .arg(!measured ? QStringLiteral("NOT MEASURED") : met ? QStringLiteral("met") : QStringLiteral("MISSED"));
        checked.append(QJsonObject{{QStringLiteral("id"), QLatin1String(target.id)}, {QStringLiteral("statistic"), QLatin1String(target.statistic)},
                                   {QStringLiteral("limit"), target.limit}, {QStringLiteral("atLeast"), target.atLeast},
                                   {QStringLiteral("measured"), measured ? QJsonValue(value) : QJsonValue()}, {QStringLiteral("met"), met}});
    }

    const QJsonObject document{{QStringLiteral("date"), when},
                               {QStringLiteral("machine"), QJsonObject{{QStringLiteral("cpu"), cpuModel()}, {QStringLiteral("cores"), QThread::idealThreadCount()},
                                                                       {QStringLiteral("os"), QSysInfo::prettyProductName()}}},
                               {QStringLiteral("qt"), QLatin1String(qVersion())},
                               {QStringLiteral("results"), results},
                               {QStringLiteral("targets"), checked}};
    QFile json(jsonPath);
    if (!json.open(QIODevice::WriteOnly) || json.write(QJsonDocument(document).toJson()) < 0) {
        out << "could not write " << jsonPath << Qt::endl;
        return 1;
    }
    out << QStringLiteral("\n%1 of %2 targets met; written to %3\n").arg(int(std::size(targets)) - missed).arg(std::size(targets)).arg(QDir::cleanPath(jsonPath));
    return allRan && missed == 0 ? 0 : 1;
}
