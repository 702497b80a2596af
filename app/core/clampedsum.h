#pragma once

#include <QtGlobal>

#include <limits>

namespace nb {

// Sums of figures that cannot overflow. The format's limits keep a report's own figures far from the
// 64-bit range, but a database edited by hand may hold any 64-bit number (flagged as too large by the
// checks) and a 汇总 adds thousands of reports: such a sum stops at the largest or smallest value instead
// of wrapping round, which C++ leaves undefined.
inline qint64 negateClamped(qint64 value)
{
    return value == std::numeric_limits<qint64>::min() ? std::numeric_limits<qint64>::max() : -value;
}

inline qint64 addClamped(qint64 sum, qint64 value)
{
    qint64 result = 0;
    if (__builtin_add_overflow(sum, value, &result))
        return value > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return result;
}

// sum + sign × value, sign being +1 or -1 (a rule's term).
inline qint64 addSigned(qint64 sum, int sign, qint64 value)
{
    return addClamped(sum, sign < 0 ? negateClamped(value) : value);
}

} // namespace nb
