#pragma once

#include "consolidation.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class ConsolidationDialog;
}

namespace nb {

class ReportDocument;
class ReportEditor;

// 汇总: the summed tables, read-only, in the same editor the clerks fill theirs in; selecting a cell
// shows each agency's share of it; the members are listed with their state, and those with errors or
// not signed off are marked. The reports left out (by default every one not signed off with a valid,
// trusted signature) are listed with the reason; a checkbox sums them too. Exports as a published
// document (PDF/HTML) or a spreadsheet (CSV/XLSX).
class ConsolidationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConsolidationDialog(Consolidation consolidation, QWidget *parent = nullptr);
    ~ConsolidationDialog() override;

    const Consolidation &consolidation() const { return m_consolidation; }
    // The same reports summed again, with or without those not signed off (the checkbox's choice).
    using Recompute = std::function<std::optional<Consolidation>(bool includeUnsigned, QString *error)>;
    void setRecompute(Recompute recompute, bool includeUnsigned);
    // Ticks or unticks “include reports not signed off” as a click does; false with the reason when the
    // sum cannot be made (it stays as it was).
    bool setIncludeUnsigned(bool include, QString *error);
    // Shows the members' shares of one cell of the total (what selecting it in the tables does).
    void showShares(int cell);
    int shownCell() const { return m_shownCell; }
    // The kind of file its name asks for (exportConsolidationFile).
    bool exportTo(const QString &path, QString *error);

private:
    void showTitle();
    // The total in a read-only editor, replacing the one shown.
    void showTotal();
    void fillMembers();
    void fillLeftOut();
    void chooseExport(bool published);

    std::unique_ptr<Ui::ConsolidationDialog> m_ui;
    Consolidation m_consolidation;
    std::unique_ptr<ReportDocument> m_document;
    ReportEditor *m_editor = nullptr;
    int m_shownCell = -1;
    Recompute m_recompute;
    bool m_titleEdited = false;
};

} // namespace nb
