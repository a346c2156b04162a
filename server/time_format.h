#pragma once

#include <QByteArray>
#include <QDateTime>

namespace inkboard::server {

// protocol::toIsoUtc's text ("2026-11-25T00:45:40Z") without QDateTime's locale machinery:
// it runs once per commit on the hot paths.
QByteArray isoUtcBytes(const QDateTime &time);

} // namespace inkboard::server
