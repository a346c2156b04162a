// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/blob_folder.h"

namespace inkboard::sync {

// The sync engine's handle on the one blob folder (model/blob_folder.h): a session uploads an
// image from it before the op that uses it, SyncClient caches downloads in it. A name only,
// with no code of its own; the app gives the canvas and the engine the same one.
class BlobCache : public BlobFolder
{
public:
    using BlobFolder::BlobFolder;
};

} // namespace inkboard::sync
