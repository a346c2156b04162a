// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <memory>

namespace inkboard::sync {

class LocalStore;
class RestClient;
struct RestResult;

// A server drawing's commit list for the history panel: `GET …/ops?after=R` pages (author,
// client_id, created_at and ops of every commit, PROTOCOL.md §8) from the latest revision the
// store has cached, appended to the store's log page by page, so that reopening the panel asks
// only for what is new. Pages are history and are checked like the catch-up's
// (Limits::forStoredData()); a page that does not follow the log, or does not parse, ends the
// fetch with failed(), and nothing of it is kept.
class HistoryFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageLimit = 10000;

    HistoryFetcher(LocalStore *store, const QString &serverUrl, const QString &drawingId,
                   QObject *parent = nullptr);
    ~HistoryFetcher() override;

    bool isRunning() const { return m_running; }
    // Fetches what is after the store's latest cached revision; a fetch under way goes on.
    void fetch();

signals:
    // A page is in the store, up to `latest`.
    void pageStored(qint64 latest);
    void finished();
    void failed(const QString &message);

private:
    void fetchPage();
    void onPage(qint64 after, const RestResult &r);
    void fail(const QString &message);

    LocalStore *m_store;
    QString m_serverUrl;
    QString m_drawingId;
    std::unique_ptr<RestClient> m_rest;
    bool m_running = false;
};

} // namespace inkboard::sync
