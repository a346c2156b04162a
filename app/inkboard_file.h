// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clipboard_codec.h"

#include <QString>
#include <optional>

namespace inkboard::app {

// A standalone drawing: one JSON document
//   {"format": "inkboard", "version": 1, "drawing_id", "title", "saved_at",
//    "objects": [{"id", "type", "props"}, ...], "blobs": {"<sha256>": "<base64>", ...}}
// with its images embedded, so the file alone is the whole drawing. Objects are validated by
// the model like a snapshot; anything else is refused with a sentence a user can read.
struct InkboardFile
{
    static constexpr int kVersion = 1;
    static constexpr qint64 kMaxBytes = 1024LL * 1024 * 1024;
    static constexpr char kSuffix[] = "inkboard";

    QString drawingId;
    QString title;
    canvas::ObjectBundle bundle;

    static std::optional<InkboardFile> read(const QString &path, QString *error);
    static std::optional<InkboardFile> parse(const QByteArray &bytes, QString *error);
    QByteArray serialize() const;
    // Atomically (QSaveFile): a failed write leaves the old file as it was.
    bool write(const QString &path, QString *error) const;
};

} // namespace inkboard::app
