// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace inkboard::bench {

// The revision of a `commit` push frame, or 0 for any other frame, read without building a
// JSON document. A subscriber of the latency run reads 1,000 frames per commit; parsing
// them all would measure the generator. The frames the benchmark drawings carry hold the
// word "commit" only as the type (our ids and props never contain it), and the only
// "revision" key is the commit's own ("latest_revision" does not match: the quote is part
// of the key). One subscriber per thread also parses every frame fully through
// protocol::parsePushMessage and compares, so a server whose frames this misreads is seen.
qint64 scanCommitRevision(QByteArrayView frame);

} // namespace inkboard::bench
