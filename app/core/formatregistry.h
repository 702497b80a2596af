#pragma once

#include "formatdefinition.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace nb {

// The format versions the application knows, loaded once from the compiled-in resources. Adding a
// format year means adding a data file under resources/formats and its name to the list in the .cpp.
class FormatRegistry
{
public:
    // The built-in formats. Loading is checked by the tests; a broken built-in file is a programming
    // error and stops the application with the reason.
    static const FormatRegistry &builtin();
    // A registry from explicit files, for tests of the loader.
    static std::unique_ptr<FormatRegistry> fromFiles(const QStringList &paths, QString *error);

    std::shared_ptr<const FormatDefinition> format(const QString &id) const;
    QStringList ids() const;
    // The format a report of that year uses by the national rules (R10): 2019 up to 2020, then 2021.
    std::shared_ptr<const FormatDefinition> formatForYear(int year) const;

private:
    std::vector<std::shared_ptr<const FormatDefinition>> m_formats;
};

} // namespace nb
