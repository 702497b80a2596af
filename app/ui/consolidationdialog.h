#pragma once

#include "consolidation.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConsolidationDialog;
}

namespace nb {

class ReportDocument;
class ReportEditor;

// 汇总: the summed tables, read-only, in the same editor the clerks fill theirs in; selecting a cell
// shows each agency's share of it; the members are listed with their state, and those with errors or
// not signed off are marked. Exports as a published document (PDF/HTML) or a spreadsheet (CSV/XLSX).
class ConsolidationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConsolidationDialog(Consolidation consolidation, QWidget *parent = nullptr);
    ~ConsolidationDialog() override;

    const Consolidation &consolidation() const { return m_consolidation; }
    // Shows the members' shares of one cell of the total (what selecting it in the tables does).
    void showShares(int cell);
    int shownCell() const { return m_shownCell; }
    // The kind of file its name asks for (exportConsolidationFile).
    bool exportTo(const QString &path, QString *error);

private:
    void showTitle();
    void fillMembers();
    void chooseExport(bool published);

    std::unique_ptr<Ui::ConsolidationDialog> m_ui;
    Consolidation m_consolidation;
    std::unique_ptr<ReportDocument> m_document;
    ReportEditor *m_editor = nullptr;
    int m_shownCell = -1;
};

} // namespace nb
