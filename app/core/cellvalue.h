#pragma once

#include <QString>
#include <QtGlobal>

namespace nb {

// What a cell holds, as the format defines it.
enum class ValueKind {
    Count,  // a number of items, an integer >= 0
    Change, // 本年增/减: a signed change in a number of items ("+1", "0", "-8")
    Amount, // money, exact fixed point with AmountScale steps per unit (元 or 万元, recorded per report)
};

// Amounts are kept as integers in ten-thousandths of their unit: 万元 to the 元, 元 to the hundredth of a
// 分. Binary floating point never touches money.
constexpr qint64 AmountScale = 10000;
constexpr int AmountDecimals = 4;
constexpr qint64 MaxCount = 2147483647;
constexpr qint64 MaxAmount = 999999999999LL * AmountScale + (AmountScale - 1);

// One cell's stored state. Blank is normal (published reports leave zeros blank) and counts as 0 in
// rules; "not applicable" ("/") is a state of its own, never 0.
class CellValue
{
public:
    enum class State : quint8 { Blank, Number, NotApplicable };

    CellValue() = default;
    static CellValue number(qint64 value);
    static CellValue notApplicable();

    State state() const { return m_state; }
    bool isBlank() const { return m_state == State::Blank; }
    bool isNumber() const { return m_state == State::Number; }
    bool isNotApplicable() const { return m_state == State::NotApplicable; }
    // The number, or 0 for blank and not applicable (amounts in AmountScale steps).
    qint64 numberOrZero() const { return m_state == State::Number ? m_number : 0; }

    bool operator==(const CellValue &other) const;
    bool operator!=(const CellValue &other) const { return !(*this == other); }

private:
    State m_state = State::Blank;
    qint64 m_number = 0;
};

// The canonical text of a value, as typed back into a cell, stored in JSON and printed:
// "" for blank, "/" for not applicable, "+1"/"-8"/"0" for changes, "12.5" for amounts.
QString formatCellValue(const CellValue &value, ValueKind kind);

// Amount text with exactly the significant decimals ("251000", "12.5", "0.0042").
QString formatAmount(qint64 scaled);

} // namespace nb
