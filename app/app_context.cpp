// SPDX-License-Identifier: Apache-2.0
#include "app_context.h"

#include "desktop_recent.h"
#include "inkboard_file.h"
#include "logging.h"
#include "main_window.h"
#include "op_target.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QStandardPaths>

namespace inkboard::app {

std::unique_ptr<AppContext> AppContext::open(const QString &profileDir, QString *error)
{
    std::unique_ptr<AppContext> ctx(new AppContext);
    QString storePath;
    if (profileDir.isEmpty()) {
        ctx->m_profileDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        storePath = sync::LocalStore::defaultPath();
        ctx->m_settings = std::make_unique<QSettings>();
    } else {
        ctx->m_profileDir = QDir(profileDir).absolutePath();
        storePath = ctx->m_profileDir + QStringLiteral("/drawings.inkboard-store");
        ctx->m_settings = std::make_unique<QSettings>(
            ctx->m_profileDir + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    }
    if (!QDir().mkpath(QFileInfo(storePath).absolutePath())) {
        if (error)
            *error = QObject::tr("Cannot create the folder %1.")
                         .arg(QFileInfo(storePath).absolutePath());
        return nullptr;
    }
    ctx->m_store = sync::LocalStore::open(storePath, error);
    if (!ctx->m_store)
        return nullptr;
    ctx->m_blobFolder =
        std::make_unique<sync::BlobCache>(ctx->m_profileDir + QStringLiteral("/blobs"));
    // Earlier builds also kept downloads beside the store and copied them over: one folder now.
    if (const int moved = ctx->m_blobFolder->adoptFolder(storePath + QStringLiteral(".blobs")))
        qCInfo(lcApp) << "moved" << moved << "images into" << ctx->m_blobFolder->folder();
    ctx->m_blobs = std::make_unique<canvas::BlobStore>(ctx->m_blobFolder.get());
    ctx->m_client = std::make_unique<sync::SyncClient>(ctx->m_store.get(), ctx->m_blobFolder.get());
    if (const int purged = ctx->m_client->sweepLocalBin(); purged > 0)
        qCInfo(lcApp) << "deleted" << purged << "drawings binned over"
                      << sync::SyncClient::kLocalBinDays << "days ago";
    QString undoError;
    ctx->m_undo = sync::UndoJournal::open(storePath + QStringLiteral(".undo"), &undoError);
    if (!ctx->m_undo)
        qCWarning(lcApp).noquote() << undoError << "- undo will not outlast the window";
    return ctx;
}

AppContext::~AppContext() = default;

QString AppContext::lastServer() const
{
    return m_settings->value(QStringLiteral("servers/last")).toString();
}

void AppContext::setLastServer(const QString &url)
{
    m_settings->setValue(QStringLiteral("servers/last"), url);
}

// Kept as "NAME@URL" lines (a user name never holds '@'), readable in settings.ini.
QString AppContext::lastUserOn(const QString &url) const
{
    const QStringList users = m_settings->value(QStringLiteral("servers/users")).toStringList();
    for (const QString &entry : users) {
        const qsizetype at = entry.indexOf(u'@');
        if (at > 0 && entry.mid(at + 1) == url)
            return entry.left(at);
    }
    return {};
}

void AppContext::setLastUserOn(const QString &url, const QString &user)
{
    QStringList users = m_settings->value(QStringLiteral("servers/users")).toStringList();
    users.removeIf([&](const QString &entry) {
        const qsizetype at = entry.indexOf(u'@');
        return at > 0 && entry.mid(at + 1) == url;
    });
    users.prepend(user + u'@' + url);
    m_settings->setValue(QStringLiteral("servers/users"), users);
    syncSettings();
}

QStringList AppContext::recentDrawings() const
{
    return m_settings->value(QStringLiteral("recent/drawings")).toStringList();
}

void AppContext::noteRecentDrawing(const QString &id)
{
    QStringList list = recentDrawings();
    list.removeAll(id);
    list.prepend(id);
    while (list.size() > kMaxRecent)
        list.removeLast();
    m_settings->setValue(QStringLiteral("recent/drawings"), list);
    m_settings->setValue(QStringLiteral("recent/last"), id);
    syncSettings();
}

void AppContext::forgetDrawing(const QString &id)
{
    QStringList list = recentDrawings();
    list.removeAll(id);
    m_settings->setValue(QStringLiteral("recent/drawings"), list);
    if (m_settings->value(QStringLiteral("recent/last")).toString() == id)
        m_settings->remove(QStringLiteral("recent/last"));
    m_settings->remove(QStringLiteral("files/") + id);
    syncSettings();
}

QStringList AppContext::recentFiles() const
{
    return m_settings->value(QStringLiteral("recent/files")).toStringList();
}

void AppContext::noteRecentFile(const QString &path)
{
    QStringList list = recentFiles();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecent)
        list.removeLast();
    m_settings->setValue(QStringLiteral("recent/files"), list);
    // The desktop's list too, so the file manager's Recent place shows it.
    const QString mime = QFileInfo(path).suffix() == QLatin1String(InkboardFile::kSuffix)
                             ? QStringLiteral("application/x-inkboard")
                             : QMimeDatabase().mimeTypeForFile(path).name();
    QString error;
    if (!DesktopRecent::add(path, mime, &error))
        qCWarning(lcApp).noquote() << "the desktop's recent files:" << error;
}

QString AppContext::fileOf(const QString &drawingId) const
{
    return m_settings->value(QStringLiteral("files/") + drawingId).toString();
}

void AppContext::setFileOf(const QString &drawingId, const QString &path)
{
    m_settings->setValue(QStringLiteral("files/") + drawingId, path);
}

void AppContext::registerWindow(MainWindow *window)
{
    m_windows.removeAll(nullptr);
    m_windows.append(window);
}

MainWindow *AppContext::windowShowing(const QString &drawingId) const
{
    for (const QPointer<MainWindow> &w : m_windows) {
        if (w && w->drawingId() == drawingId)
            return w;
    }
    return nullptr;
}

QList<MainWindow *> AppContext::windows() const
{
    QList<MainWindow *> out;
    for (const QPointer<MainWindow> &w : m_windows) {
        if (w)
            out.append(w);
    }
    return out;
}

QString AppContext::createDrawing(const QString &title, QString *error)
{
    const QString id = canvas::newId();
    if (!m_store->createDrawing(sync::DrawingRecord::local(id, title))) {
        if (error)
            *error = m_store->lastError();
        return {};
    }
    emit drawingsChanged();
    return id;
}

} // namespace inkboard::app
