#pragma once

#include "localizedtext.h"

#include <QString>

class QCoreApplication;

namespace nb {

// The language the user asked for ("zh", "en"), or the system's when empty: English for an English
// system, Simplified Chinese otherwise (including the C locale of servers and CI).
Language languageFromName(const QString &name);
QString languageName(Language language);
// The language the interface is in now (after installTranslations).
Language currentLanguage();
// Installs the application's and Qt's own translations for a language. English needs the
// application's translation only to stay complete; the sources are English.
void installTranslations(QCoreApplication *app, Language language);

} // namespace nb
