#include "historydialog.h"

#include "formatdefinition.h"
#include "translations.h"
#include "ui_historydialog.h"

#include <QLocale>
#include <QSet>

namespace nb {

HistoryDialog::HistoryDialog(const QVector<ChangeLogEntry> &changes, const QVector<Transition> &transitions,
                             const FormatDefinition &format, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HistoryDialog>())
{
    m_ui->setupUi(this);
    auto place = [&format](const QString &target) {
        const int cell = format.indexOf(target);
        if (cell >= 0)
            return QStringLiteral("%1 (%2)").arg(format.cellLabel(cell, currentLanguage()), target);
        const SectionDef *section = format.section(target);
        return section ? section->heading.in(currentLanguage()) : target;
    };
    struct Row
    {
        QDateTime at;
        QStringList columns;
        QString filterText; // what the cell filter matches: key and label
    };
    QVector<Row> rows;
    for (const ChangeLogEntry &entry : changes) {
        const bool details = entry.what == ChangeKind::Details;
        const bool created = entry.what == ChangeKind::Report;
        const QString where = details ? tr("Contact details and date") : created ? QString() : place(entry.target);
        const QString before = details ? detailsText(entry.oldValue) : entry.oldValue;
        const QString after = details ? detailsText(entry.newValue) : created ? tr("format %1").arg(entry.newValue) : entry.newValue;
        rows.append({entry.at, {QString(), entry.who, changeName(entry.what), where, before, after}, where + QLatin1Char(' ') + entry.target});
    }
    for (const Transition &step : transitions) {
        const QString what = tr("review: %1 → %2").arg(stateName(step.from), stateName(step.to));
        rows.append({step.at, {QString(), step.who, what, tr("revision %1").arg(step.revision), QString(), step.reason}, QString()});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.at < b.at; });
    QSet<QString> people;
    for (Row &row : rows) {
        row.columns[0] = QLocale().toString(row.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        auto *item = new QTreeWidgetItem(m_ui->entries, row.columns);
        item->setData(0, Qt::UserRole, row.filterText);
        people.insert(row.columns[1]);
    }
    m_ui->personFilter->addItem(tr("Everyone"), QString());
    QStringList names(people.begin(), people.end());
    names.sort();
    for (const QString &name : names)
        m_ui->personFilter->addItem(name, name);
    m_ui->entries->resizeColumnToContents(0);
    m_ui->entries->resizeColumnToContents(1);
    m_ui->entries->resizeColumnToContents(2);
    // Long values (a paragraph, the contact details) wrap in the tooltip rather than vanish.
    for (int i = 0; i < m_ui->entries->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->entries->topLevelItem(i);
        for (int column = 3; column < 6; ++column)
            item->setToolTip(column, item->text(column));
    }
    connect(m_ui->cellFilter, &QLineEdit::textChanged, this, &HistoryDialog::applyFilters);
    connect(m_ui->personFilter, &QComboBox::currentIndexChanged, this, &HistoryDialog::applyFilters);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

HistoryDialog::~HistoryDialog() = default;

void HistoryDialog::addAcknowledgements(const QVector<Acknowledgement> &acknowledgements, const FormatDefinition &format)
{
    for (const Acknowledgement &acknowledgement : acknowledgements) {
        // A revision carries the accepted warnings of the one before (same who, when and 说明): each is
        // listed once, when it was written.
        const QString identity = acknowledgement.finding + QLatin1Char('\n') + acknowledgement.message + QLatin1Char('\n')
                                 + acknowledgement.who + QLatin1Char('\n') + acknowledgement.at.toString(Qt::ISODateWithMs);
        if (m_acknowledgementsShown.contains(identity))
            continue;
        m_acknowledgementsShown.insert(identity);
        // finding is "rule:key,key": the first cell is where the warning is marked.
        const QString key = acknowledgement.finding.section(QLatin1Char(':'), 1).section(QLatin1Char(','), 0, 0);
        const int cell = format.indexOf(key);
        const QString where = cell >= 0 ? QStringLiteral("%1 (%2)").arg(format.cellLabel(cell, currentLanguage()), key)
                                        : acknowledgement.finding.section(QLatin1Char(':'), 0, 0);
        auto *item = new QTreeWidgetItem(m_ui->entries, {QLocale().toString(acknowledgement.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                                         acknowledgement.who, tr("warning accepted"), where, acknowledgement.message,
                                                         tr("Note: %1").arg(acknowledgement.note)});
        item->setData(0, Qt::UserRole, where);
        if (m_ui->personFilter->findData(acknowledgement.who) < 0)
            m_ui->personFilter->addItem(acknowledgement.who, acknowledgement.who);
    }
    m_ui->entries->sortItems(0, Qt::AscendingOrder);
    applyFilters();
}

QString HistoryDialog::changeName(ChangeKind kind)
{
    // The change log's kinds, in the words of the form.
    switch (kind) {
    case ChangeKind::Cell:
        return tr("Figure");
    case ChangeKind::Narrative:
        return tr("Text");
    case ChangeKind::Heading:
        return tr("Heading");
    case ChangeKind::Unit:
        return tr("Unit");
    case ChangeKind::Details:
        return tr("Agency details");
    case ChangeKind::Report:
        return tr("Report created");
    case ChangeKind::Unknown:
        break;
    }
    return tr("Other change");
}

QString HistoryDialog::detailsText(const QString &stored)
{
    // Stored as the fields joined by "|", in the order ReportStore::saveDetails writes them.
    if (stored.isEmpty())
        return QString();
    const QStringList values = stored.split(QLatin1Char('|'));
    const QString names[] = {tr("Office"), tr("Address"), tr("Postcode"), tr("Telephone"), tr("Fax"), tr("Email"), tr("Website"), tr("Date")};
    QStringList parts;
    for (int i = 0; i < values.size() && i < 8; ++i) {
        if (!values.at(i).isEmpty())
            parts << tr("%1: %2").arg(names[i], values.at(i));
    }
    if (values.size() > 8 && !values.at(8).isEmpty())
        parts << tr("zeros printed as blank");
    return parts.join(QStringLiteral("; "));
}

void HistoryDialog::applyFilters()
{
    const QString cell = m_ui->cellFilter->text().trimmed();
    const QString person = m_ui->personFilter->currentData().toString();
    for (int i = 0; i < m_ui->entries->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->entries->topLevelItem(i);
        const bool cellMatches = cell.isEmpty() || item->data(0, Qt::UserRole).toString().contains(cell, Qt::CaseInsensitive);
        const bool personMatches = person.isEmpty() || item->text(1) == person;
        item->setHidden(!(cellMatches && personMatches));
    }
}

int HistoryDialog::visibleRows() const
{
    int visible = 0;
    for (int i = 0; i < m_ui->entries->topLevelItemCount(); ++i)
        visible += m_ui->entries->topLevelItem(i)->isHidden() ? 0 : 1;
    return visible;
}

} // namespace nb
