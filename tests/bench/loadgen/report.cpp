// SPDX-License-Identifier: Apache-2.0
#include "scenarios.h"

#include <QJsonArray>

namespace inkboard::bench {

QString markdownReport(const QList<QJsonObject> &results)
{
    QString out = QStringLiteral("| Benchmark | Inkboard | Target | Met | CPU: server / generator "
                                 "(busiest thread), cores |\n|---|---|---|---|---|\n");
    for (const QJsonObject &result : results) {
        const QJsonObject cpu = result.value(QLatin1String("figures"))
                                    .toObject()
                                    .value(QLatin1String("cpu"))
                                    .toObject();
        QString cpuText;
        if (cpu.contains(QLatin1String("generator_cores"))) {
            cpuText =
                QStringLiteral("%1 / %2 (%3)")
                    .arg(fmt(cpu.value(QLatin1String("server_cores")).toDouble(), 2),
                         fmt(cpu.value(QLatin1String("generator_cores")).toDouble(), 2),
                         fmt(cpu.value(QLatin1String("generator_busiest_thread_cores")).toDouble(),
                             2));
        } else if (cpu.contains(QLatin1String("server_cores"))) {
            cpuText = fmt(cpu.value(QLatin1String("server_cores")).toDouble(), 2);
        }
        const QJsonArray problems = result.value(QLatin1String("problems")).toArray();
        bool firstRow = true;
        for (const QJsonValue &v : result.value(QLatin1String("rows")).toArray()) {
            const QJsonObject row = v.toObject();
            QString met;
            if (row.contains(QLatin1String("met")))
                met = row.value(QLatin1String("met")).toBool() ? QStringLiteral("yes")
                                                               : QStringLiteral("**no**");
            QString value = row.value(QLatin1String("value")).toString();
            if (!problems.isEmpty())
                value += QStringLiteral(" (invalid: %1)").arg(problems.first().toString());
            out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                       .arg(row.value(QLatin1String("metric")).toString(), value,
                            row.value(QLatin1String("target")).toString(), met,
                            firstRow ? cpuText : QString());
            firstRow = false;
        }
        if (result.value(QLatin1String("rows")).toArray().isEmpty()) {
            out += QStringLiteral("| %1 | failed: %2 | | | |\n")
                       .arg(result.value(QLatin1String("scenario")).toString(),
                            problems.isEmpty() ? QString() : problems.first().toString());
        }
    }
    return out;
}

} // namespace inkboard::bench
