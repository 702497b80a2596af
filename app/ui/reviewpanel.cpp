#include "reviewpanel.h"

#include "reportdocument.h"
#include "reporteditor.h"
#include "reportreview.h"
#include "reviewdialog.h"
#include "translations.h"
#include "ui_reviewpanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace nb {

ReviewPanel::ReviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReviewPanel>())
{
    m_ui->setupUi(this);
    // In a narrow dock: who and the state keep their whole words, the remark takes the rest (wrapped,
    // whole in its tooltip), the place a fixed share.
    QHeaderView *header = m_ui->comments->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_ui->comments->setColumnWidth(0, 110);
    connect(m_ui->addComment, &QPushButton::clicked, this, &ReviewPanel::addComment);
    connect(m_ui->commentText, &QLineEdit::returnPressed, this, &ReviewPanel::addComment);
    connect(m_ui->resolveComment, &QPushButton::clicked, this, &ReviewPanel::resolveSelected);
    connect(m_ui->comments, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { jumpTo(item->data(0, Qt::UserRole).toString()); });
    refresh();
}

ReviewPanel::~ReviewPanel() = default;

void ReviewPanel::setReport(ReportStore *store, int reportId, ReportDocument *document, const User &user)
{
    m_review.reset(store ? new ReportReview(*store, reportId) : nullptr);
    m_document = document;
    m_editor = nullptr;
    m_user = user;
    if (m_review)
        connect(m_review.get(), &ReportReview::changed, this, &ReviewPanel::refresh);
    refresh();
}

bool ReviewPanel::needsAttention() const
{
    if (!m_review)
        return false;
    const auto &comments = m_review->comments();
    return m_review->status().state != ReportState::Draft || m_review->isTampered()
           || std::any_of(comments.begin(), comments.end(), [](const Comment &c) { return !c.isResolved(); });
}

QString ReviewPanel::placeName(const QString &target) const
{
    if (!m_document)
        return target;
    const FormatDefinition &format = m_document->format();
    const int cell = format.indexOf(target);
    if (cell >= 0)
        return format.cellLabel(cell, currentLanguage());
    const SectionDef *section = format.section(target);
    return section ? section->heading.in(currentLanguage()) : target;
}

void ReviewPanel::refresh()
{
    m_ui->comments->clear();
    const bool open = m_review && m_document;
    m_ui->tamperBanner->setVisible(open && m_review->isTampered());
    // A signed report is final: remarks go to a reopened revision.
    const bool commentable = open && m_user.role == Role::Supervisor && m_review->status().state != ReportState::Signed;
    m_ui->addComment->setEnabled(commentable);
    m_ui->commentText->setEnabled(commentable);
    m_ui->resolveComment->setEnabled(open);
    if (!open) {
        m_ui->state->clear();
        return;
    }
    const ReviewStatus &status = m_review->status();
    QString state = tr("<b>%1</b> · revision %2 · you are %3 (%4)")
                        .arg(stateName(status.state))
                        .arg(status.revision)
                        .arg(m_user.name.toHtmlEscaped(), roleName(m_user.role));
    if (status.signOff) {
        state += QLatin1String("<br>")
                 + tr("Signed off by %1 on %2")
                       .arg(status.signOff->who.toHtmlEscaped(),
                            QLocale().toString(status.signOff->at.toLocalTime(), QLocale::ShortFormat));
    }
    m_ui->state->setText(state);
    if (m_review->isTampered()) {
        m_ui->tamperBanner->setText(tr("⚠ Changed after sign-off: the report in the file is no longer the one %1 signed. "
                                       "Someone changed the database outside Nianbao. It cannot be published as signed; "
                                       "a supervisor must reopen it, check it and sign again.")
                                        .arg(status.signOff->who));
    }

    QHash<int, QStringList> notes;
    for (const Comment &comment : m_review->comments()) {
        auto *item = new QTreeWidgetItem(m_ui->comments,
                                         {placeName(comment.target), comment.text, comment.author,
                                          comment.isResolved() ? tr("resolved by %1").arg(comment.resolvedBy) : tr("open")});
        item->setData(0, Qt::UserRole, comment.target);
        item->setData(1, Qt::UserRole, comment.id);
        item->setToolTip(0, item->text(0));
        item->setToolTip(1, comment.text);
        const int cell = m_document->format().indexOf(comment.target);
        if (!comment.isResolved() && cell >= 0)
            notes[cell] << comment.text;
    }
    m_document->setCellNotes(notes);
    // Who and the state take what they need; the place and the remark share the rest, wrapped.
    m_ui->comments->setWordWrap(true);
}

QString ReviewPanel::currentTarget() const
{
    if (!m_editor)
        return QString();
    const int cell = m_editor->currentCell();
    return cell >= 0 ? m_document->format().cell(cell).key : m_editor->currentSection();
}

void ReviewPanel::addComment()
{
    if (!m_review)
        return;
    const ReportReview::Outcome outcome = m_review->addComment(currentTarget(), m_user, m_ui->commentText->text());
    if (!outcome.done) {
        emit failed(outcome.reason);
        return;
    }
    m_ui->commentText->clear();
}

void ReviewPanel::resolveSelected()
{
    const QTreeWidgetItem *item = m_ui->comments->currentItem();
    if (!m_review || !item)
        return;
    const ReportReview::Outcome outcome = m_review->resolveComment(item->data(1, Qt::UserRole).toLongLong(), m_user);
    if (!outcome.done)
        emit failed(outcome.reason);
}

void ReviewPanel::jumpTo(const QString &target)
{
    if (!m_editor)
        return;
    const int cell = m_document->format().indexOf(target);
    if (cell >= 0)
        m_editor->jumpToCell(cell);
    else
        m_editor->showSection(target);
}

bool ReviewPanel::ask(ReviewAction action)
{
    if (!m_review || !m_document)
        return false;
    m_review->reload();
    const ReviewFlow::Check check = ReviewFlow::check(action, m_review->status().state, m_user.role);
    if (!check.step) {
        emit failed(check.refusal);
        return false;
    }
    const QVector<Finding> warnings =
        check.step->needsClean ? m_review->unacknowledged(m_document->validator().findings(), m_document->format()) : QVector<Finding>();
    QStringList lines;
    for (const Finding &warning : warnings)
        lines << warning.message.in(currentLanguage());
    ReviewDialog dialog(*check.step, lines, [&](const ReviewDialog::Answer &answer) {
        QString error;
        for (int index : answer.acknowledged) {
            if (!m_review->acknowledge(warnings[index], m_document->format(), m_user, &error))
                return error;
        }
        const ReportReview::Outcome outcome = m_review->perform(action, m_user, answer.reason, answer.password, *m_document);
        return outcome.done ? QString() : outcome.reason;
    }, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    emit moved();
    return true;
}

void ReviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace nb
