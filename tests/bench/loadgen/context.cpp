// SPDX-License-Identifier: Apache-2.0
#include "context.h"

#include "clock.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QUrl>
#include <QUrlQuery>
#include <thread>

namespace inkboard::bench {

void Result::addRow(const QString &metric, const QString &value, const QString &target,
                    std::optional<bool> met)
{
    QJsonObject row{{QStringLiteral("metric"), metric},
                    {QStringLiteral("value"), value},
                    {QStringLiteral("target"), target}};
    if (met)
        row.insert(QStringLiteral("met"), *met);
    rows.append(row);
}

void Result::addCpu(const CpuMeter &cpu)
{
    QJsonObject o{
        {QStringLiteral("wall_s"), cpu.wallSeconds()},
        {QStringLiteral("generator_cores"), cpu.generatorCores()},
        {QStringLiteral("generator_busiest_thread_cores"), cpu.busiestGeneratorThreadCores()}};
    if (auto s = cpu.serverCores())
        o.insert(QStringLiteral("server_cores"), *s);
    figures.insert(QStringLiteral("cpu"), o);
}

QJsonObject Result::toJson() const
{
    return {{QStringLiteral("scenario"), scenario},
            {QStringLiteral("params"), params},
            {QStringLiteral("figures"), figures},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
}

QString Result::toText() const
{
    QString out =
        QStringLiteral("== %1 %2\n")
            .arg(scenario, QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact)));
    for (const QJsonValue &v : rows) {
        const QJsonObject r = v.toObject();
        out += QStringLiteral("  %1: %2")
                   .arg(r.value(QLatin1String("metric")).toString(),
                        r.value(QLatin1String("value")).toString());
        const QString target = r.value(QLatin1String("target")).toString();
        if (!target.isEmpty()) {
            out +=
                QStringLiteral("  (target %1: %2)")
                    .arg(target, r.value(QLatin1String("met")).toBool() ? QStringLiteral("met")
                                                                        : QStringLiteral("MISSED"));
        }
        out += QLatin1Char('\n');
    }
    const QJsonObject cpu = figures.value(QLatin1String("cpu")).toObject();
    if (!cpu.isEmpty()) {
        out += QStringLiteral("  cpu: generator %1 cores (busiest thread %2), server %3 cores\n")
                   .arg(cpu.value(QLatin1String("generator_cores")).toDouble(), 0, 'f', 2)
                   .arg(cpu.value(QLatin1String("generator_busiest_thread_cores")).toDouble(), 0,
                        'f', 2)
                   .arg(cpu.value(QLatin1String("server_cores")).toDouble(), 0, 'f', 2);
    }
    for (const QString &p : problems)
        out += QStringLiteral("  PROBLEM: %1\n").arg(p);
    return out;
}

Context::Context(Options options) : m_options(std::move(options))
{
    m_runTag = QString::number(QRandomGenerator::global()->generate(), 36);
}

Context::~Context() = default;

bool Context::connect(QString *error)
{
    if (!m_options.serverBinary.isEmpty()) {
        m_server = std::make_unique<ServerProcess>(m_options.serverBinary, m_options.serverArgs,
                                                   m_options.dataDir, m_options.serverEnv);
        if (!m_server->addUser(m_options.user, m_options.password, error))
            return false;
        if (!m_server->start(error))
            return false;
        m_endpoint.host = m_server->host();
        m_endpoint.port = m_server->port();
    } else {
        const QUrl url(m_options.url);
        if (!url.isValid() || url.scheme() != QLatin1String("http") || url.port() <= 0) {
            *error = QStringLiteral("--url must be http://HOST:PORT");
            return false;
        }
        m_endpoint.host = url.host();
        m_endpoint.port = quint16(url.port());
    }
    m_api = std::make_unique<Api>(m_endpoint);
    return login(error);
}

bool Context::login(QString *error)
{
    const auto info = m_api->info(error);
    if (!info)
        return false;
    m_limits = info->limits;
    m_endpoint.token = m_api->login(m_options.user, m_options.password, error);
    return !m_endpoint.token.isEmpty();
}

bool Context::restartServer(QString *error, qint64 *stopNs, qint64 *startNs)
{
    if (!m_server) {
        *error = QStringLiteral("restart needs --server-binary");
        return false;
    }
    m_api.reset(); // its keep-alive connection goes with the old process
    if (!m_server->stop(error, stopNs))
        return false;
    if (!m_server->start(error, startNs))
        return false;
    m_endpoint.host = m_server->host();
    m_endpoint.port = m_server->port();
    m_api = std::make_unique<Api>(m_endpoint); // keeps the token: it outlives a restart
    return true;
}

Endpoint Context::endpoint(int index) const
{
    Endpoint e = m_endpoint;
    if (m_options.sourceAddresses > 1) {
        e.source =
            QHostAddress(QStringLiteral("127.0.0.%1").arg(2 + index % m_options.sourceAddresses));
    }
    return e;
}

Endpoint Context::wsEndpoint(int index) const
{
    Endpoint e = endpoint(index);
    if (m_options.tokenInQuery)
        e.token.clear();
    return e;
}

qint64 Context::serverPid() const
{
    return m_server ? m_server->pid() : m_options.serverPid;
}

QString Context::newDrawingId(const QString &what)
{
    return QStringLiteral("bench-%1-%2-%3").arg(m_runTag, what).arg(++m_drawingCounter);
}

QByteArray Context::wsPath(const QString &drawingId) const
{
    QByteArray path = "/api/v1/drawings/" + drawingId.toUtf8() + "/ws";
    if (m_options.tokenInQuery)
        path += "?access_token=" + QUrl::toPercentEncoding(QString::fromUtf8(m_endpoint.token));
    return path;
}

QStringList Context::createDrawings(int count, const QString &what, QString *error)
{
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        const QString id = newDrawingId(what);
        if (!m_api->createDrawing(id, QStringLiteral("bench %1").arg(what), error))
            return {};
        ids.append(id);
    }
    return ids;
}

Result Context::newResult(const QString &scenario) const
{
    Result r;
    r.scenario = scenario;
    r.params = {{QStringLiteral("threads"), m_options.threads},
                {QStringLiteral("cores"), int(std::thread::hardware_concurrency())},
                {QStringLiteral("kernel"), QSysInfo::kernelVersion()}};
    if (!m_options.label.isEmpty())
        r.params.insert(QStringLiteral("label"), m_options.label);
    return r;
}

} // namespace inkboard::bench
