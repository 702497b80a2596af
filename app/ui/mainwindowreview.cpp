// MainWindow: who is working, the review menu and panel, the banner. The rest is in mainwindow.cpp.
#include "mainwindow.h"

#include "boarddialog.h"
#include "historydialog.h"
#include "icons.h"
#include "reportdocument.h"
#include "reporteditor.h"
#include "reportreview.h"
#include "reportstore.h"
#include "reviewpanel.h"
#include "signature.h"
#include "signindialog.h"
#include "systemuser.h"
#include "ui_mainwindow.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace nb {

namespace {

// The review dock's first width, at a 17 px line (it scales with the font): room for a remark's place
// and words wrapped, leaving a 1366 px screen's table 三 all seven value columns beside its labels.
constexpr int ReviewDockWidth = 300;

// The remembered user of a file, by the file's path.
QString rememberedUserKey(const QString &path)
{
    return QStringLiteral("users/") + QString::fromLatin1(path.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

} // namespace

QVector<std::pair<QAction *, ReviewAction>> MainWindow::reviewStepActions() const
{
    return {{m_ui->actionSubmit, ReviewAction::Submit},
            {m_ui->actionReturn, ReviewAction::Return},
            {m_ui->actionSignOff, ReviewAction::SignOff},
            {m_ui->actionReopen, ReviewAction::Reopen}};
}

void MainWindow::setupReview()
{
    m_user = {systemUserName(), Role::Clerk};
    m_reviewPanel = new ReviewPanel(this);
    m_reviewDock = new QDockWidget(tr("Review"), this);
    m_reviewDock->setObjectName(QStringLiteral("reviewDock"));
    m_reviewDock->setWidget(m_reviewPanel);
    m_reviewDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, m_reviewDock);
    m_ui->menuView->addAction(m_reviewDock->toggleViewAction());
    // The dock's float and close buttons drawn as vectors (the style's are 10 px pixmaps, blurred at
    // 200 %); the dock sets the style's again when it floats or docks.
    auto drawnButtons = [this] {
        if (auto *button = m_reviewDock->findChild<QAbstractButton *>(QStringLiteral("qt_dockwidget_floatbutton")))
            button->setIcon(appIcon(AppIcon::DockFloat));
        if (auto *button = m_reviewDock->findChild<QAbstractButton *>(QStringLiteral("qt_dockwidget_closebutton")))
            button->setIcon(appIcon(AppIcon::DockClose));
    };
    drawnButtons();
    connect(m_reviewDock, &QDockWidget::topLevelChanged, this, drawnButtons);
    connect(m_reviewDock, &QDockWidget::featuresChanged, this, drawnButtons);
    // The dock takes width from the tables: the first time narrow (the remarks wrap), then as wide as
    // the person last left it (window/reviewDockWidth).
    connect(m_reviewDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible) {
            if (m_reviewDock->property("sized").toBool() && !m_reviewDock->isFloating() && m_reviewDock->width() > 0)
                keepSetting(QStringLiteral("window/reviewDockWidth"), m_reviewDock->width());
            return;
        }
        if (m_reviewDock->property("sized").toBool() || m_reviewDock->isFloating())
            return;
        m_reviewDock->setProperty("sized", true);
        const int remembered = QSettings()
                                   .value(QStringLiteral("window/reviewDockWidth"), int(ReviewDockWidth * m_reviewPanel->fontMetrics().height() / 17.0))
                                   .toInt();
        resizeDocks({m_reviewDock}, {std::max(remembered, m_reviewDock->minimumSizeHint().width())}, Qt::Horizontal);
    });
    m_userLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_userLabel);

    for (const auto &[action, step] : reviewStepActions())
        connect(action, &QAction::triggered, this, [this, step = step] { m_reviewPanel->ask(step); });
    connect(m_ui->actionHistory, &QAction::triggered, this, &MainWindow::showHistory);
    connect(m_ui->actionSwitchUser, &QAction::triggered, this, &MainWindow::askWhoIsWorking);
    connect(m_reviewPanel, &ReviewPanel::moved, this, &MainWindow::reopenCurrent);
    connect(m_reviewPanel, &ReviewPanel::failed, this, &MainWindow::showError);

    // The collecting office's board of the open database: last year's reports by default, the ones
    // being collected now.
    QAction *board = m_ui->menuReview->addAction(tr("Collection &Board…"));
    board->setObjectName(QStringLiteral("actionBoard"));
    connect(board, &QAction::triggered, this, [this] {
        if (!m_store)
            return;
        BoardDialog dialog(*m_store, m_user, QDate::currentDate().year() - 1, this);
        connect(&dialog, &BoardDialog::consolidateRequested, this, &MainWindow::consolidate);
        dialog.exec();
        reopenCurrent(); // a report sent back from the board is no longer under review
    });
}

void MainWindow::restoreUser()
{
    m_user = {systemUserName(), Role::Clerk};
    m_signedIn = false;
    // A clerk is taken back by name; a supervisor proves it again with the password.
    const QString remembered = QSettings().value(rememberedUserKey(m_store->path())).toString();
    for (const User &user : m_store->users()) {
        if (user.name == remembered && user.role == Role::Clerk) {
            m_user = user;
            m_signedIn = true;
        }
    }
    updateReviewActions();
}

bool MainWindow::signIn(const QString &name, const QString &password)
{
    if (!m_store) {
        m_lastError = tr("No database is open.");
        return false;
    }
    for (const User &user : m_store->users()) {
        if (user.name != name)
            continue;
        if (user.role == Role::Supervisor && !m_store->checkPassword(name, password)) {
            m_lastError = tr("The password of %1 is not right.").arg(name);
            return false;
        }
        if (user.role == Role::Supervisor && !m_store->isReadOnly()) {
            // A supervisor signing in on their own computer: their key (made now if the file predates
            // signatures) is trusted here, and on a server in its trusted_keys table.
            QString error;
            const std::optional<KeyPair> key = m_store->signingKey(name, password, &error);
            if (!key || !TrustList::trustLocally(key->publicKey, name, &error)
                || !m_store->trustOnServer(key->publicKey, name, name, &error)) {
                m_lastError = error;
                return false;
            }
        }
        m_user = user;
        m_signedIn = true;
        keepSetting(rememberedUserKey(m_store->path()), name);
        reopenCurrent();
        return true;
    }
    m_lastError = tr("%1 is not a user of this file.").arg(name);
    return false;
}

bool MainWindow::join(const User &user, const QString &password, const std::optional<std::pair<QString, QString>> &vouch)
{
    QString error;
    if (!m_store || !m_store->addUser(user, password, vouch, &error)) {
        m_lastError = m_store ? error : tr("No database is open.");
        return false;
    }
    return signIn(user.name.trimmed(), password);
}

void MainWindow::askWhoIsWorking()
{
    if (!m_store)
        return;
    // The last name used with this file; never the computer's login name, which is rarely the name a
    // colleague knows the clerk by.
    const QString suggested = QSettings().value(rememberedUserKey(m_store->path())).toString();
    SignInDialog dialog(m_store->users(), m_signedIn ? m_user.name : suggested,
                        [this](const SignInDialog::Request &request) {
                            const bool ok = request.isNew ? join(request.user, request.password, request.vouch)
                                                          : signIn(request.user.name, request.password);
                            return ok ? QString() : m_lastError;
                        },
                        this);
    dialog.exec();
}

void MainWindow::reopenCurrent()
{
    if (m_document) {
        const QString section = m_editor ? m_editor->currentSection() : QString();
        openReport(m_document->reportId());
        if (m_editor && !section.isEmpty())
            m_editor->showSection(section);
        refreshReports();
    }
    updateReviewActions();
}

void MainWindow::updateReviewActions()
{
    const ReportReview *review = m_document ? m_reviewPanel->review() : nullptr;
    const bool writable = m_store && !m_store->isReadOnly();
    for (const auto &[action, step] : reviewStepActions())
        action->setEnabled(review && writable && ReviewFlow::offered(step, review->status().state, m_user.role));
    m_ui->actionHistory->setEnabled(review);
    m_ui->actionSwitchUser->setEnabled(m_store != nullptr && writable);
    m_userLabel->setText(m_signedIn ? tr("%1: %2").arg(roleName(m_user.role), m_user.name)
                                    : tr("%1 (not signed in)").arg(m_user.name));
}

void MainWindow::showBanner()
{
    QString text;
    if (!m_lockedBy.isEmpty()) {
        text = tr("⚠ Read only: this file is being edited in another window or on another computer — %1. "
                  "You can read every report; to edit, close the other session and open the file again.")
                   .arg(m_lockedBy);
    } else if (m_document && !m_document->lockReason().isEmpty()) {
        text = tr("Read only: %1.").arg(m_document->lockReason());
    } else if (m_document && m_reviewPanel->review() && m_reviewPanel->review()->status().state == ReportState::Returned) {
        // The clerk must see why the report came back, where they work on it.
        const QVector<Transition> moves = m_store->transitions(m_document->reportId());
        for (auto it = moves.crbegin(); it != moves.crend(); ++it) {
            if (it->to == ReportState::Returned) {
                text = tr("Returned for changes by %1 on %2: %3")
                           .arg(it->who, QLocale().toString(it->at.toLocalTime(), QLocale::ShortFormat), it->reason);
                break;
            }
        }
    }
    m_ui->readOnlyBanner->setText(text);
    m_ui->readOnlyBanner->setVisible(!text.isEmpty());
}

void MainWindow::showHistory()
{
    if (!m_document)
        return;
    HistoryDialog dialog(m_store->changeLog(m_document->reportId()), m_store->transitions(m_document->reportId()),
                         m_document->format(), this);
    // Every revision's accepted warnings and their 说明 stay in the history.
    const int revisions = m_reviewPanel->review() ? m_reviewPanel->review()->status().revision : 1;
    for (int revision = 1; revision <= revisions; ++revision)
        dialog.addAcknowledgements(m_store->acknowledgements(m_document->reportId(), revision), m_document->format());
    dialog.exec();
}

} // namespace nb
