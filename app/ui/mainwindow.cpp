#include "mainwindow.h"

#include "formatregistry.h"
#include "translations.h"
#include "ui_mainwindow.h"

#include <QLocale>

namespace nb {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    const Language language = languageFromName(QLocale().name());
    QStringList names;
    for (const QString &id : FormatRegistry::builtin().ids())
        names << FormatRegistry::builtin().format(id)->name().in(language);
    m_ui->formatsLabel->setText(tr("Report formats loaded: %1").arg(names.join(tr(", "))));
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
}

MainWindow::~MainWindow() = default;

} // namespace nb
