#pragma once

#include "cellvalue.h"

#include <QString>
#include <QUndoCommand>

namespace nb {

class ReportDocument;

// One cell's change. redo/undo go through ReportDocument::applyCell, so an undo is autosaved like any
// other edit.
class SetCellCommand : public QUndoCommand
{
public:
    SetCellCommand(ReportDocument *document, int cell, const CellValue &before, const CellValue &after,
                   QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ReportDocument *m_document;
    int m_cell;
    CellValue m_before;
    CellValue m_after;
};

// A change of narrative text or a heading. Typing merges into undo steps as a text editor makes them:
// letters typed one after another (or phrases an input method commits) are one step until the sentence
// or line ends; a run of Backspace or Delete is one step; a paste, a line break, or an edit elsewhere
// in the text starts a new step. So undo takes back the last sentence typed, never a whole paragraph.
class SetTextCommand : public QUndoCommand
{
public:
    enum { Id = 0x4e42 };
    SetTextCommand(ReportDocument *document, const QString &kind, const QString &part, const QString &before,
                   const QString &after);
    void redo() override;
    void undo() override;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    // What one change did, found by comparing the texts: inserted `added` at `at`, or removed `removed`
    // characters starting at `at`; anything else (a replacement) is Other.
    enum class Change { Insert, Remove, Other };
    void classify();

    ReportDocument *m_document;
    QString m_kind;
    QString m_part;
    QString m_before;
    QString m_after;
    Change m_change = Change::Other;
    int m_at = 0;       // where the step's change starts in the text
    int m_length = 0;   // characters inserted or removed by the whole step
    bool m_closed = false; // the step ended (a sentence or line finished): the next edit starts a new one
};

} // namespace nb
