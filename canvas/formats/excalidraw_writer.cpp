// SPDX-License-Identifier: Apache-2.0
#include "excalidraw_writer.h"

#include "blob_store.h"
#include "connectors/binding.h"
#include "css_color.h"
#include "excalidraw_format.h"
#include "fonts.h"
#include "geometry.h"
#include "grouping.h"
#include "label_painter.h"
#include "op_target.h"
#include "shape_outline.h"
#include "style.h"

#include <QDateTime>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace inkboard::canvas {

namespace {

// A stable seed per element, so that the same drawing exports the same file.
int seedOf(const QString &id)
{
    return int(qHash(id, 0x5eed) % 2000000000u) + 1;
}

QJsonArray pairs(const QJsonArray &flat, int stride, QJsonArray *pressures, QRectF *bounds)
{
    QJsonArray out;
    QRectF box;
    for (qsizetype i = 0; i + 1 < flat.size(); i += stride) {
        const double x = flat.at(i).toDouble();
        const double y = flat.at(i + 1).toDouble();
        out.append(QJsonArray{x, y});
        box = box.isNull() && out.size() == 1 ? QRectF(x, y, 0, 0) : box.united(QRectF(x, y, 0, 0));
        if (pressures && stride == 3 && i + 2 < flat.size())
            pressures->append(flat.at(i + 2).toDouble());
    }
    if (bounds)
        *bounds = box;
    return out;
}

class SceneWriter
{
public:
    QJsonArray write(const ObjectBundle &bundle, QJsonObject *files);

private:
    QJsonObject base(const Object &o, const QString &type, const QRectF &frame);
    QJsonObject label(const Object &o, const QString &textId);
    QJsonObject text(const Object &o);

    QHash<QString, QJsonArray> m_bound; // object id -> its boundElements
};

QJsonObject SceneWriter::base(const Object &o, const QString &type, const QRectF &frame)
{
    QJsonArray groupIds;
    const QStringList path = groupPath(o);
    for (qsizetype i = path.size() - 1; i >= 0; --i)
        groupIds.append(path.at(i));
    double angle = o.number(QLatin1String("rotation")) * std::numbers::pi / 180;
    angle = std::fmod(angle, 2 * std::numbers::pi);
    if (angle < 0)
        angle += 2 * std::numbers::pi;
    const QColor stroke = strokeColorOf(o);
    return QJsonObject{
        {QStringLiteral("id"), o.id},
        {QStringLiteral("type"), type},
        {QStringLiteral("x"), o.number(QLatin1String("x")) + frame.x()},
        {QStringLiteral("y"), o.number(QLatin1String("y")) + frame.y()},
        {QStringLiteral("width"), frame.width()},
        {QStringLiteral("height"), frame.height()},
        {QStringLiteral("angle"), angle},
        {QStringLiteral("strokeColor"), cssColor(stroke)},
        {QStringLiteral("backgroundColor"), QStringLiteral("transparent")},
        {QStringLiteral("fillStyle"), QStringLiteral("solid")},
        {QStringLiteral("strokeWidth"), strokeWidthOf(o)},
        {QStringLiteral("strokeStyle"), o.string(QLatin1String("dash"), QStringLiteral("solid"))},
        {QStringLiteral("roughness"), 0},
        {QStringLiteral("opacity"), std::round(opacityOf(o) * 10000) / 100},
        {QStringLiteral("groupIds"), groupIds},
        {QStringLiteral("frameId"), QJsonValue::Null},
        {QStringLiteral("roundness"), QJsonValue::Null},
        {QStringLiteral("seed"), seedOf(o.id)},
        {QStringLiteral("version"), 1},
        {QStringLiteral("versionNonce"), seedOf(o.id + u'v')},
        {QStringLiteral("isDeleted"), false},
        {QStringLiteral("boundElements"), QJsonValue::Null},
        {QStringLiteral("updated"), QDateTime::currentMSecsSinceEpoch()},
        {QStringLiteral("link"), QJsonValue::Null},
        {QStringLiteral("locked"), isLocked(o)},
    };
}

void addCustom(QJsonObject &element, const QJsonObject &custom)
{
    if (!custom.isEmpty())
        element.insert(QStringLiteral("customData"), QJsonObject{{excalidraw::kCustomKey, custom}});
}

void textFields(QJsonObject &e, const QString &text, const QString &family, double size,
                const QString &align, const QString &valign)
{
    e.insert(QStringLiteral("text"), text);
    e.insert(QStringLiteral("originalText"), text);
    e.insert(QStringLiteral("fontSize"), size);
    e.insert(QStringLiteral("fontFamily"), excalidraw::fontNumberFor(family));
    e.insert(QStringLiteral("textAlign"), align);
    e.insert(QStringLiteral("verticalAlign"), valign);
    e.insert(QStringLiteral("lineHeight"), 1.25);
    e.insert(QStringLiteral("baseline"), size);
}

QJsonObject SceneWriter::text(const Object &o)
{
    const Geometry g = computeGeometry(o);
    QRectF frame = g.frame;
    if (o.props.contains(key::w)) // wrapped at its width: that is the width to keep
        frame.setWidth(o.number(QLatin1String("w")));
    QJsonObject e = base(o, QStringLiteral("text"), frame);
    const QString family = o.string(QLatin1String("font_family"), fontKeyword::sans);
    textFields(e, o.string(QLatin1String("text")), family, fontSizeOf(o),
               o.string(QLatin1String("align"), QStringLiteral("left")), QStringLiteral("top"));
    e.insert(QStringLiteral("containerId"), QJsonValue::Null);
    e.insert(QStringLiteral("autoResize"), !o.props.contains(key::w));
    QJsonObject custom;
    if (excalidraw::fontFamilyFor(excalidraw::fontNumberFor(family)) != family)
        custom.insert(key::fontFamily, family);
    addCustom(e, custom);
    return e;
}

// A shape's or connector's label as Excalidraw keeps it: a text element bound to its
// container, placed where Inkboard draws it.
QJsonObject SceneWriter::label(const Object &o, const QString &textId)
{
    const Geometry g = computeGeometry(o);
    const QRectF box = labelBox(o, g);
    QRectF rect = labelTextRect(o, box);
    if (rect.isEmpty())
        rect = box;
    // The text element turns about its own centre by the container's angle: its centre is
    // where the container's transform takes the text's centre.
    const QPointF centre = g.toCanvas.map(rect.center());
    Object asText = o;
    asText.props.insert(key::x, centre.x() - rect.width() / 2);
    asText.props.insert(key::y, centre.y() - rect.height() / 2);
    QJsonObject e = base(asText, QStringLiteral("text"), QRectF(QPointF(), rect.size()));
    e.insert(QStringLiteral("id"), textId);
    e.insert(QStringLiteral("seed"), seedOf(textId));
    const QString family = o.string(QLatin1String("font_family"), fontKeyword::sans);
    textFields(e, o.props.value(key::label).toString(), family, fontSizeOf(o),
               o.string(QLatin1String("label_align"), QStringLiteral("center")),
               o.string(QLatin1String("label_valign"), QStringLiteral("middle")));
    e.insert(QStringLiteral("containerId"), o.id);
    e.insert(QStringLiteral("autoResize"), true);
    QJsonObject custom;
    if (excalidraw::fontFamilyFor(excalidraw::fontNumberFor(family)) != family)
        custom.insert(key::fontFamily, family);
    addCustom(e, custom);
    return e;
}

QJsonArray SceneWriter::write(const ObjectBundle &bundle, QJsonObject *files)
{
    QList<Object> objects = bundle.objects;
    std::sort(objects.begin(), objects.end(), renderLess);
    QList<QJsonObject> elements;
    QHash<QString, qsizetype> index; // object id -> its element
    for (const Object &o : std::as_const(objects)) {
        QJsonObject e;
        QJsonObject custom;
        switch (o.type) {
        case ObjectType::Rect:
        case ObjectType::Ellipse: {
            const QRectF frame(0, 0, o.number(QLatin1String("w")), o.number(QLatin1String("h")));
            const QString shape = o.props.value(key::shape).toString();
            const QString type = o.type == ObjectType::Ellipse ? QStringLiteral("ellipse")
                                 : shape == shape::diamond     ? QStringLiteral("diamond")
                                                               : QStringLiteral("rectangle");
            e = base(o, type, frame);
            e.insert(QStringLiteral("backgroundColor"), cssColor(fillColorOf(o)));
            e.insert(QStringLiteral("fillStyle"),
                     isHatched(o) ? QStringLiteral("hachure") : QStringLiteral("solid"));
            const double radius = o.number(QLatin1String("radius"));
            if (type == u"rectangle") {
                if (!shape.isEmpty())
                    custom.insert(key::shape, shape);
                if (o.props.contains(key::grow))
                    custom.insert(key::grow, o.props.value(key::grow));
            }
            if (o.type == ObjectType::Rect) {
                if (radius > 0) {
                    e.insert(QStringLiteral("roundness"),
                             QJsonObject{{QStringLiteral("type"), 3},
                                         {QStringLiteral("value"), radius}});
                    custom.insert(key::radius, radius);
                }
            }
            break;
        }
        case ObjectType::Line:
        case ObjectType::Arrow: {
            QRectF bounds;
            const QJsonArray pts = pairs(o.props.value(key::points).toArray(), 2, nullptr, &bounds);
            e = base(o,
                     o.type == ObjectType::Arrow ? QStringLiteral("arrow") : QStringLiteral("line"),
                     QRectF(0, 0, bounds.width(), bounds.height()));
            e.insert(QStringLiteral("points"), pts);
            e.insert(QStringLiteral("lastCommittedPoint"), QJsonValue::Null);
            e.insert(QStringLiteral("elbowed"), o.props.value(key::route).toString() == u"elbow");
            e.insert(QStringLiteral("roundness"), QJsonValue::Null);
            for (bool atEnd : {false, true}) {
                const QString head =
                    o.type == ObjectType::Arrow ? arrowheadOf(o, atEnd) : QStringLiteral("none");
                const QString ex = excalidraw::arrowheadToExcalidraw(head);
                e.insert(atEnd ? QStringLiteral("endArrowhead") : QStringLiteral("startArrowhead"),
                         ex.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(ex));
            }
            for (End end : {End::Start, End::End}) {
                const QString field = end == End::Start ? QStringLiteral("startBinding")
                                                        : QStringLiteral("endBinding");
                const std::optional<Binding> b = bindingOf(o, end);
                if (!b) {
                    e.insert(field, QJsonValue::Null);
                    continue;
                }
                e.insert(field,
                         QJsonObject{{QStringLiteral("elementId"), b->id},
                                     {QStringLiteral("focus"), 0},
                                     {QStringLiteral("gap"), kBindGap},
                                     {QStringLiteral("fixedPoint"), QJsonArray{b->fx, b->fy}}});
                m_bound[b->id].append(
                    QJsonObject{{QStringLiteral("id"), o.id},
                                {QStringLiteral("type"), QStringLiteral("arrow")}});
            }
            if (o.props.contains(QLatin1String("label_pos")))
                custom.insert(QStringLiteral("label_pos"),
                              o.props.value(QLatin1String("label_pos")));
            break;
        }
        case ObjectType::Stroke: {
            QRectF bounds;
            QJsonArray pressures;
            const QJsonArray pts =
                pairs(o.props.value(key::points).toArray(), 3, &pressures, &bounds);
            e = base(o, QStringLiteral("freedraw"), QRectF(0, 0, bounds.width(), bounds.height()));
            e.insert(QStringLiteral("points"), pts);
            e.insert(QStringLiteral("strokeWidth"), strokeWidthOf(o) / excalidraw::kFreedrawSize);
            e.insert(QStringLiteral("pressures"), pressures);
            e.insert(QStringLiteral("simulatePressure"), false);
            e.insert(QStringLiteral("lastCommittedPoint"), QJsonValue::Null);
            if (o.props.contains(QLatin1String("pen")))
                custom.insert(QStringLiteral("pen"), o.props.value(QLatin1String("pen")));
            break;
        }
        case ObjectType::Text:
            e = text(o);
            break;
        case ObjectType::Image: {
            const QRectF frame(0, 0, o.number(QLatin1String("w")), o.number(QLatin1String("h")));
            e = base(o, QStringLiteral("image"), frame);
            const QString hash = o.props.value(key::blob).toString();
            e.insert(QStringLiteral("fileId"), hash);
            e.insert(QStringLiteral("status"), QStringLiteral("saved"));
            e.insert(QStringLiteral("scale"), QJsonArray{1, 1});
            const QByteArray bytes = bundle.blobs.value(hash);
            if (files && !bytes.isEmpty() && !files->contains(hash)) {
                const QString type = BlobStore::contentTypeOf(bytes);
                files->insert(
                    hash,
                    QJsonObject{{QStringLiteral("mimeType"), type},
                                {QStringLiteral("id"), hash},
                                {QStringLiteral("dataURL"),
                                 QStringLiteral("data:%1;base64,%2")
                                     .arg(type, QString::fromLatin1(bytes.toBase64()))},
                                {QStringLiteral("created"), QDateTime::currentMSecsSinceEpoch()}});
            }
            break;
        }
        }
        if (o.type != ObjectType::Text)
            addCustom(e, custom);
        index.insert(o.id, elements.size());
        elements.append(e);
        if (takesLabel(o) && !o.props.value(key::label).toString().isEmpty()) {
            const QString textId = newId();
            m_bound[o.id].append(QJsonObject{{QStringLiteral("id"), textId},
                                             {QStringLiteral("type"), QStringLiteral("text")}});
            elements.append(label(o, textId));
        }
    }
    QJsonArray out;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        QJsonObject e = elements.at(i);
        const QJsonArray bound = m_bound.value(e.value(QLatin1String("id")).toString());
        if (!bound.isEmpty())
            e.insert(QStringLiteral("boundElements"), bound);
        out.append(e);
    }
    return out;
}

} // namespace

QJsonArray ExcalidrawWriter::elements(const ObjectBundle &bundle, QJsonObject *files)
{
    return SceneWriter().write(bundle, files);
}

QByteArray ExcalidrawWriter::file(const ObjectBundle &bundle)
{
    QJsonObject files;
    const QJsonArray els = elements(bundle, &files);
    const QJsonObject scene{
        {QStringLiteral("type"), excalidraw::kFileType},
        {QStringLiteral("version"), 2},
        {QStringLiteral("source"), QStringLiteral("inkboard")},
        {QStringLiteral("elements"), els},
        {QStringLiteral("appState"),
         QJsonObject{{QStringLiteral("viewBackgroundColor"), QStringLiteral("#ffffff")},
                     {QStringLiteral("gridSize"), QJsonValue::Null}}},
        {QStringLiteral("files"), files},
    };
    return QJsonDocument(scene).toJson(QJsonDocument::Indented);
}

QByteArray ExcalidrawWriter::clipboard(const ObjectBundle &bundle)
{
    QJsonObject files;
    const QJsonArray els = elements(bundle, &files);
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), excalidraw::kClipboardType},
                                     {QStringLiteral("elements"), els},
                                     {QStringLiteral("files"), files}})
        .toJson(QJsonDocument::Compact);
}

} // namespace inkboard::canvas
