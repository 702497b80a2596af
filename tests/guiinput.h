#pragma once

#include "mainwindow.h"
#include "reportdocument.h"
#include "reporteditor.h"
#include "reporttablemodel.h"
#include "reporttableview.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QtTest>

#include <functional>

// Input as a person gives it, for the GUI tests.

// Chinese text arrives from an input method, which commits it whole (QTest::keyClicks types Latin-1 only).
inline void commitText(QWidget *widget, const QString &text)
{
    QVERIFY(widget);
    widget->setFocus();
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(widget, &commit);
}

// Shows the cell's section, puts the cursor on the cell and types as a clerk does: the first key opens
// the cell's editor, the rest go to the editor, and Enter (or Tab) commits. Text with non-ASCII
// characters (full-width digits, U+3000) arrives as an input method commits it.
inline void typeIntoCell(nb::MainWindow &window, int cell, const QString &text, Qt::Key finish = Qt::Key_Return)
{
    window.activateWindow(); // a dialog just closed may have left no window active
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const nb::CellDef &def = window.document()->format().cell(cell);
    window.editor()->showSection(def.table->sectionId);
    nb::ReportTableView *view = window.editor()->tableView(def.table->id);
    QVERIFY(view);
    QVERIFY(view->showCell(cell));
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) {
        QTest::keyClicks(view, text.left(1));
    } else {
        commitText(view, text);
    }
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor);
    if (ascii && text.size() > 1)
        QTest::keyClicks(editor, text.mid(1));
    QTest::keyClick(editor, finish);
    QCoreApplication::processEvents(); // the delegate commits on a queued call
}

// Calls open(); when the modal dialog it opens is shown, fill() fills it in and OK is clicked. Returns
// what the dialog said if it refused to close (it is then cancelled), or an empty string when it closed.
inline QString answerDialog(const std::function<void()> &open, const std::function<void(QDialog *)> &fill)
{
    QString refusal = QStringLiteral("no dialog opened");
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        fill(dialog);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        refusal.clear();
        if (dialog->isVisible()) {
            refusal = dialog->findChild<QLabel *>(QStringLiteral("message"))->text();
            dialog->reject();
        }
    });
    open();
    return refusal;
}

// The same for the dialog an action opens.
inline QString answerDialog(QAction *action, const std::function<void(QDialog *)> &fill)
{
    return answerDialog([action] { action->trigger(); }, fill);
}
