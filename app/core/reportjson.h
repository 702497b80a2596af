#pragma once

#include "report.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace nb {

class FormatRegistry;

struct ReportReadResult
{
    std::optional<Report> report;
    QString error; // where and why the input was refused, e.g. “$.cells["s3.new.natural"]: …”
};

// The JSON form of a report (docs/report-json.md): one versioned file with the agency, year, format,
// every non-blank cell by key, narratives, headings and amount units. write() then read() gives back
// an equal report. The reader refuses anything it does not understand rather than guess.
class ReportJson
{
public:
    static constexpr int FileVersion = 1;

    static ReportReadResult read(const QByteArray &json);
    static ReportReadResult read(const QByteArray &json, const FormatRegistry &formats);
    static ReportReadResult readFile(const QString &path);
    static QByteArray write(const Report &report);
};

} // namespace nb
