#pragma once

#include <QStringList>

namespace nb::cli {

// Exit codes of every command: 0 no error, 1 the report has errors, 2 the input could not be read.
enum ExitCode { Ok = 0, HasErrors = 1, Unreadable = 2 };

// True when the arguments name a command (or --help / --version) rather than starting the GUI.
bool isCommandLine(const QStringList &arguments);
// True for commands that lay out or parse rich text (export, import-published): they need a
// QGuiApplication.
bool needsFonts(const QStringList &arguments);
// Runs a command; needs a QCoreApplication (a QGuiApplication where needsFonts()).
int run(const QStringList &arguments);

} // namespace nb::cli
