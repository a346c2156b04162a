// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace inkboard::test {

// nginx (Debian's package nginx / nginx-light) in front of inkboard-server nodes, running the
// SHIPPED packaging/nginx/inkboard.conf (INKBOARD_NGINX_CONF, or the path given). The
// fixture rewrites only the lines the file marks:
//   `listen ...; # @inkboard-listen`   -> `listen 127.0.0.1:FREEPORT;`
//   `server ...; # @inkboard-node`     -> one `server 127.0.0.1:PORT <same parameters>;`
//                                         per node, in place of all the marked lines
// (comment lines are left alone) and includes the result in a minimal main config of its own
// (daemon off, one worker, pid, logs and temporary folders in a QTemporaryDir; as root, workers run
// as nobody). Its access log records $upstream_addr, so a test can see which node served a request.
//
// start() runs `nginx -t` first and fails with its output when the config is invalid, then
// runs nginx as a child process and waits until the port accepts TCP connections.
class NginxProxy
{
public:
    explicit NginxProxy(QList<quint16> nodePorts, QString confPath = defaultConfPath());
    ~NginxProxy(); // stop()
    NginxProxy(const NginxProxy &) = delete;
    NginxProxy &operator=(const NginxProxy &) = delete;

    bool start();  // false + qWarning with nginx's output and error log on failure
    bool stop();   // SIGTERM (fast shutdown), wait; true when it exited with 0
    void kill9();  // SIGKILL master and workers, wait
    bool reload(); // rewrite the config for nodes(), `nginx -t`, SIGHUP, wait for new workers
    bool isRunning() const;

    void setNodes(QList<quint16> nodePorts); // takes effect at the next start() or reload()
    QList<quint16> nodes() const { return m_nodes; }

    quint16 port() const { return m_port; } // 0 before the first start()
    qint64 pid() const;                     // the master's
    QUrl baseUrl() const;                   // http://127.0.0.1:PORT

    // Appended inside the http { } block of the main config (before the shipped file), e.g.
    // a limit_conn_zone. Set it before start() or reload().
    QString &extraHttpConfig() { return m_extraHttp; }

    // Writes the config for nodes() (and a free port before the first start) and runs
    // `nginx -t` on it; true when valid. `output` gets nginx's words.
    bool testConfig(QString *output = nullptr);

    QString errorLog() const;  // nginx's error log (level info)
    QString accessLog() const; // "METHOD URI STATUS upstream=ADDR[, ADDR] ..." per request
    QString mainConfigPath() const;
    QString siteConfigPath() const; // the substituted copy of the shipped file
    QString confPath() const { return m_confPath; }

    // The shipped config with the marked lines replaced (see above); empty with `error` set
    // when the markers are missing or malformed.
    static QString substitute(const QString &conf, const QList<quint16> &nodePorts,
                              quint16 listenPort, QString *error = nullptr);
    static QString defaultConfPath(); // INKBOARD_NGINX_CONF
    static QString binaryPath();      // /usr/sbin/nginx or nginx on PATH; empty if none

private:
    bool writeConfig(QString *error);
    bool runConfigTest(QString *output);
    bool launch();

    QList<quint16> m_nodes;
    QString m_confPath;
    QString m_extraHttp;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    bool m_portFixed = false;
};

} // namespace inkboard::test
