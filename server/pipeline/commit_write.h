// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/store.h"
#include "store_writer.h"

#include <atomic>
#include <functional>
#include <memory>

namespace inkboard::server {

// The write stage: a commit into the next group commit of the StoreWriter.
class CommitWrite
{
public:
    enum class Result
    {
        Durable,
        Stale, // another node moved the drawing's head first: nothing was written
        Failed
    };
    using Done = std::function<void(Result)>;

    explicit CommitWrite(StoreWriter &writer) : m_writer(writer) {}

    // `done` runs on this thread once the transaction holding the commit settled.
    void write(const QString &drawingId, CommitRecord record, Done done);
    // The drawing caught up after a stale head: commits may be written again.
    void newEpoch() { m_staleEpoch = std::make_shared<std::atomic<bool>>(false); }

private:
    StoreWriter &m_writer;
    // Set by the first job that meets a stale head, so the jobs queued behind it do not
    // commit on top of a document that missed another node's commits.
    std::shared_ptr<std::atomic<bool>> m_staleEpoch = std::make_shared<std::atomic<bool>>(false);
};

} // namespace inkboard::server
