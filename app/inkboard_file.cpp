// SPDX-License-Identifier: Apache-2.0
#include "inkboard_file.h"

#include "formats/bounded_read.h"
#include "model/ids.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace inkboard::app {

std::optional<InkboardFile> InkboardFile::read(const QString &path, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    auto fail = [&](const QString &why) -> std::optional<InkboardFile> {
        if (error)
            *error = QObject::tr("Cannot open %1: %2").arg(name, why);
        return std::nullopt;
    };
    QString why;
    const std::optional<QByteArray> bytes = canvas::readBoundedFile(path, kMaxBytes, &why);
    if (!bytes)
        return fail(why);
    auto parsed = parse(*bytes, &why);
    if (!parsed)
        return fail(why);
    return parsed;
}

std::optional<InkboardFile> InkboardFile::parse(const QByteArray &bytes, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<InkboardFile> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QObject::tr("it is not an Inkboard drawing (not JSON: %1).")
                        .arg(pe.error != QJsonParseError::NoError ? pe.errorString()
                                                                  : QObject::tr("no object")));
    const QJsonObject json = doc.object();
    if (json.value(QLatin1String("format")).toString() != u"inkboard")
        return fail(QObject::tr("it is not an Inkboard drawing."));
    const int version = json.value(QLatin1String("version")).toInt(0);
    if (version < 1)
        return fail(QObject::tr("it has no valid version."));
    if (version > kVersion)
        return fail(
            QObject::tr("it was written by a newer Inkboard (format version %1).").arg(version));
    InkboardFile f;
    f.drawingId = json.value(QLatin1String("drawing_id")).toString();
    if (!f.drawingId.isEmpty() && !isValidId(f.drawingId))
        f.drawingId.clear();
    f.title = json.value(QLatin1String("title")).toString().left(200);
    QString why;
    auto bundle = canvas::ObjectBundle::fromJson(json, &why);
    if (!bundle)
        return fail(QObject::tr("the drawing is damaged: %1.").arg(why));
    f.bundle = std::move(*bundle);
    return f;
}

QByteArray InkboardFile::serialize() const
{
    QJsonObject json = bundle.toJson();
    json.insert(QStringLiteral("format"), QStringLiteral("inkboard"));
    json.insert(QStringLiteral("version"), kVersion);
    json.insert(QStringLiteral("drawing_id"), drawingId);
    json.insert(QStringLiteral("title"), title);
    json.insert(QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

bool InkboardFile::write(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray bytes = serialize();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QObject::tr("Cannot save %1: %2")
                         .arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace inkboard::app
