// SPDX-License-Identifier: Apache-2.0
#include "catch_up.h"

#include "rest_client.h"

namespace inkboard::sync {

namespace {
constexpr int kOpsPageLimit = 1000;
} // namespace

CatchUp::CatchUp(const std::unique_ptr<RestClient> &rest, const QString &drawingId,
                 const Replica &replica, QObject *parent)
    : QObject(parent), m_rest(rest), m_drawingId(drawingId), m_replica(replica)
{}

void CatchUp::start()
{
    if (m_running)
        return;
    m_running = true;
    m_snapshotFallbackAfter = -1;
    fetchOps();
}

void CatchUp::cancel()
{
    ++m_generation;
    m_running = false;
}

void CatchUp::stop()
{
    m_running = false;
}

void CatchUp::fetchOps()
{
    const quint64 generation = m_generation;
    const qint64 after = m_replica.confirmedRevision();
    m_rest->get(QStringLiteral("/drawings/%1/ops?after=%2&limit=%3")
                    .arg(m_drawingId)
                    .arg(after)
                    .arg(kOpsPageLimit),
                this, [this, generation, after](const RestResult &r) {
                    if (generation != m_generation)
                        return;
                    if (r.status == 410) {
                        fetchSnapshot();
                        return;
                    }
                    if (!r.ok()) {
                        stop();
                        emit refused(r);
                        return;
                    }
                    Parsed<protocol::OpsPage> page = protocol::OpsPage::fromJson(r.json, m_limits);
                    if (const ValidationError *err = errorOf(page)) {
                        // A page that does not parse (one that carries an op nesting past the
                        // parser's limit, stored before the server bounded it) would strand
                        // the client behind it for ever: the snapshot steps over it. Once per
                        // revision, so that a server whose snapshot does not help cannot spin.
                        if (m_snapshotFallbackAfter != after) {
                            m_snapshotFallbackAfter = after;
                            fetchSnapshot();
                            return;
                        }
                        stop();
                        emit badResponse(err->message);
                        return;
                    }
                    const protocol::OpsPage &p = std::get<protocol::OpsPage>(page);
                    emit commitsReceived(p.commits);
                    if (generation != m_generation)
                        return;
                    const qint64 now = m_replica.confirmedRevision();
                    if (now == after && (p.hasMore || p.latestRevision > now)) {
                        // No progress although the server says there is more: do not spin.
                        stop();
                        emit badResponse(tr("The server skipped revisions."));
                        return;
                    }
                    if (p.hasMore || p.latestRevision > now) {
                        fetchOps();
                    } else {
                        stop();
                        emit finished();
                    }
                });
}

void CatchUp::fetchSnapshot()
{
    const quint64 generation = m_generation;
    m_rest->get(QStringLiteral("/drawings/%1/snapshot").arg(m_drawingId), this,
                [this, generation](const RestResult &r) {
                    if (generation != m_generation)
                        return;
                    if (!r.ok()) {
                        stop();
                        emit refused(r);
                        return;
                    }
                    Parsed<protocol::Snapshot> s = protocol::Snapshot::fromJson(r.json, m_limits);
                    if (const ValidationError *err = errorOf(s)) {
                        stop();
                        emit badResponse(err->message);
                        return;
                    }
                    const protocol::Snapshot &snap = std::get<protocol::Snapshot>(s);
                    emit snapshotReceived(snap.revision, snap.objects);
                    if (generation != m_generation)
                        return;
                    fetchOps();
                    emit resendNeeded();
                });
}

} // namespace inkboard::sync
