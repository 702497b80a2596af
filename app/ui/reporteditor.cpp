#include "reporteditor.h"

#include "icons.h"
#include "reportdocument.h"
#include "reporttablemodel.h"
#include "reporttableview.h"
#include "sectionpage.h"
#include "sectionstate.h"
#include "translations.h"
#include "ui_reporteditor.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStyle>

namespace nb {

ReportEditor::ReportEditor(ReportDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReportEditor>())
    , m_document(document)
{
    m_ui->setupUi(this);
    for (const SectionDef &section : document->format().sections()) {
        auto *page = new SectionPage(document, section, m_ui->sectionPages);
        m_ui->sectionPages->addWidget(page);
        auto *item = new QListWidgetItem(m_ui->sections);
        item->setData(Qt::UserRole, section.id);
    }
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->rightSplitter->setStretchFactor(0, 4);
    m_ui->rightSplitter->setStretchFactor(1, 1);
    m_ui->findings->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->findings->setColumnWidth(0, 90);
    m_ui->findings->setColumnWidth(1, 50);

    connect(m_ui->sections, &QListWidget::currentRowChanged, m_ui->sectionPages, &QStackedWidget::setCurrentIndex);
    connect(m_ui->findings, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activateFinding(item->data(0, Qt::UserRole).toInt()); });
    connect(m_ui->findings, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { activateFinding(item->data(0, Qt::UserRole).toInt()); });
    connect(document, &ReportDocument::cellsChanged, this, [this] {
        updateSectionStates();
        updateFindingsTitle();
    });
    connect(document, &ReportDocument::textChanged, this, [this] {
        updateSectionStates();
        updateFindingsTitle();
    });
    connect(document, &ReportDocument::findingsChanged, this, [this] {
        updateFindings();
        updateSectionStates();
    });
    m_ui->sections->setCurrentRow(0);
    updateSectionStates();
    updateFindings();
}

ReportEditor::~ReportEditor()
{
    // A figure typed but not yet confirmed with Enter is saved, not dropped with the window.
    for (ReportTableView *view : findChildren<ReportTableView *>())
        view->commitOpenEditor();
}

void ReportEditor::showSection(const QString &sectionId)
{
    for (int row = 0; row < m_ui->sections->count(); ++row) {
        if (m_ui->sections->item(row)->data(Qt::UserRole).toString() == sectionId)
            m_ui->sections->setCurrentRow(row);
    }
}

QString ReportEditor::currentSection() const
{
    const QListWidgetItem *item = m_ui->sections->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

SectionPage *ReportEditor::page(const QString &sectionId) const
{
    return findChild<SectionPage *>(QStringLiteral("page_") + sectionId);
}

int ReportEditor::currentCell() const
{
    const SectionPage *current = page(currentSection());
    if (!current)
        return -1;
    int cell = -1;
    for (ReportTableView *view : current->tableViews()) {
        const int here = view->reportModel()->cellAt(view->currentIndex());
        if (here >= 0 && (view->hasFocus() || cell < 0))
            cell = here;
    }
    return cell;
}

ReportTableView *ReportEditor::tableView(const QString &tableId) const
{
    return findChild<ReportTableView *>(tableId);
}

bool ReportEditor::jumpToCell(int cell)
{
    const CellDef &def = m_document->format().cell(cell);
    showSection(def.table->sectionId);
    ReportTableView *view = tableView(def.table->id);
    return view && view->showCell(cell);
}

void ReportEditor::activateFinding(int instance)
{
    const Finding *finding = m_document->validator().findingOf(instance);
    if (finding && !finding->part.isEmpty()) {
        // About a text: show the text box it is about.
        const bool intro = finding->part == QLatin1String("intro");
        showSection(intro ? QStringLiteral("s1") : finding->part);
        if (SectionPage *shown = page(currentSection())) {
            if (auto *text = shown->findChild<QPlainTextEdit *>(intro ? QStringLiteral("intro") : QStringLiteral("narrative")))
                text->setFocus();
        }
        return;
    }
    if (finding && !finding->cells.isEmpty())
        jumpToCell(finding->cells.first());
}

void ReportEditor::updateSectionStates()
{
    const Language language = currentLanguage();
    for (int row = 0; row < m_ui->sections->count(); ++row) {
        QListWidgetItem *item = m_ui->sections->item(row);
        const SectionDef *section = m_document->format().section(item->data(Qt::UserRole).toString());
        const QString custom = m_document->report().heading(section->id);
        const QString heading = custom.isEmpty() ? section->heading.in(language) : custom;
        QString state;
        AppIcon icon = AppIcon::NotStarted;
        switch (sectionState(m_document->report(), m_document->validator(), *section)) {
        case SectionState::Untouched:
            state = tr("not started");
            icon = AppIcon::NotStarted;
            break;
        case SectionState::Incomplete:
            state = tr("cells left blank");
            icon = AppIcon::Incomplete;
            break;
        case SectionState::InProgress:
            state = tr("warnings to check");
            icon = AppIcon::Warning;
            break;
        case SectionState::HasErrors:
            state = tr("has errors");
            icon = AppIcon::Error;
            break;
        case SectionState::Complete:
            state = tr("complete");
            icon = AppIcon::Complete;
            break;
        }
        // The state in words as well as by icon.
        item->setText(QStringLiteral("%1\n    %2").arg(heading, state));
        item->setIcon(appIcon(icon));
        item->setData(Qt::AccessibleDescriptionRole, state);
    }
}

void ReportEditor::updateFindings()
{
    const Language language = currentLanguage();
    QVector<Finding> findings = m_document->validator().findings();
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return a.severity == Severity::Error && b.severity != Severity::Error;
    });
    m_ui->findings->clear();
    for (const Finding &finding : std::as_const(findings)) {
        const bool error = finding.severity == Severity::Error;
        auto *item = new QTreeWidgetItem(m_ui->findings, {error ? tr("Error") : tr("Warning"), finding.ruleId,
                                                          finding.message.in(language)});
        item->setIcon(0, appIcon(error ? AppIcon::Error : AppIcon::Warning));
        item->setToolTip(2, finding.message.in(language));
        item->setData(0, Qt::UserRole, finding.instance);
        item->setData(1, Qt::UserRole, error);
    }
    updateFindingsTitle();
}

void ReportEditor::updateFindingsTitle()
{
    int errors = 0;
    const int count = m_ui->findings->topLevelItemCount();
    for (int i = 0; i < count; ++i)
        errors += m_ui->findings->topLevelItem(i)->data(1, Qt::UserRole).toBool() ? 1 : 0;
    // An empty report satisfies every rule trivially; saying so would mislead.
    bool entered = false;
    for (const SectionDef &section : m_document->format().sections())
        entered = entered || sectionState(m_document->report(), m_document->validator(), section) != SectionState::Untouched;
    QString title;
    if (count > 0)
        title = tr("%1 errors, %2 warnings — click one to go to its cell").arg(errors).arg(count - errors);
    else if (!entered)
        title = tr("Nothing entered yet: the rules are checked as you type.");
    else
        title = tr("No errors or warnings in what is entered so far.");
    m_ui->findingsTitle->setText(title);
}

QStringList ReportEditor::findingLines() const
{
    QStringList lines;
    for (int i = 0; i < m_ui->findings->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->findings->topLevelItem(i);
        lines << QStringLiteral("%1 %2 %3").arg(item->text(0), item->text(1), item->text(2));
    }
    return lines;
}

void ReportEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateSectionStates();
        updateFindings();
    }
    QWidget::changeEvent(event);
}

} // namespace nb
