#pragma once

#include "reviewrecords.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ReviewPanel;
}

namespace nb {

class ReportDocument;
class ReportEditor;
class ReportReview;
class ReportStore;

// The review side of the open report: its state and sign-off (a tampered sign-off shown loudly), the
// supervisor's comments — added on the current cell or section, resolved, each jumping to its place —
// and the review steps, asked for in a ReviewDialog. The comments are handed to the document as
// cell notes, so the clerk sees them at the cell.
class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPanel(QWidget *parent = nullptr);
    ~ReviewPanel() override;

    // The report being edited, or none (store null); then its editor, once built.
    void setReport(ReportStore *store, int reportId, ReportDocument *document, const User &user);
    void setEditor(ReportEditor *editor) { m_editor = editor; }
    ReportReview *review() const { return m_review.get(); }
    // Something here for the person at the report: it is not a plain draft, or has open comments.
    bool needsAttention() const;

    // Asks for one review step in a dialog; true when it was taken.
    bool ask(ReviewAction action);

signals:
    // The report moved through review: the window reopens it, locked or unlocked.
    void moved();
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void addComment();
    void resolveSelected();
    void jumpTo(const QString &target);
    QString placeName(const QString &target) const;
    QString currentTarget() const;

    std::unique_ptr<Ui::ReviewPanel> m_ui;
    std::unique_ptr<ReportReview> m_review;
    ReportDocument *m_document = nullptr;
    ReportEditor *m_editor = nullptr;
    User m_user;
};

} // namespace nb
