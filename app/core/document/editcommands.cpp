#include "editcommands.h"

#include "reportdocument.h"

#include <QCoreApplication>

namespace nb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EditCommands)
};

} // namespace

SetCellCommand::SetCellCommand(ReportDocument *document, int cell, const CellValue &before, const CellValue &after,
                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_cell(cell)
    , m_before(before)
    , m_after(after)
{
    setText(Text::tr("Cell edit"));
}

void SetCellCommand::redo()
{
    if (!m_document->applyCell(m_cell, m_after))
        setObsolete(true); // not saved, so not done: nothing to undo
}

void SetCellCommand::undo()
{
    m_document->applyCell(m_cell, m_before);
}

SetTextCommand::SetTextCommand(ReportDocument *document, const QString &kind, const QString &part, const QString &before,
                               const QString &after)
    : m_document(document)
    , m_kind(kind)
    , m_part(part)
    , m_before(before)
    , m_after(after)
{
    setText(Text::tr("Edit text"));
}

void SetTextCommand::redo()
{
    if (!m_document->applyText(m_kind, m_part, m_after))
        setObsolete(true);
}

void SetTextCommand::undo()
{
    m_document->applyText(m_kind, m_part, m_before);
}

bool SetTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetTextCommand *>(other);
    if (next->m_kind != m_kind || next->m_part != m_part || next->isObsolete())
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace nb
