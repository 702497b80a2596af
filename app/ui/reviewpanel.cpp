#include "reviewpanel.h"

#include "reportdocument.h"
#include "reporteditor.h"
#include "reportlistpage.h"
#include "reportreview.h"
#include "reviewdialog.h"
#include "translations.h"
#include "ui_reviewpanel.h"

#include <QEvent>
#include <QInputDialog>
#include <QHeaderView>
#include <QLocale>
#include <QSet>

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
    m_ui->verifyFlag->setEnabled(commentable);
    m_ui->resolveComment->setEnabled(open);
    if (!open) {
        m_ui->state->clear();
        return;
    }
    const ReviewStatus &status = m_review->status();
    // Marked signed is not signed: the state says what the signature check found (never 已签发 unless it holds).
    const QString shownState = status.state == ReportState::Signed && !m_review->signOffCheck().holds()
                                   ? stateDisplayName(m_review->signOffCheck().stateIdFor(stateId(status.state)))
                                   : stateName(status.state);
    QString state = tr("<b>%1</b> · revision %2 · you are %3 (%4)")
                        .arg(shownState)
                        .arg(status.revision)
                        .arg(m_user.name.toHtmlEscaped(), roleName(m_user.role));
    const SignOffCheck &check = m_review->signOffCheck();
    if (status.signOff && check.holds()) {
        state += QLatin1String("<br>")
                 + tr("Signed off by %1 on %2, signature valid (key %3)")
                       .arg(status.signOff->who.toHtmlEscaped(),
                            QLocale().toString(status.signOff->at.toLocalTime(), QLocale::ShortFormat), check.fingerprint);
    }
    m_ui->state->setText(state);
    if (check.verdict == SignOffCheck::Verdict::Untrusted) {
        m_ui->tamperBanner->setText(tr("⚠ Signer not trusted: %1. It is not shown or published as signed; add the key "
                                       "to the trusted list, or have a supervisor reopen it and sign again.")
                                        .arg(check.problem));
    } else if (m_review->isTampered()) {
        m_ui->tamperBanner->setText(tr("⚠ Signature invalid: %1. Someone changed the database outside Nianbao. It cannot be "
                                       "published as signed; a supervisor must reopen it, check it and sign again.")
                                        .arg(check.problem));
    }

    QHash<int, QStringList> notes;
    for (const Comment &comment : m_review->comments()) {
        const QString text = comment.verify ? tr("To verify: %1").arg(comment.text) : comment.text;
        QString status = comment.isResolved() ? tr("resolved by %1").arg(comment.resolvedBy) : tr("open");
        if (!comment.answer.isEmpty())
            status = tr("answered by %1: %2").arg(comment.resolvedBy, comment.answer);
        auto *item = new QTreeWidgetItem(m_ui->comments, {placeName(comment.target), text, comment.author, status});
        item->setData(0, Qt::UserRole, comment.target);
        item->setData(1, Qt::UserRole, comment.id);
        item->setData(2, Qt::UserRole, comment.verify);
        item->setToolTip(0, item->text(0));
        item->setToolTip(1, text);
        item->setToolTip(3, status);
        const int cell = m_document->format().indexOf(comment.target);
        if (!comment.isResolved() && cell >= 0)
            notes[cell] << text;
    }
    // The clerk's 说明 for each accepted warning, beside the cell the warning marks: what the supervisor
    // reads before signing.
    // Only the notes of warnings still standing as they were accepted: a revision carries the last one's
    // notes, and a warning whose numbers changed since waits for a new one.
    QSet<QString> standing;
    for (const Finding &finding : m_document->validator().findings()) {
        if (finding.severity == Severity::Warning)
            standing.insert(ReportReview::findingKey(finding, m_document->format()) + QLatin1Char('\n') + finding.message.zh);
    }
    for (const Acknowledgement &acknowledgement : m_review->acknowledgements()) {
        if (acknowledgement.note.isEmpty() || !standing.contains(acknowledgement.finding + QLatin1Char('\n') + acknowledgement.message))
            continue;
        const QString firstKey = acknowledgement.finding.section(QLatin1Char(':'), 1).section(QLatin1Char(','), 0, 0);
        const int cell = m_document->format().indexOf(firstKey);
        if (cell >= 0)
            notes[cell] << tr("Note (%1): %2").arg(acknowledgement.who, acknowledgement.note);
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
    const ReportReview::Outcome outcome =
        m_review->addComment(currentTarget(), m_user, m_ui->commentText->text(), m_ui->verifyFlag->isChecked());
    if (!outcome.done) {
        emit failed(outcome.reason);
        return;
    }
    m_ui->commentText->clear();
    m_ui->verifyFlag->setChecked(false);
}

void ReviewPanel::resolveSelected()
{
    const QTreeWidgetItem *item = m_ui->comments->currentItem();
    if (!m_review || !item)
        return;
    // A 待核实 flag is answered with what was checked; a plain comment is only marked resolved.
    QString answer;
    if (item->data(2, Qt::UserRole).toBool()) {
        bool ok = false;
        answer = QInputDialog::getText(this, tr("Answer a Flag to Verify"), tr("What was checked, and what it showed:"), QLineEdit::Normal,
                                       QString(), &ok);
        if (!ok)
            return;
    }
    const ReportReview::Outcome outcome = m_review->resolveComment(item->data(1, Qt::UserRole).toLongLong(), m_user, answer);
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
    // Judged as the step will judge them: with the checks made only at submission and sign-off.
    const QVector<Finding> warnings =
        check.step->needsClean
            ? m_review->unacknowledged(ReportReview::findingsAt(*m_document, check.step->to == ReportState::Signed, QDate::currentDate()),
                                       m_document->format())
            : QVector<Finding>();
    QStringList lines;
    for (const Finding &warning : warnings)
        lines << warning.message.in(currentLanguage());
    ReviewDialog dialog(*check.step, lines, [&](const ReviewDialog::Answer &answer) {
        QString error;
        for (int index = 0; index < answer.notes.size() && index < warnings.size(); ++index) {
            if (!answer.notes.at(index).isEmpty() && !m_review->acknowledge(warnings[index], m_document->format(), m_user, answer.notes.at(index), &error))
                return error;
        }
        const ReportReview::Outcome outcome =
            m_review->perform(action, m_user, answer.reason, answer.password, *m_document, answer.reportDate);
        return outcome.done ? QString() : outcome.reason;
    }, this);
    // The 落款 is dated as the report is signed off: proposed today, printed as the supervisor sets it.
    if (action == ReviewAction::SignOff)
        dialog.askReportDate(QDate::currentDate());
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
