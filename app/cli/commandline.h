#pragma once

#include <QStringList>

class QCommandLineParser;

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
// The options of the application itself (without a command): --lang, --db, --report, --user and the
// file, described in the current language. The window's parser and --help both use them (--help has
// --lang already: withLanguage false).
void addApplicationOptions(QCommandLineParser &parser, bool withLanguage = true);
// The value of --lang among the arguments, read before any parser runs (its messages need it); empty if none.
QString languageArgument(const QStringList &arguments);

} // namespace nb::cli
