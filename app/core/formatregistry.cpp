#include "formatregistry.h"

#include <QFile>

namespace nb {

std::unique_ptr<FormatRegistry> FormatRegistry::fromFiles(const QStringList &paths, QString *error)
{
    auto registry = std::make_unique<FormatRegistry>();
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
            return nullptr;
        }
        auto format = FormatDefinition::fromJson(file.readAll(), error);
        if (!format) {
            *error = QStringLiteral("%1: %2").arg(path, *error);
            return nullptr;
        }
        registry->m_formats.push_back(std::move(format));
    }
    return registry;
}

const FormatRegistry &FormatRegistry::builtin()
{
    static const std::unique_ptr<FormatRegistry> registry = [] {
        QString error;
        auto loaded = fromFiles({QStringLiteral(":/formats/format-2019.json"), QStringLiteral(":/formats/format-2021.json")},
                                &error);
        if (!loaded)
            qFatal("Built-in report format is broken: %s", qPrintable(error));
        return loaded;
    }();
    return *registry;
}

std::shared_ptr<const FormatDefinition> FormatRegistry::format(const QString &id) const
{
    for (const auto &format : m_formats) {
        if (format->id() == id)
            return format;
    }
    return nullptr;
}

QStringList FormatRegistry::ids() const
{
    QStringList ids;
    for (const auto &format : m_formats)
        ids << format->id();
    return ids;
}

std::shared_ptr<const FormatDefinition> FormatRegistry::formatForYear(int year) const
{
    std::shared_ptr<const FormatDefinition> best;
    for (const auto &format : m_formats) {
        if (year >= format->firstYear() && (format->lastYear() == 0 || year <= format->lastYear()))
            return format;
        if (!best || format->firstYear() < best->firstYear())
            best = format; // years before the first format fall back to the oldest
    }
    return best;
}

} // namespace nb
