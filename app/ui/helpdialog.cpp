#include "helpdialog.h"

#include "translations.h"
#include "ui_helpdialog.h"

#include <QFile>

namespace nb {

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HelpDialog>())
{
    m_ui->setupUi(this);
    resize(760, 620);
    QFile page(currentLanguage() == Language::English ? QStringLiteral(":/help/manual_en.html") : QStringLiteral(":/help/manual_zh.html"));
    if (page.open(QIODevice::ReadOnly))
        m_ui->browser->setHtml(QString::fromUtf8(page.readAll()));
    else
        m_ui->browser->setPlainText(tr("The manual is missing from this build of Nianbao."));
}

HelpDialog::~HelpDialog() = default;

QString HelpDialog::text() const
{
    return m_ui->browser->toPlainText();
}

} // namespace nb
