// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "blob_store.h"
#include "client/blob_cache.h"
#include "client/local_store.h"
#include "client/sync_client.h"
#include "client/sync_options.h"
#include "client/undo_journal.h"

#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QStringList>
#include <memory>

namespace inkboard::app {

class MainWindow;

// Everything one app process shares between its windows: the profile's local store (the sync
// engine's LocalStore: drawings, objects, pending ops), its blob folder (one, `<profile>/blobs`,
// that the canvas draws from and the sync engine uploads from and downloads into) and its
// settings.
//
// A profile is a folder. By default it is the platform's app-data folder; `--profile DIR` or
// the INKBOARD_PROFILE environment variable put everything (store, blobs, settings) in DIR,
// which is what tests do.
class AppContext : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxRecent = 8;

    // Opens the profile; null and `error` when its store cannot be opened.
    static std::unique_ptr<AppContext> open(const QString &profileDir, QString *error);
    ~AppContext() override;

    QString profileDir() const { return m_profileDir; }
    sync::LocalStore *store() const { return m_store.get(); }
    canvas::BlobStore *blobs() const { return m_blobs.get(); }
    // This user's undo steps per drawing (null when the file could not be opened: undo then
    // lasts only as long as the window).
    sync::UndoJournal *undoJournal() const { return m_undo.get(); }
    QSettings &settings() const { return *m_settings; }
    // Accounts, server drawing lists, publishing and sharing (one per store).
    sync::SyncClient *client() const { return m_client.get(); }
    // The intervals sessions opened by this process use (tests shorten the backoff).
    const sync::SyncOptions &syncOptions() const { return m_syncOptions; }
    void setSyncOptions(const sync::SyncOptions &options) { m_syncOptions = options; }
    // The server a window last signed in to or browsed ("" if none), and the user name last
    // used on each server: remembered for the sign-in dialog.
    QString lastServer() const;
    void setLastServer(const QString &url);
    QString lastUserOn(const QString &url) const;
    void setLastUserOn(const QString &url, const QString &user);

    // Writes the settings to disk now: what must survive a kill (the last drawing).
    void syncSettings() { m_settings->sync(); }

    QStringList recentDrawings() const;
    void noteRecentDrawing(const QString &id);
    void forgetDrawing(const QString &id);
    QStringList recentFiles() const;
    void noteRecentFile(const QString &path);
    // The .inkboard file a drawing was opened from or last saved to.
    QString fileOf(const QString &drawingId) const;
    void setFileOf(const QString &drawingId, const QString &path);

    // Windows, so that a drawing opens in one window only.
    void registerWindow(MainWindow *window);
    MainWindow *windowShowing(const QString &drawingId) const;
    QList<MainWindow *> windows() const;

    // Creates a local drawing (new id) and returns its id, or empty and `error`.
    QString createDrawing(const QString &title, QString *error);

signals:
    void drawingsChanged();

private:
    AppContext() = default;

    QString m_profileDir;
    std::unique_ptr<sync::LocalStore> m_store;
    std::unique_ptr<sync::BlobCache> m_blobFolder;
    std::unique_ptr<canvas::BlobStore> m_blobs;
    std::unique_ptr<sync::UndoJournal> m_undo;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<sync::SyncClient> m_client;
    sync::SyncOptions m_syncOptions;
    QList<QPointer<MainWindow>> m_windows;
};

} // namespace inkboard::app
