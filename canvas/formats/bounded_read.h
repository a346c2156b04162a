// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace inkboard::canvas {

// The whole of a file, refused before anything is read when it is larger than `maxBytes`:
// a hostile file costs at most that much memory. `error` gets the reason alone (the caller
// names the file).
std::optional<QByteArray> readBoundedFile(const QString &path, qint64 maxBytes, QString *error);

} // namespace inkboard::canvas
