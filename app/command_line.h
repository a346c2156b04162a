#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace inkboard::app {

// `inkboard [--profile DIR] [FILE | DRAWING-ID]`: what to open and where the profile lives.
struct CommandLine
{
    QString profileDir; // empty: the platform's default (INKBOARD_PROFILE overrides it)
    QString file;       // a .inkboard file to open
    QString drawingId;  // a drawing of the local store to open

    // Parses the arguments. Returns nullopt after printing help, the version or an error
    // (then `exitCode` says how to exit).
    static std::optional<CommandLine> parse(const QStringList &arguments, int *exitCode);
};

} // namespace inkboard::app
