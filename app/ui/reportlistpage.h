#pragma once

#include "reportstore.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ReportListPage;
}

namespace nb {

// The reports of the open database, by agency and year. Activating one asks for it to be opened.
class ReportListPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportListPage(QWidget *parent = nullptr);
    ~ReportListPage() override;

    void setReports(const QVector<ReportSummary> &reports);
    int reportCount() const;

signals:
    void reportActivated(int reportId);

private:
    std::unique_ptr<Ui::ReportListPage> m_ui;
};

// A report state's name for people; the stored key stays English and stable.
QString stateDisplayName(const QString &state);

} // namespace nb
