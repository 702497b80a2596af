#include "inputlimits.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringDecoder>

namespace nb::limits {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(InputLimits)
};

// The characters no one-line field holds, with the name a clerk can look up.
QString forbiddenName(char32_t c)
{
    switch (c) {
    case 0x00: return QStringLiteral("NUL");
    case 0x09: return Text::tr("tab");
    case 0x0A: return Text::tr("line break");
    case 0x0D: return Text::tr("carriage return");
    case 0x200B: return Text::tr("zero-width space");
    case 0x200C: return Text::tr("zero-width non-joiner");
    case 0x200D: return Text::tr("zero-width joiner");
    case 0x200E: return Text::tr("left-to-right mark");
    case 0x200F: return Text::tr("right-to-left mark");
    case 0x202A: return Text::tr("left-to-right embedding");
    case 0x202B: return Text::tr("right-to-left embedding");
    case 0x202C: return Text::tr("pop directional formatting");
    case 0x202D: return Text::tr("left-to-right override");
    case 0x202E: return Text::tr("right-to-left override");
    case 0x2060: return Text::tr("word joiner");
    case 0x2066: return Text::tr("left-to-right isolate");
    case 0x2067: return Text::tr("right-to-left isolate");
    case 0x2068: return Text::tr("first strong isolate");
    case 0x2069: return Text::tr("pop directional isolate");
    case 0xFEFF: return Text::tr("zero-width no-break space");
    default: break;
    }
    if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0x2028 || c == 0x2029)
        return Text::tr("control character");
    return QString();
}

} // namespace

bool isPlausibleYear(qint64 year)
{
    return year >= FirstYear && year <= LastYear;
}

QString implausibleYear(qint64 year)
{
    return Text::tr("%1 is not a plausible report year (%2 to %3)").arg(year).arg(FirstYear).arg(LastYear);
}

QString narrativeProblem(const QString &text)
{
    if (text.size() <= MaxNarrativeLength)
        return QString();
    return Text::tr("the text is %1 characters long; a section holds at most %2 (real ones stay under 20 000)")
        .arg(text.size())
        .arg(MaxNarrativeLength);
}

QString fileSizeProblem(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.size() <= maxBytes)
        return QString();
    return Text::tr("%1 is %2 MB; a file of this kind is at most %3 MB, so this cannot be a report")
        .arg(info.fileName())
        .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
        .arg(maxBytes / (1024 * 1024));
}

QString oneLineProblem(const QString &text)
{
    // The longest agency name, address or website is some tens of characters; a line of thousands is
    // no name (and an Excel cell holds 32 767 at most).
    constexpr int MaxOneLineLength = 500;
    if (text.size() > MaxOneLineLength)
        return Text::tr("is %1 characters long; a name or address is at most %2").arg(text.size()).arg(MaxOneLineLength);
    int position = 0;
    for (const char32_t c : text.toUcs4()) {
        ++position;
        const QString name = forbiddenName(c);
        if (!name.isEmpty())
            return Text::tr("holds a %1 (U+%2) at character %3; a name or address is one line of visible text")
                .arg(name)
                .arg(uint(c), 4, 16, QLatin1Char('0'))
                .arg(position);
    }
    return QString();
}

QString decodeText(const QByteArray &bytes, QString *error)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(QStringConverter::Utf16);
        return utf16(bytes);
    }
    // One pass over the bytes as UTF-8: the multi-byte sequences that hold, and the first that does not.
    const auto *b = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype valid = 0, invalid = 0, firstBad = -1;
    for (qsizetype i = 0; i < n;) {
        const uchar lead = b[i];
        int length = lead < 0x80 ? 1 : (lead >= 0xC2 && lead <= 0xDF) ? 2 : (lead >= 0xE0 && lead <= 0xEF) ? 3
                                                                  : (lead >= 0xF0 && lead <= 0xF4) ? 4 : 0;
        bool ok = length > 0 && i + length <= n;
        for (int k = 1; ok && k < length; ++k)
            ok = (b[i + k] & 0xC0) == 0x80;
        if (ok && length == 3) // no overlong forms, no surrogates
            ok = !(lead == 0xE0 && b[i + 1] < 0xA0) && !(lead == 0xED && b[i + 1] >= 0xA0);
        if (ok && length == 4)
            ok = !(lead == 0xF0 && b[i + 1] < 0x90) && !(lead == 0xF4 && b[i + 1] >= 0x90);
        if (!ok) {
            ++invalid;
            if (firstBad < 0)
                firstBad = i;
            ++i;
            continue;
        }
        valid += length > 1 ? 1 : 0;
        i += length;
    }
    if (invalid == 0) {
        const QString text = QString::fromUtf8(bytes);
        return text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text;
    }
    const auto where = [&bytes](qsizetype offset) {
        return Text::tr("line %1, byte %2").arg(bytes.left(offset).count('\n') + 1).arg(offset + 1);
    };
    // Mostly UTF-8 (a mark, or far more good sequences than bad bytes): a damaged UTF-8 file, not GB18030.
    if (bytes.startsWith("\xEF\xBB\xBF") || valid > 4 * invalid) {
        *error = Text::tr("the file is UTF-8 but holds a byte that is not (0x%1 at %2); save it again as UTF-8")
                     .arg(uint(b[firstBad]), 2, 16, QLatin1Char('0'))
                     .arg(where(firstBad));
        return QString();
    }
    QStringDecoder gb18030("GB18030");
    if (!gb18030.isValid()) {
        *error = Text::tr("the file is not UTF-8 (first bad byte at %1), and GB18030 is not available to read it").arg(where(firstBad));
        return QString();
    }
    const QString text = gb18030(bytes);
    if (gb18030.hasError()) {
        *error = Text::tr("the file is neither UTF-8 (bad byte at %1) nor GB18030; save it again as UTF-8").arg(where(firstBad));
        return QString();
    }
    return text;
}

} // namespace nb::limits
