// SPDX-License-Identifier: Apache-2.0
#include "history_scene.h"

#include "client/local_store.h"
#include "model/document.h"
#include "model/z_order.h"

#include <QDir>
#include <QJsonArray>
#include <QPointF>
#include <cstdio>

using namespace inkboard;
using namespace inkboard::sync;

namespace {

const QString kServer = QStringLiteral("https://ink.example");

class Log
{
public:
    void commit(const QString &author, qint64 minutesAgo, OpList ops)
    {
        HistoryRecord c;
        c.revision = m_records.size() + 1;
        c.authorId = QStringLiteral("u-") + author;
        c.authorName = author;
        c.clientId = QStringLiteral("client-") + author;
        c.createdAt = QDateTime::currentDateTimeUtc().addSecs(-minutesAgo * 60);
        c.ops = std::move(ops);
        m_doc.apply(c.ops);
        m_records.append(c);
    }
    Op card(const QString &id, double x, double y, const QString &label, const QString &fill)
    {
        m_z = keyBetween(m_z, QString()).value();
        return Op::create(next(), id, ObjectType::Rect,
                          {{"x", x},
                           {"y", y},
                           {"w", 180},
                           {"h", 90},
                           {"z", m_z},
                           {"radius", 12},
                           {"fill_color", fill},
                           {"stroke_color", "#1e1e1eff"},
                           {"stroke_width", 2},
                           {"label", label},
                           {"font_size", 20}});
    }
    Op note(const QString &id, double x, double y, const QString &label)
    {
        Op op = card(id, x, y, label, "#ffec99ff");
        op.props.insert("shape", "note");
        return op;
    }
    Op arrow(const QString &id, QPointF a, QPointF b)
    {
        m_z = keyBetween(m_z, QString()).value();
        return Op::create(next(), id, ObjectType::Arrow,
                          {{"x", a.x()},
                           {"y", a.y()},
                           {"z", m_z},
                           {"points", QJsonArray{0, 0, b.x() - a.x(), b.y() - a.y()}},
                           {"stroke_color", "#1e1e1eff"},
                           {"stroke_width", 2.5}});
    }
    Op text(const QString &id, double x, double y, const QString &t)
    {
        m_z = keyBetween(m_z, QString()).value();
        return Op::create(next(), id, ObjectType::Text,
                          {{"x", x},
                           {"y", y},
                           {"z", m_z},
                           {"text", t},
                           {"font_size", 36},
                           {"stroke_color", "#1e1e1eff"}});
    }
    Op update(const QString &id, QJsonObject props) { return Op::update(next(), id, props); }
    Op remove(const QString &id) { return Op::remove(next(), id); }

    const QList<HistoryRecord> &records() const { return m_records; }
    const Document &document() const { return m_doc; }

private:
    QString next() { return QStringLiteral("op-%1").arg(++m_ops); }
    QList<HistoryRecord> m_records;
    Document m_doc;
    QString m_z;
    int m_ops = 0;
};

} // namespace

int writeHistoryProfile(const QString &profileDir)
{
    QDir().mkpath(profileDir);
    QString error;
    auto store = LocalStore::open(profileDir + QStringLiteral("/drawings.inkboard-store"), &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString id = QStringLiteral("team-roadmap");
    DrawingRecord d = DrawingRecord::local(id, QStringLiteral("Team roadmap"));
    d.serverUrl = kServer;
    d.role = QStringLiteral("editor");
    store->createDrawing(d);
    store->saveAccount({kServer, QStringLiteral("u-sam"), QStringLiteral("sam"),
                        QStringLiteral("token"), QDateTime::currentDateTimeUtc().addDays(30)});

    Log log;
    const qint64 day = 24 * 60;
    log.commit("alice", day + 95, {log.text("title", 40, -110, "Roadmap")});
    log.commit("alice", day + 90,
               {log.card("design", 40, 0, "Design", "#a5d8ffff"),
                log.card("build", 300, 0, "Build", "#b2f2bbff"),
                log.card("ship", 560, 0, "Ship", "#ffc9c9ff")});
    log.commit("alice", day + 86,
               {log.arrow("a1", {225, 45}, {295, 45}), log.arrow("a2", {485, 45}, {555, 45})});
    log.commit("bob", day + 80, {log.note("n1", 560, 150, "Ship it")});
    log.commit("bob", day + 78,
               {log.update("design", {{"x", 40}, {"y", 20}}),
                log.update("build", {{"x", 300}, {"y", 20}}),
                log.update("ship", {{"x", 560}, {"y", 20}})});
    log.commit("alice", day + 70, {log.card("test", 300, 170, "Test", "#e5dbffff")});
    log.commit("sam", 52,
               {log.update("design", {{"fill_color", "#74c0fcff"}}),
                log.update("build", {{"fill_color", "#8ce99aff"}})});
    log.commit("bob", 47, {log.update("test", {{"label", "Test on staging"}})});
    log.commit("alice", 40, {log.arrow("a3", {390, 115}, {390, 165})});
    log.commit("sam", 31, {log.update("n1", {{"x", 600}, {"y", 180}})});
    log.commit("bob", 22, {log.remove("a2")});
    log.commit("sam", 12, {log.arrow("a4", {485, 65}, {555, 65})});
    log.commit("bob", 5, {log.update("ship", {{"label", "Ship 1.0"}})});

    const qint64 latest = log.records().size();
    if (!store->appendHistory(id, log.records()) ||
        !store->replaceConfirmed(id, latest, log.document().objects().values(), {})) {
        std::fprintf(stderr, "%s\n", qPrintable(store->lastError()));
        return 1;
    }
    std::printf("%s\n", qPrintable(id));
    return 0;
}
