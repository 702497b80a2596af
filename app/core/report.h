#pragma once

#include "cellvalue.h"
#include "formatdefinition.h"

#include <QDate>
#include <QMap>
#include <QString>

#include <memory>
#include <vector>

namespace nb {

// Who publishes the report, and how the public reaches them (the intro paragraph prints these).
struct Agency
{
    QString name;
    QString office;   // the contact office (“局办公室”)
    QString address;
    QString postcode;
    QString phone;
    QString fax;
    QString email;
    QString website;

    bool operator==(const Agency &other) const;
};

// One agency's report for one year: the figures by cell, the narratives and the metadata. It knows its
// format and keeps every computed total up to date as cells change; it knows nothing of rules,
// widgets or storage.
class Report
{
public:
    explicit Report(std::shared_ptr<const FormatDefinition> format);

    const FormatDefinition &format() const { return *m_format; }
    std::shared_ptr<const FormatDefinition> formatPointer() const { return m_format; }

    int year() const { return m_year; }
    void setYear(int year) { m_year = year; }
    const Agency &agency() const { return m_agency; }
    void setAgency(const Agency &agency) { m_agency = agency; }
    // What kind of agency publishes it, for the statutory deadline (条例 第四十九条): "department"
    // (a department of a county-level or higher government) or "government" (the government's own
    // report); empty while not said.
    QString agencyKind() const { return m_agencyKind; }
    void setAgencyKind(const QString &kind) { m_agencyKind = kind; }
    QDate date() const { return m_date; }
    void setDate(const QDate &date) { m_date = date; }
    // Publishing setting: print 0 as an empty cell (many published reports do).
    bool zerosBlank() const { return m_zerosBlank; }
    void setZerosBlank(bool blank) { m_zerosBlank = blank; }

    // Narrative text by section id, plus "intro" for the paragraph before 一. Plain text with
    // paragraphs separated by newlines: the published text must copy back exactly as typed.
    QString narrative(const QString &part) const { return m_narratives.value(part); }
    void setNarrative(const QString &part, const QString &text);
    const QMap<QString, QString> &narratives() const { return m_narratives; }
    // A section heading as the agency prints it; empty means the official one.
    QString heading(const QString &sectionId) const { return m_headings.value(sectionId); }
    void setHeading(const QString &sectionId, const QString &text);
    const QMap<QString, QString> &headings() const { return m_headings; }
    // The unit an amount cell is reported in (the format's first until chosen); only the format's
    // units are accepted.
    QString unit(int cell) const;
    void setUnit(int cell, const QString &unit);
    const QMap<QString, QString> &units() const { return m_units; }

    // The value as entered. For a computed total a stored value is the declared total of an imported
    // or typed report, which the rules check against the parts; blank means "compute it".
    const CellValue &value(int cell) const { return m_values[size_t(cell)]; }
    // The value rules and displays use: the stored number, or a total's declared or computed value.
    // Blank and not applicable count as 0.
    qint64 number(int cell) const { return m_effective[size_t(cell)]; }
    // Changes a cell and recomputes the totals that depend on it. Returns every cell whose number may
    // have changed (the cell itself first), so that callers re-check exactly those.
    QVector<int> setValue(int cell, const CellValue &value);
    // Loading many cells at once: setStoredValue only stores (no total recomputed, nothing allocated),
    // then recomputeNumbers() computes every number once, totals in dependency order. Per-cell
    // setValue while reading a stored report recomputed each cell's totals again and again (a 汇总
    // reads tens of thousands of reports).
    void setStoredValue(int cell, const CellValue &value) { m_values[size_t(cell)] = value; }
    void recomputeNumbers();
    // The value as a form or the published document shows it: the stored value's canonical text
    // ("+1", "/", "12.5"), a computed total's number, "" for blank.
    QString displayText(int cell) const;

    bool operator==(const Report &other) const;
    bool operator!=(const Report &other) const { return !(*this == other); }

private:
    qint64 computeNumber(int cell) const;

    std::shared_ptr<const FormatDefinition> m_format;
    int m_year = 0;
    Agency m_agency;
    QString m_agencyKind;
    QDate m_date;
    bool m_zerosBlank = false;
    QMap<QString, QString> m_narratives;
    QMap<QString, QString> m_headings;
    QMap<QString, QString> m_units;
    std::vector<CellValue> m_values;
    std::vector<qint64> m_effective;
};

} // namespace nb
