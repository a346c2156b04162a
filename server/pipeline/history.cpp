// SPDX-License-Identifier: Apache-2.0
#include "history.h"

#include "logging.h"
#include "model/op_codec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace inkboard::server {

namespace {

// Commits read at a time: big enough for few round trips, small enough to bound memory.
constexpr int kReplayPage = 5000;

} // namespace

std::optional<StoredDocument> readSnapshot(Store &store, const QString &drawingId, qint64 revision,
                                           QString *error)
{
    const auto snapshot = store.snapshotAtOrBefore(drawingId, revision);
    if (!snapshot) {
        *error = store.lastError();
        return std::nullopt;
    }
    StoredDocument base;
    if (!*snapshot)
        return base;
    const Limits limits = Limits::forStoredData();
    QJsonParseError parseError;
    const QJsonArray objects =
        QJsonDocument::fromJson((*snapshot)->objectsJson, &parseError).array();
    if (parseError.error != QJsonParseError::NoError) {
        qCWarning(lcStore) << "drawing" << drawingId << "snapshot" << (*snapshot)->revision
                           << "does not parse, its objects are not read:"
                           << parseError.errorString();
    }
    base.document.reserve(objects.size());
    for (const QJsonValue &v : objects) {
        Parsed<Object> o = parseObject(v, limits);
        if (const ValidationError *err = errorOf(o)) {
            // Accepted under rules that changed since: kept as stored, so that this reading
            // agrees with the log and with every client that applied it.
            const QString why = err->message;
            o = parseStoredObject(v);
            qCWarning(lcStore) << "drawing" << drawingId << "snapshot" << (*snapshot)->revision
                               << (std::holds_alternative<Object>(o) ? "keeps" : "cannot read")
                               << "an object that does not validate:" << why;
        }
        if (auto *ok = std::get_if<Object>(&o))
            base.document.put(*ok);
    }
    base.revision = (*snapshot)->revision;
    return base;
}

ReplayResult replay(Store &store, const QString &drawingId, qint64 upTo, StoredDocument &base,
                    const std::function<void(const CommitRecord &, const OpList &)> &applied,
                    QString *error)
{
    const Limits limits = Limits::forStoredData();
    while (base.revision < upTo) {
        const auto page = store.commits(drawingId, base.revision, upTo, kReplayPage);
        if (!page) {
            if (error)
                *error = store.lastError();
            return ReplayResult::Failed;
        }
        if (page->isEmpty() || page->first().revision != base.revision + 1) {
            if (error)
                *error = QStringLiteral("drawing %1: commits after %2 are missing")
                             .arg(drawingId)
                             .arg(base.revision);
            return ReplayResult::Missing;
        }
        for (const CommitRecord &c : *page) {
            Parsed<OpList> ops = parseOps(QJsonDocument::fromJson(c.opsJson).array(), limits);
            const OpList *list = std::get_if<OpList>(&ops);
            if (const ValidationError *err = errorOf(ops)) {
                qCWarning(lcStore) << "drawing" << drawingId << "commit" << c.revision
                                   << "does not read back and is skipped:" << err->message;
            }
            if (list)
                base.document.apply(*list);
            base.revision = c.revision;
            if (applied)
                applied(c, list ? *list : OpList());
        }
    }
    return ReplayResult::Done;
}

HistoricObjects buildHistoricObjects(Store &store, const QString &drawingId, qint64 revision)
{
    using Outcome = HistoricObjects::Outcome;
    QString error;
    auto base = readSnapshot(store, drawingId, revision, &error);
    const auto first = store.firstStoredRevision(drawingId);
    if (!base || !first)
        return {Outcome::Failed, {}};
    if (base->revision < revision && (*first == 0 || *first > base->revision + 1))
        return {Outcome::Gone, {}};
    if (replay(store, drawingId, revision, *base) != ReplayResult::Done)
        return {Outcome::Gone, {}};
    return {Outcome::Done, QJsonDocument(base->document.toJson()).toJson(QJsonDocument::Compact)};
}

} // namespace inkboard::server
