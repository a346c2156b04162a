// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace inkboard::sync {

// This user's undo/redo steps per drawing, kept beside the local store (its own SQLite file,
// `<store>.undo`), so that Ctrl+Z works after closing the window, a crash or a restart. A
// step is opaque here (canvas::EditHistory says what it holds) and is known by a sequence
// number that only grows; the steps at or after `firstUndone` are the ones redo would do.
//
// Writes wait for the event loop to come round (one transaction for whatever came meanwhile),
// so an edit never waits for them, and go in WAL mode without syncing: they survive a crash
// of the app (the OS has them) from the next turn of the loop on; a power cut may lose the
// last steps, never the edits themselves (the pending queue holds those, flushed).
class UndoJournal
{
public:
    static constexpr int kMaxSteps = 500;

    struct Step
    {
        qint64 seq = 0;
        QString text;
        QByteArray payload;
        friend bool operator==(const Step &, const Step &) = default;
    };
    struct Loaded
    {
        QList<Step> steps; // oldest first, at most kMaxSteps
        qint64 firstUndone = 0;
    };

    static std::unique_ptr<UndoJournal> open(const QString &path, QString *error);
    ~UndoJournal();
    UndoJournal(const UndoJournal &) = delete;
    UndoJournal &operator=(const UndoJournal &) = delete;

    Loaded load(const QString &drawingId);
    // A new step: the redo steps it replaces (seq at or above its own) go, and so do the
    // steps older than `keepFrom` (the undo limit); redo now starts after it.
    void push(const QString &drawingId, const Step &step, qint64 keepFrom);
    // The last step grew (arrow-key nudges merge into one step).
    void replace(const QString &drawingId, const Step &step);
    // After an undo or a redo.
    void setFirstUndone(const QString &drawingId, qint64 seq);
    bool forget(const QString &drawingId); // at once
    // Writes what is queued now (done by itself on the next turn of the event loop).
    bool flush();
    QString lastError() const { return m_lastError; }

private:
    explicit UndoJournal(QString connectionName);
    bool exec(const QString &sql, const QList<QVariant> &values = {}) const;
    // The statements of every edit, prepared once: preparing costs as much as running them.
    bool prepare();
    bool run(QSqlQuery &query, const QList<QVariant> &values);

    QString m_connectionName;
    mutable QString m_lastError;
    struct Statements
    {
        QSqlQuery drop, insert, position, replace;
    };
    std::optional<Statements> m_statements;
    QList<std::function<bool()>> m_queue;
    QTimer m_flushTimer;
    void enqueue(std::function<bool()> write);
};

} // namespace inkboard::sync
