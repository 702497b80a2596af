#pragma once

#include <QString>
#include <QVector>

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
