#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTextStream>
#include <QVector>

#include <sys/resource.h>

#include <algorithm>

// Order statistics of timing samples, for the benchmark tables.
struct Stats
{
    double median = 0;
    double p99 = 0;
    double max = 0;

    static Stats of(QVector<double> samples)
    {
        Stats s;
        if (samples.isEmpty())
            return s;
        std::sort(samples.begin(), samples.end());
        s.median = samples.at(samples.size() / 2);
        s.p99 = samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(samples.size() * 0.99)));
        s.max = samples.last();
        return s;
    }
};

// Where every benchmark puts its numbers: a line each for a person, and — when NIANBAO_BENCH_JSON names
// a file, as bench_all does — the same line appended there as one JSON object, from which bench_all
// builds the one table. `id` is stable ("gui.keystroke"); the label may change.
class BenchOutput
{
public:
    BenchOutput() : m_out(stdout) {}

    QTextStream &text() { return m_out; }

    void timing(const char *id, const QString &label, const QVector<double> &samples, const QString &unit = QStringLiteral("ms"))
    {
        const Stats s = Stats::of(samples);
        if (!m_headerShown) {
            m_out << QStringLiteral("%1 %2 %3 %4\n").arg(QString(), -52).arg(QStringLiteral("median"), 9).arg(QStringLiteral("p99"), 9).arg(QStringLiteral("max"), 9);
            m_headerShown = true;
        }
        m_out << QStringLiteral("%1 %2 %3 %4 %5\n").arg(label, -52).arg(s.median, 9, 'f', 2).arg(s.p99, 9, 'f', 2).arg(s.max, 9, 'f', 2).arg(unit)
              << Qt::flush;
        record({{QStringLiteral("id"), QLatin1String(id)}, {QStringLiteral("label"), label}, {QStringLiteral("unit"), unit},
                {QStringLiteral("runs"), samples.size()}, {QStringLiteral("median"), s.median}, {QStringLiteral("p99"), s.p99},
                {QStringLiteral("max"), s.max}});
    }

    void value(const char *id, const QString &label, double value, const QString &unit)
    {
        m_out << QStringLiteral("%1 %2 %3\n").arg(label, -52).arg(value, 9, 'f', 1).arg(unit) << Qt::flush;
        record({{QStringLiteral("id"), QLatin1String(id)}, {QStringLiteral("label"), label}, {QStringLiteral("unit"), unit},
                {QStringLiteral("value"), value}});
    }

    // The largest peak resident set of any child process waited for so far, in MB: the benchmarks
    // start the processes they measure and read this right after.
    static double childrenPeakRssMb()
    {
        rusage usage{};
        getrusage(RUSAGE_CHILDREN, &usage);
        return double(usage.ru_maxrss) / 1024.0; // Linux reports kilobytes
    }

private:
    static void record(const QJsonObject &line)
    {
        const QString path = qEnvironmentVariable("NIANBAO_BENCH_JSON");
        if (path.isEmpty())
            return;
        QFile file(path);
        if (file.open(QIODevice::Append))
            file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    }

    QTextStream m_out;
    bool m_headerShown = false;
};
