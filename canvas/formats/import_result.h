// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clipboard_codec.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace inkboard::canvas {

// What a foreign file (Excalidraw, SVG) became: Inkboard objects and their images, every
// object valid for the model, and what could not be kept, counted by kind.
struct ImportResult
{
    Q_DECLARE_TR_FUNCTIONS(ImportResult)
public:
    ObjectBundle bundle;
    QMap<QString, int> skipped; // a kind of element ("embeddable", "iframe", …) -> how many

    void skip(const QString &kind) { skipped[kind] += 1; }
    // "3 elements could not be kept: 2 embeddables, 1 iframe", or empty when all were kept.
    QString summary() const;
    // The model's own rules over every object (validateProps, as a create): a reader's slip
    // must never reach the session. Empty when all pass.
    QString invalidObject() const;
};

// How much a foreign file may hold, whatever reads it. The size is checked before the file is
// read (readBoundedFile); the element count before any object is made.
struct ForeignLimits
{
    // An Excalidraw scene embeds its images as base64: a few of the largest images a server
    // takes (BlobStore::kMaxBytes) fit. Far below .inkboard's 1 GB, as the whole text is
    // parsed at once.
    static constexpr qint64 kMaxBytes = 64LL * 1024 * 1024;
    static constexpr int kMaxElements = 20000;
};

} // namespace inkboard::canvas
