#include "reportjson.h"

#include "formatregistry.h"
#include "inputlimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <charconv>
#include <cmath>
#include <cstring>

namespace nb {

namespace {

// The messages of this file, under one translation context that lupdate sees too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportJson)
};

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return Text::tr("a boolean");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("a string");
    case QJsonValue::Array:
        return Text::tr("an array");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("nothing");
}

QString member(const QString &path, const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (plain.match(key).hasMatch())
        return path + QLatin1Char('.') + key;
    return path + QStringLiteral("[\"") + key + QStringLiteral("\"]");
}

// Reads one JSON object against the keys it may have; the first problem wins and carries its path.
class Reader
{
public:
    QString error;

    bool fail(const QString &path, const QString &why)
    {
        if (error.isEmpty())
            error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    }

    bool onlyKeys(const QJsonObject &object, const QString &path, const QStringList &allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key()))
                return fail(member(path, it.key()), Text::tr("unknown key (expected one of: %1)").arg(allowed.join(QStringLiteral(", "))));
        }
        return true;
    }

    bool object(const QJsonValue &value, const QString &path, QJsonObject *out, bool required = false)
    {
        if (value.isUndefined() && !required)
            return true;
        if (!value.isObject())
            return fail(path, Text::tr("expected an object, found %1").arg(typeName(value)));
        *out = value.toObject();
        return true;
    }

    bool string(const QJsonValue &value, const QString &path, QString *out)
    {
        if (value.isUndefined())
            return true;
        if (!value.isString())
            return fail(path, Text::tr("expected a string, found %1").arg(typeName(value)));
        *out = value.toString();
        return true;
    }

    bool integer(const QJsonValue &value, const QString &path, qint64 *out)
    {
        const double d = value.toDouble();
        if (!value.isDouble())
            return fail(path, Text::tr("expected a whole number, found %1").arg(typeName(value)));
        if (d != std::floor(d))
            return fail(path, Text::tr("expected a whole number, found %1").arg(d));
        if (std::fabs(d) > 9007199254740992.0) // beyond 2^53 a JSON number is no longer exact
            return fail(path, Text::tr("the number is too large"));
        *out = qint64(d);
        return true;
    }

    bool cellValue(const QJsonValue &value, const QString &path, const CellDef &cell, CellValue *out)
    {
        if (value.isNull()) {
            *out = CellValue();
            return true;
        }
        if (value.isString() && value.toString() == QLatin1String("/")) {
            *out = CellValue::notApplicable();
            return true;
        }
        if (cell.kind == ValueKind::Amount && value.isString()) {
            static const QRegularExpression decimal(QStringLiteral("^(-?)(\\d{1,13})(?:\\.(\\d{1,4}))?$"));
            const QRegularExpressionMatch m = decimal.match(value.toString());
            if (!m.hasMatch())
                return fail(path, Text::tr("expected an amount such as \"12.5\" (at most 4 decimals), found \"%1\"").arg(value.toString()));
            const qint64 scaled = m.captured(2).toLongLong() * AmountScale
                                  + m.captured(3).leftJustified(AmountDecimals, QLatin1Char('0')).toLongLong();
            *out = CellValue::number(m.captured(1).isEmpty() ? scaled : -scaled);
            return true;
        }
        qint64 n = 0;
        if (!value.isDouble())
            return fail(path, cell.kind == ValueKind::Amount
                                  ? Text::tr("expected an amount as a string such as \"12.5\", found %1").arg(typeName(value))
                                  : Text::tr("expected a whole number or \"/\", found %1").arg(typeName(value)));
        if (!integer(value, path, &n))
            return false;
        if (cell.kind == ValueKind::Amount) {
            if (std::llabs(n) > MaxAmount / AmountScale)
                return fail(path, Text::tr("the number is too large"));
            n *= AmountScale;
        }
        *out = CellValue::number(n);
        return true;
    }
};

// The file version, the format and the year: what a Report needs before anything else is read.
std::shared_ptr<const FormatDefinition> readHeader(Reader &r, const QJsonObject &top, const QString &root,
                                                   const FormatRegistry &formats, qint64 *yearOut)
{
    qint64 fileVersion = 0;
    if (!top.contains(QLatin1String("nianbao")))
        r.fail(member(root, QStringLiteral("nianbao")), Text::tr("missing: this is not a Nianbao report file"));
    else if (r.integer(top.value(QLatin1String("nianbao")), member(root, QStringLiteral("nianbao")), &fileVersion)
             && (fileVersion < 1 || fileVersion > ReportJson::FileVersion))
        r.fail(member(root, QStringLiteral("nianbao")),
               Text::tr("file version %1 is newer than this program reads (%2); update Nianbao").arg(fileVersion).arg(ReportJson::FileVersion));
    QString formatId;
    r.string(top.value(QLatin1String("format")), member(root, QStringLiteral("format")), &formatId);
    const auto format = formats.format(formatId);
    if (r.error.isEmpty() && !format)
        r.fail(member(root, QStringLiteral("format")),
               Text::tr("unknown format “%1” (known: %2)").arg(formatId, formats.ids().join(QStringLiteral(", "))));
    qint64 &year = *yearOut;
    if (r.error.isEmpty()) {
        if (!top.contains(QLatin1String("year")))
            r.fail(member(root, QStringLiteral("year")), Text::tr("missing"));
        else if (r.integer(top.value(QLatin1String("year")), member(root, QStringLiteral("year")), &year)
                 && !limits::isPlausibleYear(year))
            r.fail(member(root, QStringLiteral("year")), limits::implausibleYear(year));
    }
    return r.error.isEmpty() ? format : nullptr;
}

// The date, the agency's details, headings, narratives and settings.
void readDetails(Reader &r, const QJsonObject &top, const QString &root, Report &report)
{
    const FormatDefinition *format = &report.format();
    QString dateText;
    r.string(top.value(QLatin1String("date")), member(root, QStringLiteral("date")), &dateText);
    if (!dateText.isEmpty()) {
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        if (!date.isValid())
            r.fail(member(root, QStringLiteral("date")), Text::tr("expected a date as YYYY-MM-DD, found “%1”").arg(dateText));
        report.setDate(date);
    }

    QJsonObject agencyJson;
    const QString agencyPath = member(root, QStringLiteral("agency"));
    if (r.object(top.value(QLatin1String("agency")), agencyPath, &agencyJson)) {
        Agency agency;
        const std::pair<const char *, QString *> fields[] = {
            {"name", &agency.name},         {"office", &agency.office}, {"address", &agency.address},
            {"postcode", &agency.postcode}, {"phone", &agency.phone},   {"fax", &agency.fax},
            {"email", &agency.email},       {"website", &agency.website}};
        QStringList allowed;
        for (const auto &field : fields) {
            allowed << QLatin1String(field.first);
            const QString path = member(agencyPath, QLatin1String(field.first));
            if (r.string(agencyJson.value(QLatin1String(field.first)), path, field.second)) {
                if (const QString problem = limits::oneLineProblem(*field.second); !problem.isEmpty())
                    r.fail(path, problem);
            }
        }
        // The agency's kind decides the statutory deadline (R17); a report kept by an older version has none.
        QString kind;
        allowed << QStringLiteral("kind");
        r.string(agencyJson.value(QLatin1String("kind")), member(agencyPath, QStringLiteral("kind")), &kind);
        if (!kind.isEmpty() && kind != QLatin1String("department") && kind != QLatin1String("government"))
            r.fail(member(agencyPath, QStringLiteral("kind")), Text::tr("expected “department” or “government”, found “%1”").arg(kind));
        report.setAgencyKind(kind);
        r.onlyKeys(agencyJson, agencyPath, allowed);
        report.setAgency(agency);
    }

    QStringList sectionIds;
    for (const SectionDef &section : format->sections())
        sectionIds << section.id;

    // Headings by section id, narratives by section id or "intro": text maps with known keys.
    // A heading is one line; a narrative has a length no real one comes near.
    auto readTexts = [&](const char *name, const QStringList &allowed, auto store, auto problemOf) {
        QJsonObject texts;
        const QString path = member(root, QLatin1String(name));
        if (!r.object(top.value(QLatin1String(name)), path, &texts) || !r.onlyKeys(texts, path, allowed))
            return;
        for (auto it = texts.begin(); it != texts.end(); ++it) {
            QString text;
            if (!r.string(it.value(), member(path, it.key()), &text))
                continue;
            if (const QString problem = problemOf(text); !problem.isEmpty())
                r.fail(member(path, it.key()), problem);
            else
                (report.*store)(it.key(), text);
        }
    };
    readTexts("headings", sectionIds, &Report::setHeading, &limits::oneLineProblem);
    readTexts("narratives", QStringList{QStringLiteral("intro")} + sectionIds, &Report::setNarrative, &limits::narrativeProblem);

    QJsonObject settings;
    const QString settingsPath = member(root, QStringLiteral("settings"));
    if (r.object(top.value(QLatin1String("settings")), settingsPath, &settings)
        && r.onlyKeys(settings, settingsPath, {QStringLiteral("zerosBlank")}) && settings.contains(QLatin1String("zerosBlank"))) {
        if (!settings.value(QLatin1String("zerosBlank")).isBool())
            r.fail(member(settingsPath, QStringLiteral("zerosBlank")), Text::tr("expected true or false"));
        report.setZerosBlank(settings.value(QLatin1String("zerosBlank")).toBool());
    }
}

// Amount units and cell values.
void readFigures(Reader &r, const QJsonObject &top, const QString &root, Report &report)
{
    const FormatDefinition *format = &report.format();
    QJsonObject units;
    const QString unitsPath = member(root, QStringLiteral("units"));
    if (r.object(top.value(QLatin1String("units")), unitsPath, &units)) {
        for (auto it = units.begin(); it != units.end(); ++it) {
            const QString path = member(unitsPath, it.key());
            const int cell = format->indexOf(it.key());
            QString unit;
            if (cell < 0 || format->cell(cell).units.isEmpty())
                r.fail(path, Text::tr("not an amount cell of the %1 format").arg(format->id()));
            else if (r.string(it.value(), path, &unit) && !format->cell(cell).units.contains(unit))
                r.fail(path, Text::tr("unit “%1” is not one of %2").arg(unit, format->cell(cell).units.join(QStringLiteral(", "))));
            else
                report.setUnit(cell, unit);
        }
    }

    QJsonObject cells;
    const QString cellsPath = member(root, QStringLiteral("cells"));
    if (r.object(top.value(QLatin1String("cells")), cellsPath, &cells)) {
        for (auto it = cells.begin(); it != cells.end() && r.error.isEmpty(); ++it) {
            const QString path = member(cellsPath, it.key());
            const int cell = format->indexOf(it.key());
            if (cell < 0) {
                r.fail(path, Text::tr("no such cell in the %1 format").arg(format->id()));
                break;
            }
            CellValue value;
            if (r.cellValue(it.value(), path, format->cell(cell), &value))
                report.setValue(cell, value);
        }
    }
}

// Walks JSON text that Qt's parser accepted (so its syntax holds) and finds the first key repeated in
// one object, or \uD800–\uDFFF escape not part of a pair. Linear; *offset is where the string starts.
QString ambiguity(const QByteArray &json, qsizetype *offset)
{
    struct Level
    {
        bool object = false;
        QSet<QString> keys;
    };
    QVector<Level> levels;
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json.at(i);
        if (c == '{' || c == '[') {
            levels.append(Level{c == '{', {}});
            continue;
        }
        if (c == '}' || c == ']') {
            if (!levels.isEmpty())
                levels.removeLast();
            continue;
        }
        if (c != '"')
            continue;
        const qsizetype start = i;
        QByteArray raw;
        QString decoded;
        for (++i; i < n && json.at(i) != '"'; ++i) {
            if (json.at(i) != '\\') {
                raw.append(json.at(i));
                continue;
            }
            if (!raw.isEmpty()) {
                decoded += QString::fromUtf8(raw);
                raw.clear();
            }
            const char e = json.at(++i);
            if (e != 'u') {
                const char *from = "\"\\/bfnrt";
                const char *to = "\"\\/\b\f\n\r\t";
                const char *found = std::strchr(from, e);
                decoded += QLatin1Char(found ? to[found - from] : e);
                continue;
            }
            const char16_t unit = char16_t(json.mid(i + 1, 4).toUInt(nullptr, 16));
            i += 4;
            if (QChar::isHighSurrogate(unit)) {
                const bool paired = i + 6 < n && json.at(i + 1) == '\\' && json.at(i + 2) == 'u'
                                    && QChar::isLowSurrogate(char16_t(json.mid(i + 3, 4).toUInt(nullptr, 16)));
                if (!paired) {
                    *offset = start;
                    return Text::tr("\\u%1 is half of a character (a lone surrogate): the text is not valid")
                        .arg(uint(unit), 4, 16, QLatin1Char('0'));
                }
                decoded += QChar(unit);
                const char16_t low = char16_t(json.mid(i + 3, 4).toUInt(nullptr, 16));
                decoded += QChar(low);
                i += 6;
            } else if (QChar::isLowSurrogate(unit)) {
                *offset = start;
                return Text::tr("\\u%1 is half of a character (a lone surrogate): the text is not valid")
                    .arg(uint(unit), 4, 16, QLatin1Char('0'));
            } else {
                decoded += QChar(unit);
            }
        }
        decoded += QString::fromUtf8(raw);
        if (levels.isEmpty() || !levels.last().object)
            continue;
        qsizetype next = i + 1;
        while (next < n && (json.at(next) == ' ' || json.at(next) == '\t' || json.at(next) == '\n' || json.at(next) == '\r'))
            ++next;
        if (next >= n || json.at(next) != ':')
            continue; // a value, not a key
        if (levels.last().keys.contains(decoded)) {
            *offset = start;
            return Text::tr("the key “%1” appears twice in one object; which one is meant cannot be told").arg(decoded);
        }
        levels.last().keys.insert(decoded);
    }
    return QString();
}

} // namespace

ReportReadResult ReportJson::read(const QByteArray &json)
{
    return read(json, FormatRegistry::builtin());
}

ReportReadResult ReportJson::read(const QByteArray &json, const FormatRegistry &formats)
{
    ReportReadResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    auto at = [&json](qsizetype offset) {
        const QByteArray before = json.left(offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
        return Text::tr("line %1, column %2").arg(line).arg(column);
    };
    if (parseError.error != QJsonParseError::NoError) {
        result.error = QStringLiteral("%1: %2").arg(at(parseError.offset), parseError.errorString());
        return result;
    }
    // What Qt's parser lets pass: a key given twice (the last would silently win) and a lone surrogate
    // escape (it would swallow the next character).
    qsizetype offset = 0;
    const QString problem = ambiguity(json, &offset);
    if (!problem.isEmpty()) {
        result.error = QStringLiteral("%1: %2").arg(at(offset), problem);
        return result;
    }
    if (!doc.isObject()) {
        result.error = Text::tr("$: expected a report object");
        return result;
    }
    Reader r;
    const QString root = QStringLiteral("$");
    const QJsonObject top = doc.object();
    if (!r.onlyKeys(top, root,
                    {QStringLiteral("nianbao"), QStringLiteral("format"), QStringLiteral("year"), QStringLiteral("date"),
                     QStringLiteral("agency"), QStringLiteral("headings"), QStringLiteral("narratives"),
                     QStringLiteral("units"), QStringLiteral("cells"), QStringLiteral("settings")})) {
        result.error = r.error;
        return result;
    }

    qint64 year = 0;
    const auto format = readHeader(r, top, root, formats, &year);
    if (!format) {
        result.error = r.error;
        return result;
    }
    Report report(format);
    report.setYear(int(year));
    readDetails(r, top, root, report);
    readFigures(r, top, root, report);

    if (!r.error.isEmpty()) {
        result.error = r.error;
        return result;
    }
    result.report = std::move(report);
    return result;
}

ReportReadResult ReportJson::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ReportReadResult result;
        result.error = Text::tr("cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    if (const QString tooBig = limits::fileSizeProblem(path, limits::MaxTextFileBytes); !tooBig.isEmpty()) {
        ReportReadResult result;
        result.error = tooBig;
        return result;
    }
    ReportReadResult result = read(file.readAll());
    if (!result.error.isEmpty())
        result.error = QStringLiteral("%1: %2").arg(path, result.error);
    return result;
}

namespace {

// ReportJson::write's output, byte for byte what QJsonDocument(…).toJson(QJsonDocument::Indented) makes
// of the report's QJsonObject (that is what every sign-off's digest was computed from, so it must never
// change), written straight into one buffer: a 汇总 digests thousands of reports, and the object round
// trip (a QJsonObject per report, a QCborValue per cell, a sorted insert per key) cost more than the hash.
// QJsonObject keeps its keys sorted as QString compares them (UTF-16 code units), the order of a QMap's
// keys and of FormatDefinition::cellsInKeyOrder(). tst_reportjson compares this writer with the
// QJsonObject one over the reference reports, random reports and hostile strings.
class IndentedJson
{
public:
    explicit IndentedJson(QByteArray &out) : m_out(out) { m_out.resize(std::max<qsizetype>(m_out.capacity(), 256)); }
    // The bytes written, the buffer cut to them.
    void finish() { m_out.truncate(m_size); }

    // "key": at depth (the object's members are indented by 4 × depth spaces).
    void key(int depth, QLatin1String name)
    {
        indent(depth);
        put('"');
        put(name.data(), name.size());
        put("\": ", 3);
    }
    void key(int depth, const QString &name)
    {
        indent(depth);
        string(name);
        put(": ", 2);
    }
    void string(const QString &text)
    {
        // Most text needs no escape: printable ASCII but " and \, and the characters of the BMP that
        // are neither surrogates nor the noncharacters' neighbourhood (CJK, punctuation). The rest takes
        // Qt's own escaping, so that nothing depends on a second reading of its rules.
        const char16_t *begin = reinterpret_cast<const char16_t *>(text.utf16());
        const char16_t *end = begin + text.size();
        bool ascii = true;
        for (const char16_t *c = begin; c != end; ++c) {
            const char16_t u = *c;
            const bool plain = u < 0x80 ? (u >= 0x20 && u != 0x7f && u != u'"' && u != u'\\') : (u < 0xd800 || (u >= 0xe000 && u < 0xfdd0));
            if (!plain) {
                escapedByQt(text);
                return;
            }
            ascii = ascii && u < 0x80;
        }
        put('"');
        if (ascii) { // cell keys, numbers as text: no UTF-8 conversion (and no allocation) needed
            char *out = reserve(text.size());
            for (const char16_t *c = begin; c != end; ++c)
                *out++ = char(*c);
            m_size += text.size();
        } else {
            const QByteArray utf8 = text.toUtf8();
            put(utf8.constData(), utf8.size());
        }
        put('"');
    }
    void number(qint64 value)
    {
        char *out = reserve(24);
        m_size = std::to_chars(out, out + 24, value).ptr - m_out.data();
    }
    void latin1(QLatin1String text) { put(text.data(), text.size()); }
    // Between members: a comma unless it was the last; then the line ends.
    void endMember(bool last) { last ? put('\n') : put(",\n", 2); }
    void open() { put("{\n", 2); }
    void close(int depth)
    {
        indent(depth);
        put('}');
    }
    void stringMap(int depth, const QMap<QString, QString> &map)
    {
        open();
        for (auto it = map.begin(); it != map.end(); ++it) {
            key(depth + 1, it.key());
            string(it.value());
            endMember(std::next(it) == map.end());
        }
        close(depth);
    }

private:
    // Room for n more bytes; where they go. (QByteArray's own append checks and may detach each time: a
    // report is ~400 small writes.)
    char *reserve(qsizetype n)
    {
        if (m_size + n > m_out.size())
            m_out.resize(std::max(2 * m_out.size(), m_size + n));
        return m_out.data() + m_size;
    }
    void put(char c)
    {
        *reserve(1) = c;
        ++m_size;
    }
    void put(const char *bytes, qsizetype n)
    {
        std::memcpy(reserve(n), bytes, size_t(n));
        m_size += n;
    }
    void indent(int depth)
    {
        std::memset(reserve(4 * depth), ' ', size_t(4 * depth));
        m_size += 4 * depth;
    }
    void escapedByQt(const QString &text)
    {
        const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact); // ["…"]
        put(array.constData() + 1, array.size() - 2);
    }

    QByteArray &m_out;
    qsizetype m_size = 0;
};

} // namespace

QByteArray ReportJson::write(const Report &report)
{
    const FormatDefinition &format = report.format();
    QByteArray out;
    out.reserve(64 * format.cellCount() + 1024);
    IndentedJson json(out);
    json.open();
    // The top level's keys in QJsonObject's (sorted) order: agency, cells, date, format, headings,
    // narratives, nianbao, settings, units, year.
    json.key(1, QLatin1String("agency"));
    {
        const Agency &a = report.agency();
        // Sorted: address, email, fax, kind, name, office, phone, postcode, website.
        const std::pair<QLatin1String, const QString *> fields[] = {
            {QLatin1String("address"), &a.address}, {QLatin1String("email"), &a.email},       {QLatin1String("fax"), &a.fax},
            {QLatin1String("kind"), nullptr},       {QLatin1String("name"), &a.name},         {QLatin1String("office"), &a.office},
            {QLatin1String("phone"), &a.phone},     {QLatin1String("postcode"), &a.postcode}, {QLatin1String("website"), &a.website}};
        const QString kind = report.agencyKind();
        json.open();
        const std::pair<QLatin1String, const QString *> *last = nullptr;
        for (const auto &field : fields) {
            const QString &value = field.second ? *field.second : kind;
            if (value.isEmpty())
                continue;
            if (last)
                json.endMember(false);
            json.key(2, field.first);
            json.string(value);
            last = &field;
        }
        if (last)
            json.endMember(true);
        json.close(1);
    }
    json.endMember(false);

    json.key(1, QLatin1String("cells"));
    json.open();
    bool first = true;
    for (int i : format.cellsInKeyOrder()) {
        const CellValue &value = report.value(i);
        if (value.isBlank())
            continue;
        if (!first)
            json.endMember(false);
        first = false;
        const CellDef &cell = format.cell(i);
        json.key(2, cell.key);
        if (value.isNotApplicable())
            json.latin1(QLatin1String("\"/\""));
        else if (cell.kind == ValueKind::Amount)
            json.string(formatAmount(value.numberOrZero()));
        else
            json.number(value.numberOrZero());
    }
    if (!first)
        json.endMember(true);
    json.close(1);
    json.endMember(false);

    if (report.date().isValid()) {
        json.key(1, QLatin1String("date"));
        json.string(report.date().toString(Qt::ISODate));
        json.endMember(false);
    }
    json.key(1, QLatin1String("format"));
    json.string(format.id());
    json.endMember(false);
    if (!report.headings().isEmpty()) {
        json.key(1, QLatin1String("headings"));
        json.stringMap(1, report.headings());
        json.endMember(false);
    }
    if (!report.narratives().isEmpty()) {
        json.key(1, QLatin1String("narratives"));
        json.stringMap(1, report.narratives());
        json.endMember(false);
    }
    json.key(1, QLatin1String("nianbao"));
    json.number(FileVersion);
    json.endMember(false);
    if (report.zerosBlank()) {
        json.key(1, QLatin1String("settings"));
        json.open();
        json.key(2, QLatin1String("zerosBlank"));
        json.latin1(QLatin1String("true"));
        json.endMember(true);
        json.close(1);
        json.endMember(false);
    }
    if (!report.units().isEmpty()) {
        json.key(1, QLatin1String("units"));
        json.stringMap(1, report.units());
        json.endMember(false);
    }
    json.key(1, QLatin1String("year"));
    json.number(report.year());
    json.endMember(true);
    json.latin1(QLatin1String("}\n"));
    json.finish();
    return out;
}

} // namespace nb
