#pragma once

// The published-report reader's inside, shared by the files that each do one of its jobs:
//   publishedreader.cpp   the order of the work and the public functions
//   readerdocument.cpp    title, agency and format version
//   readerrowsplit.cpp    rows printed on one line (or run together) cut into one cell a line
//   readersections.cpp    section headings and each table's zone of lines
//   readerlabels.cpp      a table's labels found in its zone (rows, headers, their units)
//   readerfigures.cpp     the figures after a row's label placed into cells
//   readernarratives.cpp  narratives, signature and the text left over
// Not part of the interface: only these files include it.

#include "publishedreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace nb::published {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PublishedReader)
};

// Where a label was found: lines [start, end] of the source.
struct Hit
{
    enum class Kind { Row, Header };
    Kind kind = Kind::Row;
    const HeaderNode *node = nullptr; // the row, or the column for a header
    int start = 0;
    int end = 0;
    QString unit; // a header's unit in brackets (“采购总金额（万元）”)
};

bool isValueText(const QString &text);

// The wordings a row is printed with: its label, its short label, and the older wording real reports
// keep (规范性文件 for 2021's 行政规范性文件).
QStringList labelsOf(const HeaderNode &row);

class Reader
{
public:
    Reader(const QVector<SourceLine> &lines, const QString &fileName, const FormatRegistry &registry);
    PublishedImport read();

private:
    int size() const { return int(m_lines.size()); }
    bool isEmpty(int i) const { return m_lines[i].separator || m_lines[i].text.isEmpty(); }
    QString context(int line, int before = 2, int after = 2) const;
    void note(ImportNote::Kind kind, const QString &where, const QString &message, int line);
    QString joined(int i, int extra) const;

    // readerdocument.cpp
    void readTitle();
    void agencyFromElsewhere();
    bool chooseFormat();

    // readerrowsplit.cpp
    void splitRowsOnOneLine();

    // readersections.cpp
    QSet<QString> topRowLabels() const;
    void findHeadings();
    int heading(const QString &sectionId) const;
    int firstLabelOf(const QVector<const TableDef *> &tables, int from, int to) const;
    QVector<const TableDef *> tablesOf(const SectionDef &section) const;
    void readTables();
    QString tableName(const TableDef &table) const;
    void readSection(const SectionDef &section, int start, int end);

    // readerlabels.cpp
    void readTable(const TableDef &table, int from, int to);
    QVector<Hit> findLabels(const TableDef &table, int from, int to);
    void findDamagedNumberedRows(const TableDef &table, int from, int to, QVector<Hit> *hits);

    // readerfigures.cpp
    void readRow(const TableDef &table, const HeaderNode *row, int from, int to,
                 const QHash<const HeaderNode *, QString> &headerUnits);
    void fillCell(int cellIndex, int line, const QString &headerUnit);
    void keepAsideExtraRows(const TableDef &table, int from, int to);
    void markUnread(const TableDef &table, const HeaderNode *row);
    void leaveRowEmpty(const TableDef &table, const HeaderNode *row, const QVector<int> &figures, const QString &message, int line);
    bool readUndividedGroup(const TableDef &table, const QVector<Hit> &hits, int h, int segmentEnd,
                            const QHash<const HeaderNode *, QString> &headerUnits, QSet<const HeaderNode *> *seen);

    // readernarratives.cpp
    QString textOf(int from, int to) const;
    void setNarrative(const QString &part, int from, int to);
    void readNarratives();
    void noteStrayText();

    QVector<SourceLine> m_lines; // a copy: rows printed on one line are cut into cells
    const QString m_fileName;
    const FormatRegistry &m_registry;
    QStringList m_normalized;
    QVector<bool> m_consumed;
    PublishedImport m_result;
    std::shared_ptr<const FormatDefinition> m_format;
    std::optional<Report> m_report;
    Agency m_agency;
    int m_year = 0;
    int m_titleEnd = -1;
    int m_heading[6] = {-1, -1, -1, -1, -1, -1};
    int m_tablesStart = 0;
    int m_tablesEnd = 0;
    int m_signatureEnd = -1;
    QHash<int, QString> m_runTogether; // a row label's line → its figures run together, not split
    bool m_afterBareLabel = false;     // the row being read follows a label that had no figures
};

} // namespace nb::published
