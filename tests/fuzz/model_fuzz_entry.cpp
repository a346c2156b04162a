// SPDX-License-Identifier: Apache-2.0
// libFuzzer entry point over the model's whole input path: bytes -> parseJsonObject ->
// CommitRequest / Commit / Snapshot / push message -> parseOps -> Document and Replica apply,
// with the incremental Replica checked against a full recomputation at every step.
//
// Built two ways: with clang and -fsanitize=fuzzer as the fuzz target (tests/fuzz), and
// with any compiler plus fuzz_replay_main.cpp to replay the seed corpus in CTest.
//
// A broken invariant aborts, so the fuzzer (and the replay test) report it as a crash.

#include "model/document.h"
#include "model/op_codec.h"
#include "model/replica.h"
#include "model/z_order.h"
#include "protocol/commit.h"
#include "protocol/push_messages.h"

#include <QByteArray>
#include <QJsonArray>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace inkboard;

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "model_fuzz: invariant broken: %s\n", what);
    std::abort();
}

void check(bool ok, const char *what)
{
    if (!ok)
        fail(what);
}

// The input's bytes, reused as a stream of choices for the Replica interleaving.
class Choices
{
public:
    Choices(const uint8_t *data, size_t size) : m_data(data), m_size(size) {}
    unsigned next()
    {
        if (m_size == 0)
            return 0;
        return m_data[(m_pos++ * 7919u) % m_size];
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

// Errors must be well formed whatever the input: a code the server can send, a message.
void checkError(const ValidationError &err)
{
    check(!err.errorCode().isEmpty() && !err.message.isEmpty(), "error without code/message");
    check(err.httpStatus() == 400 || err.httpStatus() == 413, "error status not 400/413");
}

// Hostile z keys come from other clients: keyBetween must refuse or answer in order.
void checkOrderKeys(const OpList &ops)
{
    QString previous;
    for (const Op &op : ops) {
        const QJsonValue z = op.props.value(QLatin1String("z"));
        if (!z.isString())
            continue;
        const QString key = z.toString();
        if (const auto after = keyBetween(key, QString()))
            check(key < *after && isValidOrderKey(*after), "keyBetween(z, '') out of order");
        if (const auto before = keyBetween(QString(), key))
            check(*before < key && isValidOrderKey(*before), "keyBetween('', z) out of order");
        if (!previous.isEmpty()) {
            const QString &lo = previous < key ? previous : key;
            const QString &hi = previous < key ? key : previous;
            if (const auto mid = keyBetween(lo, hi))
                check(lo < *mid && *mid < hi, "keyBetween(a, b) not between");
        }
        previous = key;
    }
}

void checkOps(const OpList &ops, Choices &choices)
{
    // Validation is stable: what parsed once parses again from its own JSON, unchanged.
    const Parsed<OpList> again = parseOps(opsToJson(ops), Limits{});
    check(!errorOf(again), "a parsed op list does not re-parse");
    check(std::get<OpList>(again) == ops, "ops changed through their JSON form");
    for (const Op &op : ops)
        check(!op.canonicalPayload().isEmpty(), "empty canonical payload");

    // Apply is deterministic: all at once, one by one and in a Replica agree.
    Document whole;
    whole.apply(ops);
    Document stepwise;
    for (const Op &op : ops)
        stepwise.apply(op);
    check(whole == stepwise, "apply(list) != apply one by one");

    // A Replica driven by the input's bytes: local edits, acknowledgements of the oldest
    // pending op, remote commits, refusals, stale and early commits, snapshot resets.
    Replica replica;
    Document reference; // what the server holds: every committed op in order
    const bool checkEveryStep = ops.size() <= 64;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const Op &op = ops.at(i);
        const qint64 next = replica.confirmedRevision() + 1;
        switch (choices.next() % 8) {
        case 0:
        case 1:
        case 2:
            replica.applyLocal(op);
            break;
        case 3: {
            const OpList pending = replica.pendingOps();
            const OpList commit = pending.isEmpty() ? OpList{op} : OpList{pending.first(), op};
            check(replica.applyCommit(next, commit).outcome == Replica::CommitOutcome::Applied,
                  "next commit not applied");
            reference.apply(commit);
            break;
        }
        case 4:
            check(replica.applyCommit(next, OpList{op}).outcome == Replica::CommitOutcome::Applied,
                  "next commit not applied");
            reference.apply(op);
            break;
        case 5:
            replica.dropPending(QSet<QString>{op.opId});
            replica.applyLocal(op);
            break;
        case 6: {
            const auto stale = replica.applyCommit(next - 1 - (choices.next() % 3), OpList{op});
            const auto gap = replica.applyCommit(next + 1 + (choices.next() % 3), OpList{op});
            check(stale.outcome == Replica::CommitOutcome::Stale && stale.changed.isEmpty(),
                  "stale commit applied");
            check(gap.outcome == Replica::CommitOutcome::Gap && gap.changed.isEmpty(),
                  "early commit applied");
            break;
        }
        default:
            if (choices.next() % 4 == 0) {
                replica.resetConfirmed(replica.confirmedRevision() + 5,
                                       reference.objects().values());
            } else {
                replica.applyLocal(op);
            }
            break;
        }
        check(replica.confirmed() == reference, "confirmed != the committed ops");
        if (checkEveryStep || i + 1 == ops.size())
            check(replica.visible() == replica.recomputeVisible(), "incremental != full");
    }
    // Acknowledge everything still pending, in order: visible must become confirmed.
    const OpList rest = replica.pendingOps();
    if (!rest.isEmpty()) {
        replica.applyCommit(replica.confirmedRevision() + 1, rest);
        check(replica.pendingCount() == 0, "pending left after acknowledging all");
        check(replica.visible() == replica.confirmed(), "visible != confirmed when settled");
    }
    checkOrderKeys(ops);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Limits limits;
    Choices choices(data, size);

    Parsed<QJsonObject> body = parseJsonObject(bytes, limits);
    if (const ValidationError *err = errorOf(body)) {
        checkError(*err);
        return 0;
    }
    const QJsonObject json = std::get<QJsonObject>(body);

    // POST /drawings/{id}/ops, the path of every edit into the server.
    const Parsed<protocol::CommitRequest> request = protocol::CommitRequest::fromJson(json, limits);
    if (const ValidationError *err = errorOf(request))
        checkError(*err);
    else
        checkOps(std::get<protocol::CommitRequest>(request).ops, choices);

    // The same ops without the request's envelope, as a client reads them from a commit.
    const Parsed<OpList> ops = parseOps(json.value(QLatin1String("ops")), limits);
    if (const ValidationError *err = errorOf(ops)) {
        checkError(*err);
    } else if (errorOf(request)) {
        checkOps(std::get<OpList>(ops), choices);
    }

    // What the server pushes and serves: push frames, snapshots, single objects.
    const Parsed<protocol::PushMessage> push = protocol::parsePushMessage(bytes, limits);
    if (const ValidationError *err = errorOf(push))
        checkError(*err);
    const Parsed<protocol::Snapshot> snapshot = protocol::Snapshot::fromJson(json, limits);
    if (const ValidationError *err = errorOf(snapshot)) {
        checkError(*err);
    } else {
        Replica replica;
        replica.resetConfirmed(1, std::get<protocol::Snapshot>(snapshot).objects);
        check(replica.visible() == replica.recomputeVisible(), "snapshot visible != full");
    }
    const Parsed<Object> object = parseObject(json, limits);
    if (const ValidationError *err = errorOf(object))
        checkError(*err);
    else
        check(!errorOf(parseObject(std::get<Object>(object).toJson(), limits)),
              "a parsed object does not re-parse");
    return 0;
}
