#pragma once

#include "finding.h"
#include "formatregistry.h"
#include "publishedsource.h"
#include "report.h"

#include <QSet>

#include <optional>

namespace nb {

// What the reader could not do, or did not dare to: every cell it left empty for a reason, every
// figure or text it found no place for, each with the source text around it.
struct ImportNote
{
    enum class Kind {
        NotFound,  // a table or row the format has was not found
        Ambiguous, // figures found, but which column each belongs to cannot be told: left empty
        Unreadable,// a figure that is not a valid value for its cell: left empty
        Duplicate, // a row label found twice: the first was used
        ExtraRow,  // a row the national format does not have (provincial additions): kept aside
        StrayText, // text inside or after the tables that belongs to no section
        MissingDetail, // no title, agency or date: the tables are not concerned
        DamagedLabel  // a row label printed with characters lost, read by its number and place: check it
    };
    Kind kind = Kind::NotFound;
    QString where;   // the cell key or table id concerned; empty for text
    QString message; // in the UI language
    QString context; // the source text around it
    int line = 0;    // 1-based line of a text file; 0 for HTML
    int page = -1;   // 0-based page of a PDF, and where on it (points); -1 elsewhere
    QRectF box;

    // The first four leave a cell of the report empty or unchecked; the others lose no figure.
    bool leavesCellsEmpty() const
    {
        return kind != Kind::ExtraRow && kind != Kind::StrayText && kind != Kind::MissingDetail && kind != Kind::DamagedLabel;
    }
};

// “未找到”, “无法确定”…: the kind as the clerk reads it, in the UI language.
QString importNoteKindName(ImportNote::Kind kind);

// “开头段落”, “一、总体情况”…: a narrative part as the clerk knows it (the format's heading).
QString narrativePartName(const FormatDefinition &format, const QString &part);

struct ImportedCell
{
    int cell = -1;
    QString text; // as printed
    int line = 0;
    int page = -1; // 0-based page of a PDF, and the figure's box on it (points); -1 elsewhere
    QRectF box;
};

struct PublishedImport
{
    std::optional<Report> report; // empty when not even the format could be told
    QString error;                // why there is no report
    QString formatReason;         // how the format version was decided
    QVector<ImportedCell> cells;  // every cell filled, in reading order
    QVector<ImportNote> notes;
    QStringList narratives;       // the narrative parts found ("intro", "s1", …)
    int pages = 0;                // of a PDF; 0 for text and HTML
    QByteArray pdf;               // the PDF read, for showing its pages; empty for text and HTML
    QSet<int> unreadCells;        // cells left empty because they could not be read, or read from a row
                                  // with figures left over (a note says why): rules on them not checked

    int cellsLeftEmpty() const;   // notes that leave a cell empty
    QStringList narrativeNames() const; // the parts found, by their headings
};

// Reads a published report (text extracted from a PDF or Word file, or a web page): detects the
// format version from the labels, the agency and year from the title, finds each table by its
// official labels and fills its cells, puts the narratives under 一, 五 and 六 and the contact details
// of the introduction into the agency's details. Nothing is guessed silently: what could not be
// placed is listed in the notes and left empty.
PublishedImport readPublishedReport(const PublishedSource &source,
                                    const FormatRegistry &registry = FormatRegistry::builtin());
PublishedImport importPublishedFile(const QString &path);

// The format's findings on what was read, without those about a cell the reader could not read (an
// empty cell there is the reader's gap, not the report's error, and would be a false error) or about
// the year when none was found. How many
// were left out goes to `unchecked` (the clerk is told they were not checked).
QVector<Finding> findingsOfRead(const PublishedImport &read, int *unchecked = nullptr);

} // namespace nb
