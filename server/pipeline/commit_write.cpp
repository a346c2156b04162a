// SPDX-License-Identifier: Apache-2.0
#include "commit_write.h"

namespace inkboard::server {

void CommitWrite::write(const QString &drawingId, CommitRecord record, Done done)
{
    auto stale = std::make_shared<bool>(false);
    const QDateTime now = record.createdAt;
    // A plain job (no savepoint): appendCommits writes nothing when the head is stale.
    m_writer.submitPlain(
        [id = drawingId, record = std::move(record), now, stale,
         epoch = m_staleEpoch](Store &store) {
            // Runs on the writer thread, jobs of one drawing in order: once one met a
            // stale head, those behind it must not commit either.
            AppendResult result = AppendResult::Stale;
            if (!epoch->load())
                result = store.appendCommits(id, {record}, now);
            switch (result) {
            case AppendResult::Ok:
                return StoreWriter::Outcome::Done;
            case AppendResult::Stale:
                epoch->store(true);
                *stale = true;
                return StoreWriter::Outcome::Refused;
            case AppendResult::Failed:
                break;
            }
            return StoreWriter::Outcome::Broken;
        },
        [stale, done = std::move(done)](bool ok) {
            done(ok ? Result::Durable : *stale ? Result::Stale : Result::Failed);
        });
}

} // namespace inkboard::server
