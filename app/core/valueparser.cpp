#include "valueparser.h"

#include "formatdefinition.h"
#include "valuedomain.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace nb {

namespace {

// The messages of this file, under one translation context that lupdate sees too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ValueParser)
};

ParsedValue refuse(const QString &why)
{
    ParsedValue result;
    result.error = why;
    return result;
}

ParsedValue accept(const CellValue &value)
{
    ParsedValue result;
    result.ok = true;
    result.value = value;
    return result;
}

QChar fold(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E) // the full-width block mirrors ASCII 0x21..0x7E
        return QChar(char16_t(u - 0xFF01 + 0x21));
    switch (u) {
    case 0x2212: // minus sign
    case 0x2010: // hyphen
    case 0x2011:
    case 0x2012:
    case 0x2013: // en dash
    case 0x2014: // em dash
    case 0x2015:
    case 0xFE63:
        return QLatin1Char('-');
    default:
        return c;
    }
}

bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x200B || u == 0x200C || u == 0x200D || u == 0xFEFF || u == 0x2060;
}

} // namespace

QString foldNumberText(QStringView text)
{
    QString folded;
    folded.reserve(text.size());
    for (QChar c : text) {
        if (!isInvisible(c))
            folded += fold(c);
    }
    return folded.trimmed(); // QChar::isSpace covers U+3000 and U+00A0
}

ParsedValue parseCellText(QStringView text, const CellDef &cell, const QString &unit)
{
    QString s = foldNumberText(text);
    if (s.isEmpty())
        return accept(CellValue());

    static const QRegularExpression notApplicable(QStringLiteral("^(/|-+)$"));
    if (notApplicable.match(s).hasMatch()) {
        if (!cell.notApplicableAllowed)
            return refuse(Text::tr("“%1” means not applicable, which this cell does not allow").arg(text.toString().trimmed()));
        return accept(CellValue::notApplicable());
    }

    if (cell.kind == ValueKind::Amount) {
        const QString expected = unit.isEmpty() ? cell.units.value(0) : unit;
        for (const QString &candidate : cell.units) {
            if (!s.endsWith(candidate))
                continue;
            // “万元” also ends with “元”: only the longest matching unit counts.
            if (candidate != expected && !(expected.endsWith(candidate) && s.endsWith(expected)))
                return refuse(Text::tr("the amount is in %1, but this report uses %2").arg(candidate, expected));
            s.chop(expected.size());
            s = s.trimmed();
            break;
        }
    }

    bool negative = false;
    if (s.startsWith(QLatin1Char('+')) || s.startsWith(QLatin1Char('-'))) {
        negative = s.startsWith(QLatin1Char('-'));
        s = s.mid(1).trimmed();
    }

    static const QRegularExpression shape(QStringLiteral("^(\\d+|\\d{1,3}(,\\d{3})+)(\\.(\\d*))?$"));
    const QRegularExpressionMatch match = shape.match(s);
    if (!match.hasMatch()) {
        static const QRegularExpression stray(QStringLiteral("[^0-9.,+\\-]"));
        const QRegularExpressionMatch bad = stray.match(s);
        if (bad.hasMatch())
            return refuse(Text::tr("“%1” is not a number: “%2” is not a digit").arg(text.toString().trimmed(), bad.captured()));
        if (s.contains(QLatin1Char(',')))
            return refuse(Text::tr("“%1” has misplaced thousands separators").arg(text.toString().trimmed()));
        return refuse(Text::tr("“%1” is not a number").arg(text.toString().trimmed()));
    }

    const QString whole = match.captured(1).remove(QLatin1Char(','));
    const QString fraction = match.captured(4);
    const bool hasPoint = !match.captured(3).isEmpty();
    if (hasPoint && cell.kind != ValueKind::Amount)
        return refuse(Text::tr("“%1” is not a whole number; this cell counts items").arg(text.toString().trimmed()));
    if (fraction.size() > AmountDecimals)
        return refuse(Text::tr("“%1” has more than %2 decimal places").arg(text.toString().trimmed()).arg(AmountDecimals));
    if (negative && cell.kind != ValueKind::Change)
        return refuse(Text::tr("“%1” is negative; this cell cannot be below 0").arg(text.toString().trimmed()));

    const qint64 limit = maximumFor(cell.kind);
    const QString limitText = cell.kind == ValueKind::Amount ? formatAmount(limit) : QString::number(limit);
    int firstDigit = 0;
    while (firstDigit < whole.size() - 1 && whole.at(firstDigit) == QLatin1Char('0'))
        ++firstDigit;
    const QString digits = whole.mid(firstDigit);
    // More digits than any limit has: refused before the arithmetic below could overflow.
    if (digits.size() > 13)
        return refuse(Text::tr("“%1” is larger than the maximum %2").arg(text.toString().trimmed(), limitText));
    qint64 magnitude = digits.toLongLong();
    if (cell.kind == ValueKind::Amount)
        magnitude = magnitude * AmountScale + fraction.leftJustified(AmountDecimals, QLatin1Char('0')).toLongLong();
    if (magnitude > limit)
        return refuse(Text::tr("“%1” is larger than the maximum %2").arg(text.toString().trimmed(), limitText));
    return accept(CellValue::number(negative ? -magnitude : magnitude));
}

} // namespace nb
