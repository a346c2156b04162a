// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace inkboard::bench {

// An inkboard-server the generator starts itself (--server-binary): a data folder (a fresh
// temporary one unless given), a user made with `user add --password-stdin`, the server on
// 127.0.0.1:0 and its `listening on http://HOST:PORT` line (PROTOCOL.md §7). Knowing its
// process lets the generator read its RSS and CPU and restart it on the same folder.
class ServerProcess
{
public:
    ServerProcess(QString binary, QStringList extraArgs, QString dataDir,
                  QStringList extraEnv = {});
    ~ServerProcess();

    QString dataDir() const { return m_dataDir; }
    bool addUser(const QString &name, const QString &password, QString *error);

    // Starts the server and waits for its listening line. *startupNs: from the start call to
    // the line.
    bool start(QString *error, qint64 *startupNs = nullptr);
    // SIGTERM and wait; *stopNs: how long the graceful stop took.
    bool stop(QString *error, qint64 *stopNs = nullptr);

    qint64 pid() const;
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }

private:
    QString m_binary;
    QStringList m_extraArgs;
    QStringList m_extraEnv;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QString m_host;
    quint16 m_port = 0;
};

} // namespace inkboard::bench
