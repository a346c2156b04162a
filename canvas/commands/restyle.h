// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/document.h"
#include "model/op.h"
#include "style.h"
#include "style_mix.h"

#include <QSet>

namespace inkboard::canvas::commands {

// The style panel went from `was` to `want`: each selected object gets only the keys the user
// changed (those that differ between the two styles), and only where it holds another value,
// so that a restyle never overwrites what the user did not touch. The fields in `force` are
// set even where `was` already held the value: a field the panel showed as mixed.
OpList restyle(const Document &document, const QSet<QString> &selection, const Style &was,
               const Style &want, StyleFields force = {});

// Paste style (Ctrl+Alt+V): every style key of `style` on each selected object that holds
// another value, whatever the panel showed before.
OpList pasteStyle(const Document &document, const QSet<QString> &selection, const Style &style);

} // namespace inkboard::canvas::commands
