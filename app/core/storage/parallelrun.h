#pragma once

#include <QThread>

#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>
#include <vector>

namespace nb {

// Runs work(i) once for every i in [0, count), shared out in small chunks between `helpers` threads,
// started at once, and the calling thread when it calls join() (it helps with what is left, then waits).
// Which thread runs which i varies; work must write only its own i's results, so the outcome does not.
// A 汇总 verifies thousands of signatures this way while its own thread reads the reports.
class ParallelRun
{
public:
    ParallelRun(qsizetype count, std::function<void(qsizetype)> work, int helpers = QThread::idealThreadCount() - 1)
        : m_count(count), m_work(std::move(work))
    {
        const qsizetype useful = (count + Chunk - 1) / Chunk;
        for (int i = 0; i < std::min<qsizetype>(std::max(helpers, 0), useful - 1); ++i)
            m_threads.emplace_back([this] { take(); });
    }
    ~ParallelRun() { join(); }
    ParallelRun(const ParallelRun &) = delete;
    ParallelRun &operator=(const ParallelRun &) = delete;

    void join()
    {
        take();
        for (std::thread &thread : m_threads)
            thread.join();
        m_threads.clear();
    }

private:
    static constexpr qsizetype Chunk = 16;

    void take()
    {
        for (;;) {
            const qsizetype from = m_next.fetch_add(Chunk);
            if (from >= m_count)
                return;
            for (qsizetype i = from; i < std::min(from + Chunk, m_count); ++i)
                m_work(i);
        }
    }

    const qsizetype m_count;
    const std::function<void(qsizetype)> m_work;
    std::atomic<qsizetype> m_next{0};
    std::vector<std::thread> m_threads;
};

} // namespace nb
