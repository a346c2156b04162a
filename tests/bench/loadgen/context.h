// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api.h"
#include "endpoint.h"
#include "model/limits.h"
#include "options.h"
#include "proc_stats.h"
#include "server_process.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <memory>

namespace inkboard::bench {

// What a scenario reports: its parameters, its figures, Markdown rows for the table of
// docs/BENCHMARKS.md, and every problem seen (a run with problems is not a measurement).
struct Result
{
    QString scenario;
    QJsonObject params;
    QJsonObject figures;
    QJsonArray rows;
    QStringList problems;

    // A row of the Markdown table. `target` and `met` may be empty when there is no target.
    void addRow(const QString &metric, const QString &value, const QString &target = {},
                std::optional<bool> met = std::nullopt);
    void addCpu(const CpuMeter &cpu);
    QJsonObject toJson() const;
    QString toText() const;
};

// The server under test and our session on it.
class Context
{
public:
    explicit Context(Options options);
    ~Context();

    const Options &options() const { return m_options; }
    bool connect(QString *error);

    Api &api() { return *m_api; }
    // The endpoint with our token; connection `index` gets a source address in rotation.
    Endpoint endpoint(int index = 0) const;
    // The same for a WebSocket: without the header token when it goes in the query.
    Endpoint wsEndpoint(int index = 0) const;
    const Limits &limits() const { return m_limits; }
    qint64 serverPid() const;
    ServerProcess *server() { return m_server.get(); }
    // Restarts a started server on the same data folder; timings in the out parameters.
    bool restartServer(QString *error, qint64 *stopNs, qint64 *startNs);

    // A fresh drawing id of this run and the WebSocket path of a drawing.
    QString newDrawingId(const QString &what);
    QByteArray wsPath(const QString &drawingId) const;
    // Creates `count` drawings, returning their ids; empty and *error on failure.
    QStringList createDrawings(int count, const QString &what, QString *error);
    // The common part of every result's params.
    Result newResult(const QString &scenario) const;

private:
    bool login(QString *error);

    Options m_options;
    std::unique_ptr<ServerProcess> m_server;
    Endpoint m_endpoint;
    std::unique_ptr<Api> m_api;
    Limits m_limits;
    QString m_runTag;
    int m_drawingCounter = 0;
};

} // namespace inkboard::bench
