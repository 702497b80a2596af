#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace nb {

Language languageFromName(const QString &name)
{
    if (name.startsWith(QLatin1String("en")))
        return Language::English;
    if (name.startsWith(QLatin1String("zh")))
        return Language::Chinese;
    return QLocale::system().language() == QLocale::English ? Language::English : Language::Chinese;
}

QString languageName(Language language)
{
    return language == Language::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

Language currentLanguage()
{
    return languageFromName(QLocale().name());
}

void installTranslations(QCoreApplication *app, Language language)
{
    // Switching language replaces the translators installed before; installing sends LanguageChange
    // to every widget, which retranslates itself.
    static QTranslator *own = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator *old : {own, qt}) {
        if (old) {
            app->removeTranslator(old);
            delete old;
        }
    }
    QLocale::setDefault(QLocale(language == Language::English ? QLocale::English : QLocale::Chinese,
                                language == Language::English ? QLocale::UnitedStates : QLocale::China));
    const QString name = languageName(language);
    own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/nianbao_") + name))
        app->installTranslator(own);
    qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + name, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
}

} // namespace nb
