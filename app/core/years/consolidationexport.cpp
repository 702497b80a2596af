#include "consolidationexport.h"

#include "consolidation.h"
#include "reportexport.h"
#include "tableexchange.h"

#include <QFileInfo>

namespace nb {

bool exportConsolidationFile(const Consolidation &consolidation, const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx"))
        return exportConsolidation(consolidation, path, error);
    return exportReport(consolidation.total(), exportFormatOf(path), path, PublishOptions::of(consolidation.total()), error);
}

} // namespace nb
