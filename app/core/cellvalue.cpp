#include "cellvalue.h"

namespace nb {

CellValue CellValue::number(qint64 value)
{
    CellValue v;
    v.m_state = State::Number;
    v.m_number = value;
    return v;
}

CellValue CellValue::notApplicable()
{
    CellValue v;
    v.m_state = State::NotApplicable;
    return v;
}

bool CellValue::operator==(const CellValue &other) const
{
    return m_state == other.m_state && (m_state != State::Number || m_number == other.m_number);
}

QString formatAmount(qint64 scaled)
{
    const bool negative = scaled < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(scaled) : quint64(scaled);
    QString text = QString::number(magnitude / AmountScale);
    quint64 fraction = magnitude % AmountScale;
    if (fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(AmountDecimals, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += QLatin1Char('.') + digits;
    }
    return negative ? QLatin1Char('-') + text : text;
}

QString formatCellValue(const CellValue &value, ValueKind kind)
{
    switch (value.state()) {
    case CellValue::State::Blank:
        return QString();
    case CellValue::State::NotApplicable:
        return QStringLiteral("/");
    case CellValue::State::Number:
        break;
    }
    const qint64 n = value.numberOrZero();
    switch (kind) {
    case ValueKind::Amount:
        return formatAmount(n);
    case ValueKind::Change:
        return n > 0 ? QLatin1Char('+') + QString::number(n) : QString::number(n);
    case ValueKind::Count:
        break;
    }
    return QString::number(n);
}

} // namespace nb
