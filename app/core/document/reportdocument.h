#pragma once

#include "cellvalue.h"
#include "report.h"
#include "validator.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

namespace nb {

class ReportStore;

// A report open for editing: the one path every change takes. An edit becomes an undo command; the
// command autosaves through the store (when there is one) and only then changes the report; the
// report recomputes its totals, the validator re-checks the rules that read the changed cells, and
// typed signals tell the views exactly which cells and findings changed.
class ReportDocument : public QObject
{
    Q_OBJECT

public:
    // store may be null (a report not backed by a database, e.g. in tests of the rules UI).
    ReportDocument(Report report, ReportStore *store, int reportId, const QString &user, QObject *parent = nullptr);
    ~ReportDocument() override;

    const Report &report() const { return m_report; }
    const FormatDefinition &format() const { return m_report.format(); }
    const Validator &validator() const { return m_validator; }
    QUndoStack *undoStack() { return &m_undo; }
    int reportId() const { return m_reportId; }
    bool isReadOnly() const;
    // Locks the report against every edit (it is under review or signed off), with the reason edits
    // are refused with. The store refuses them too; this makes the refusal immediate and readable.
    void setLocked(const QString &reason) { m_lockReason = reason; }
    QString lockReason() const { return m_lockReason; }
    void setPreviousYear(std::optional<Report> previous);

    // What typing text into a cell does: refused with the reason (nothing changes), or accepted (an
    // undoable, autosaved edit; the same value again is accepted and changes nothing).
    struct EditResult
    {
        bool accepted = false;
        QString reason;
    };
    EditResult editCell(int cell, const QString &text);
    // Clears cells (Delete), as one undo step. A cleared total computes itself again.
    void clearCells(const QVector<int> &cells);
    // “Blank → 0” for a table: every blank input cell that can be edited becomes 0, as one undo step
    // (blank means “not filled in”, R16; a clerk who has nothing to report says so). Returns how many.
    int fillBlanksWithZero(const QString &tableId);
    // Pastes tab-separated rows (from a spreadsheet) cell by cell into targets[row][column], as one undo
    // step. Returns the refusals, one line per cell, empty when everything was taken.
    QStringList pasteCells(const QVector<QVector<int>> &targets, const QVector<QStringList> &texts);
    // Narrative text ("narrative", section id or "intro"), section headings ("heading", section id) and
    // amount units ("unit", cell key).
    EditResult editText(const QString &kind, const QString &part, const QString &text);
    QString text(const QString &kind, const QString &part) const;
    // Contact details and date: saved at once (not an undo step; they are not figures of the report).
    EditResult setDetails(const Agency &agency, const QDate &date, bool zerosBlank);
    // The agency's kind (department, government), kept with the agency for all its years: it decides
    // the statutory deadline (R17), which is re-checked.
    EditResult setAgencyKind(const QString &kind);

    bool isEditable(int cell) const;

    // Remarks shown at a cell (a supervisor's open comments): the views mark the cell and show them.
    void setCellNotes(const QHash<int, QStringList> &notes);
    QStringList cellNotes(int cell) const { return m_notes.value(cell); }

    // Takes in what other sessions saved since this one last looked (a shared server, several clerks):
    // edits to other cells merge into what this session shows. Returns who made the changes taken.
    QVector<QString> mergeStoredChanges();
    // Has the store copy its write-ahead log back into the file when the clerk has paused for a second
    // (ReportStore::checkpoint), or after a minute of typing without one, so the log stays small. Called
    // by the window's periodic tick, never from an edit.
    void checkpointIfPaused();
    // The last problem reading the store's change log (at creation or while merging); empty when none.
    QString readProblem() const { return m_readProblem; }
    // Milliseconds on a monotonic clock: what checkpointIfPaused measures pauses with. Tests set their
    // own and move it forward instead of sleeping; the default is a QElapsedTimer started at creation.
    using Clock = std::function<qint64()>;
    void setClock(Clock clock);

    // Used by the undo commands; not for views.
    bool applyCell(int cell, const CellValue &value);
    bool applyText(const QString &kind, const QString &part, const QString &text);

signals:
    void cellsChanged(const QVector<int> &cells);
    void findingsChanged(const QVector<int> &instances);
    void textChanged(const QString &kind, const QString &part);
    void detailsChanged();
    void notesChanged(const QVector<int> &cells);
    // An autosave failed (a conflict with another session, a full disk): the edit did not happen.
    void saveFailed(const QString &message);
    // Reading what other sessions saved failed (emitted once per problem, not on every tick).
    void readFailed(const QString &message);

private:
    QString readOnlyReason() const;
    void recheckDates();
    // Shows a value or text already stored (saved by this session or another) and re-checks.
    void showStored(int cell, const CellValue &value);
    void setStoredText(const QString &kind, const QString &part, const QString &text);
    // Keeps the database's counts for lists of reports in step with the findings shown here.
    void storeFindingCounts();

    Report m_report;
    std::optional<Report> m_previous;
    Validator m_validator;
    QUndoStack m_undo;
    ReportStore *m_store = nullptr;
    int m_reportId = 0;
    QString m_user;
    QString m_lockReason;
    QHash<int, QStringList> m_notes;
    qint64 m_seenLogId = 0;
    QString m_readProblem;
    Clock m_clock;
    qint64 m_lastEditAt = -1;   // by m_clock; -1 until the first edit
    qint64 m_lastCheckpointAt = 0;
    std::pair<int, int> m_storedCounts{-1, -1};
};

} // namespace nb
