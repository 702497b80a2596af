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

// A change of narrative text or a heading. Consecutive changes of the same text merge into one undo
// step, so undo takes back a burst of typing, not one letter.
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
    ReportDocument *m_document;
    QString m_kind;
    QString m_part;
    QString m_before;
    QString m_after;
};

} // namespace nb
