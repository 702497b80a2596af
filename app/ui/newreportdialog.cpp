#include "newreportdialog.h"

#include "formatregistry.h"
#include "inputlimits.h"
#include "translations.h"
#include "ui_newreportdialog.h"

#include <QDate>
#include <QLocale>
#include <QPushButton>

namespace nb {

NewReportDialog::NewReportDialog(const QStringList &agencies, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewReportDialog>())
{
    m_ui->setupUi(this);
    m_ui->agency->addItems(agencies);
    m_ui->agency->setCurrentText(agencies.value(0));
    const Language language = currentLanguage();
    for (const QString &id : FormatRegistry::builtin().ids())
        m_ui->format->addItem(FormatRegistry::builtin().format(id)->name().in(language), id);
    // Reports are written in the first months of the year after the one they cover.
    m_ui->year->setValue(QDate::currentDate().year() - 1);
    followYear();
    connect(m_ui->year, &QSpinBox::valueChanged, this, &NewReportDialog::followYear);
    connect(m_ui->format, &QComboBox::currentIndexChanged, this, &NewReportDialog::updateNote);
    connect(m_ui->agency, &QComboBox::currentTextChanged, this, &NewReportDialog::updateNote);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

NewReportDialog::~NewReportDialog() = default;

QString NewReportDialog::agency() const
{
    return m_ui->agency->currentText().trimmed();
}

int NewReportDialog::year() const
{
    return m_ui->year->value();
}

QString NewReportDialog::formatId() const
{
    return m_ui->format->currentData().toString();
}

void NewReportDialog::setAgency(const QString &agency)
{
    m_ui->agency->setCurrentText(agency);
}

void NewReportDialog::setYear(int year)
{
    m_ui->year->setValue(year);
}

void NewReportDialog::followYear()
{
    m_ui->format->setCurrentIndex(m_ui->format->findData(FormatRegistry::builtin().formatForYear(year())->id()));
    updateNote();
}

void NewReportDialog::updateNote()
{
    const auto expected = FormatRegistry::builtin().formatForYear(year());
    m_ui->formatNote->setText(formatId() == expected->id()
                                  ? tr("Reports on %1 use this format.").arg(year())
                                  : tr("⚠ Reports on %1 use another format; this one will be flagged (rule R10).").arg(year()));
    // A pasted name with a line break, direction override or zero-width character: the same rule as a file's.
    const QString problem = limits::oneLineProblem(agency());
    if (!problem.isEmpty())
        m_ui->formatNote->setText(tr("⚠ The agency name %1.").arg(problem));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!agency().isEmpty() && problem.isEmpty());
}

} // namespace nb
