// SPDX-License-Identifier: Apache-2.0
#include "history_fetcher.h"

#include "local_store.h"
#include "protocol/commit.h"
#include "rest_client.h"

#include <QUrl>

namespace inkboard::sync {

HistoryFetcher::HistoryFetcher(LocalStore *store, const QString &serverUrl,
                               const QString &drawingId, QObject *parent)
    : QObject(parent), m_store(store), m_serverUrl(serverUrl), m_drawingId(drawingId),
      m_rest(std::make_unique<RestClient>(QUrl(serverUrl)))
{}

HistoryFetcher::~HistoryFetcher() = default;

void HistoryFetcher::fetch()
{
    if (m_running)
        return;
    m_running = true;
    fetchPage();
}

void HistoryFetcher::fetchPage()
{
    // The token is read at each page: a sign-in meanwhile is used at once.
    const std::optional<AccountRecord> account = m_store->account(m_serverUrl);
    m_rest->setToken(account ? account->token : QString());
    const qint64 after = m_store->historyLatest(m_drawingId);
    m_rest->get(QStringLiteral("/drawings/%1/ops?after=%2&limit=%3")
                    .arg(m_drawingId)
                    .arg(after)
                    .arg(kPageLimit),
                this, [this, after](const RestResult &r) { onPage(after, r); });
}

void HistoryFetcher::onPage(qint64 after, const RestResult &r)
{
    if (r.status == 410) {
        fail(tr("The server no longer keeps this drawing's history before revision %1.")
                 .arg(r.json.value(QLatin1String("snapshot_revision")).toInteger()));
        return;
    }
    if (!r.ok()) {
        fail(tr("The history could not be fetched: %1").arg(r.errorMessage()));
        return;
    }
    Parsed<protocol::OpsPage> parsed = protocol::OpsPage::fromJson(r.json, Limits::forStoredData());
    if (const ValidationError *err = errorOf(parsed)) {
        fail(tr("The server's history does not parse: %1").arg(err->message));
        return;
    }
    const protocol::OpsPage &page = std::get<protocol::OpsPage>(parsed);
    QList<HistoryRecord> records;
    records.reserve(page.commits.size());
    qint64 expected = after + 1;
    for (const protocol::Commit &c : page.commits) {
        if (c.revision != expected++) {
            fail(tr("The server's history skips revisions."));
            return;
        }
        records.append(
            HistoryRecord{c.revision, c.author.id, c.author.name, c.clientId, c.createdAt, c.ops});
    }
    if (!m_store->appendHistory(m_drawingId, records)) {
        fail(m_store->lastError());
        return;
    }
    const qint64 latest = after + records.size();
    if (!records.isEmpty())
        emit pageStored(latest);
    if ((page.hasMore || page.latestRevision > latest) && !records.isEmpty()) {
        fetchPage();
        return;
    }
    m_running = false;
    emit finished();
}

void HistoryFetcher::fail(const QString &message)
{
    m_running = false;
    emit failed(message);
}

} // namespace inkboard::sync
