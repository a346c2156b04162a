// SPDX-License-Identifier: Apache-2.0
#include "desktop_recent.h"

#include <QCoreApplication>
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace inkboard::app {

namespace {

// The freedesktop.org "Desktop Bookmark" spec's namespaces, as GLib's GBookmarkFile writes them.
const QString kBookmarkNs =
    QStringLiteral("http://www.freedesktop.org/standards/desktop-bookmarks");
const QString kMimeNs = QStringLiteral("http://www.freedesktop.org/standards/shared-mime-info");
const QString kAppName = QStringLiteral("Inkboard");

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDomElement childNamed(const QDomElement &parent, const QString &ns, const QString &local)
{
    for (QDomElement e = parent.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (e.localName() == local && e.namespaceURI() == ns)
            return e;
    }
    return {};
}

QDomElement ensureChild(QDomDocument &doc, QDomElement parent, const QString &ns,
                        const QString &qualified)
{
    const QString local = qualified.section(QLatin1Char(':'), -1);
    QDomElement e =
        ns.isEmpty() ? parent.firstChildElement(qualified) : childNamed(parent, ns, local);
    if (e.isNull()) {
        e = ns.isEmpty() ? doc.createElement(qualified) : doc.createElementNS(ns, qualified);
        parent.appendChild(e);
    }
    return e;
}

} // namespace

QString DesktopRecent::listPath()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return data.isEmpty() ? QString() : data + QStringLiteral("/recently-used.xbel");
#else
    return {}; // Windows and macOS keep their recent lists through their own APIs
#endif
}

bool DesktopRecent::add(const QString &path, const QString &mimeType, QString *error,
                        const QDateTime &now)
{
    QString scratch;
    if (!error)
        error = &scratch;
    const QString list = listPath();
    if (list.isEmpty())
        return true;
    QDomDocument doc;
    QFile in(list);
    if (in.exists()) {
        if (in.size() > kMaxListBytes) {
            *error = QCoreApplication::translate("inkboard::app::DesktopRecent",
                                                 "%1 is too large to be a list of recent files.")
                         .arg(list);
            return false;
        }
        if (!in.open(QIODevice::ReadOnly)) {
            *error = in.errorString();
            return false;
        }
        QString why;
        int line = 0;
        if (!doc.setContent(&in, true, &why, &line)) {
            *error = QCoreApplication::translate("inkboard::app::DesktopRecent",
                                                 "%1 cannot be read (line %2: %3); it is left "
                                                 "as it is.")
                         .arg(list)
                         .arg(line)
                         .arg(why);
            return false;
        }
        in.close();
    }
    QDomElement root = doc.documentElement();
    if (root.isNull()) {
        doc.appendChild(doc.createProcessingInstruction(
            QStringLiteral("xml"), QStringLiteral("version=\"1.0\" encoding=\"UTF-8\"")));
        root = doc.createElement(QStringLiteral("xbel"));
        root.setAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
        root.setAttribute(QStringLiteral("xmlns:bookmark"), kBookmarkNs);
        root.setAttribute(QStringLiteral("xmlns:mime"), kMimeNs);
        doc.appendChild(root);
    } else if (root.tagName() != QLatin1String("xbel")) {
        *error = QCoreApplication::translate("inkboard::app::DesktopRecent",
                                             "%1 is not a list of recent files; it is left as it "
                                             "is.")
                     .arg(list);
        return false;
    }

    const QString href =
        QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    const QString when = stamp(now);
    QDomElement bookmark;
    for (QDomElement e = root.firstChildElement(QStringLiteral("bookmark")); !e.isNull();
         e = e.nextSiblingElement(QStringLiteral("bookmark"))) {
        if (e.attribute(QStringLiteral("href")) == href) {
            bookmark = e;
            break;
        }
    }
    if (bookmark.isNull()) {
        bookmark = doc.createElement(QStringLiteral("bookmark"));
        bookmark.setAttribute(QStringLiteral("href"), href);
        bookmark.setAttribute(QStringLiteral("added"), when);
        root.appendChild(bookmark);
    }
    bookmark.setAttribute(QStringLiteral("modified"), when);
    bookmark.setAttribute(QStringLiteral("visited"), when);

    QDomElement info = ensureChild(doc, bookmark, {}, QStringLiteral("info"));
    QDomElement metadata;
    for (QDomElement e = info.firstChildElement(QStringLiteral("metadata")); !e.isNull();
         e = e.nextSiblingElement(QStringLiteral("metadata"))) {
        if (e.attribute(QStringLiteral("owner")) == QLatin1String("http://freedesktop.org"))
            metadata = e;
    }
    if (metadata.isNull()) {
        metadata = doc.createElement(QStringLiteral("metadata"));
        metadata.setAttribute(QStringLiteral("owner"), QStringLiteral("http://freedesktop.org"));
        info.appendChild(metadata);
    }
    QDomElement mime = ensureChild(doc, metadata, kMimeNs, QStringLiteral("mime:mime-type"));
    mime.setAttribute(QStringLiteral("type"), mimeType);
    QDomElement apps =
        ensureChild(doc, metadata, kBookmarkNs, QStringLiteral("bookmark:applications"));
    QDomElement app;
    for (QDomElement e = apps.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (e.localName() == QLatin1String("application") &&
            e.attribute(QStringLiteral("name")) == kAppName)
            app = e;
    }
    if (app.isNull()) {
        app = doc.createElementNS(kBookmarkNs, QStringLiteral("bookmark:application"));
        app.setAttribute(QStringLiteral("name"), kAppName);
        app.setAttribute(QStringLiteral("exec"), QStringLiteral("'inkboard %u'"));
        apps.appendChild(app);
    }
    app.setAttribute(QStringLiteral("modified"), when);
    app.setAttribute(QStringLiteral("count"),
                     QString::number(app.attribute(QStringLiteral("count")).toInt() + 1));

    QDir().mkpath(QFileInfo(list).absolutePath());
    QSaveFile out(list);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = out.errorString();
        return false;
    }
    out.write(doc.toByteArray(2));
    if (!out.commit()) {
        *error = out.errorString();
        return false;
    }
    return true;
}

} // namespace inkboard::app
