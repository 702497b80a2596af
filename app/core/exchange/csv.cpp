#include "csv.h"

#include "inputlimits.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace nb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

// A spreadsheet takes a cell that starts with one of these for a formula (=cmd|' /C calc'!A0 runs a
// program): the OWASP rule. Such a cell is written behind an apostrophe, which Excel and WPS show as text.
bool startsLikeFormula(const QString &field)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return !field.isEmpty() && triggers.contains(field.front());
}

// A plain number (“-3”, “+12.5”) is no formula and stays a number the spreadsheet can sum.
bool isPlainNumber(const QString &field)
{
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9]+(\\.[0-9]+)?$"));
    return number.match(field).hasMatch();
}

// Apostrophes followed by a formula's first character: what neutralise() wrote, or a text that needs one
// more apostrophe to come back as it was.
bool isNeutralised(const QString &field)
{
    int quotes = 0;
    while (quotes < field.size() && field.at(quotes) == QLatin1Char('\''))
        ++quotes;
    return quotes > 0 && startsLikeFormula(field.mid(quotes));
}

QString neutralise(const QString &field)
{
    if ((startsLikeFormula(field) && !isPlainNumber(field)) || isNeutralised(field))
        return QLatin1Char('\'') + field;
    return field;
}

QString quoted(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n'))
        && !field.contains(QLatin1Char('\r')))
        return field;
    QString out = field;
    out.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace

QByteArray writeCsv(const QVector<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &field : row)
            fields << quoted(neutralise(field));
        text += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QVector<QStringList> readCsv(const QByteArray &bytes, QString *error)
{
    QString decodingError;
    const QString text = limits::decodeText(bytes, &decodingError);
    if (!decodingError.isEmpty()) {
        *error = decodingError;
        return {};
    }
    // A report's sheet has about a hundred lines of some twenty fields; these bounds keep a file that is
    // anything else from taking gigabytes as lists of strings.
    constexpr int MaxLines = 10000;
    constexpr int MaxFields = 1000;
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            if (row.size() >= MaxFields) {
                *error = Text::tr("line %1 has more than %2 fields: this is not a report's sheet").arg(rows.size() + 1).arg(MaxFields);
                return {};
            }
            row << field;
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (fieldStarted || !field.isEmpty())
                row << field;
            rows << row;
            if (rows.size() > MaxLines) {
                *error = Text::tr("the file has more than %1 lines: this is not a report's sheet").arg(MaxLines);
                return {};
            }
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
        }
    }
    if (inQuotes) {
        *error = Text::tr("the file ends inside a quoted field (line %1): it is cut short or not CSV").arg(rows.size() + 1);
        return {};
    }
    if (fieldStarted || !field.isEmpty()) {
        row << field;
        rows << row;
    }
    // The apostrophe writeCsv put before a formula-like text is not part of the text.
    for (QStringList &fields : rows) {
        for (QString &text : fields) {
            if (isNeutralised(text))
                text.remove(0, 1);
        }
    }
    return rows;
}

} // namespace nb
