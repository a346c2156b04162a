// SPDX-License-Identifier: Apache-2.0
#include "excalidraw_reader.h"

#include "blob_store.h"
#include "connectors/binding.h"
#include "css_color.h"
#include "data_url.h"
#include "excalidraw_format.h"
#include "geometry.h"
#include "grouping.h"
#include "label_painter.h"
#include "model/ids.h"
#include "model/limits.h"
#include "model/prop_rules.h"
#include "model/z_order.h"
#include "op_target.h"
#include "shape_outline.h"
#include "style.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cmath>
#include <numbers>

namespace inkboard::canvas {

namespace {

constexpr double kMax = Limits::kMaxCoordinate;

double round4(double v)
{
    return std::round(v * 10000) / 10000;
}

// One element's fields, read with their types checked: the first wrong one is kept in
// `error` (and every later read returns its fallback), so a mapping reads straight through.
class Fields
{
public:
    Fields(const QJsonObject &json, int index) : m_json(json), m_index(index) {}

    const QString &error() const { return m_error; }
    bool has(const char *key) const
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        return !v.isUndefined() && !v.isNull();
    }
    QJsonValue value(const char *key) const { return m_json.value(QLatin1String(key)); }

    double number(const char *key, double fallback, double lo = -kMax, double hi = kMax)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isDouble())
            return wrong(key, ExcalidrawReader::tr("is not a number")), fallback;
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < lo || d > hi)
            return wrong(key, ExcalidrawReader::tr("is out of range")), fallback;
        return d;
    }
    QString string(const char *key, const QString &fallback = {})
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isString())
            return wrong(key, ExcalidrawReader::tr("is not text")), fallback;
        return v.toString();
    }
    bool flag(const char *key, bool fallback = false)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            return wrong(key, ExcalidrawReader::tr("is not true or false")), fallback;
        return v.toBool();
    }
    QJsonArray array(const char *key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            return wrong(key, ExcalidrawReader::tr("is not a list")), QJsonArray();
        return v.toArray();
    }
    QJsonObject object(const char *key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            return wrong(key, ExcalidrawReader::tr("is not an object")), QJsonObject();
        return v.toObject();
    }
    QString color(const char *key, const QString &fallback)
    {
        const QString s = string(key);
        if (s.isEmpty())
            return fallback;
        const std::optional<QColor> c = parseCssColor(s);
        return c ? colorToProp(*c) : fallback; // a colour Inkboard cannot read draws as default
    }
    enum class Pressure
    {
        None,     // x, y
        Given,    // x, y, the pressure at that index of `pressures`
        Constant, // x, y, 0.5: Excalidraw simulates it from speed, as Inkboard does then
    };
    // [[x, y], …] as flat x, y (and with a pressure after each).
    QJsonArray points(Pressure pressure, const QJsonArray &pressures = {})
    {
        const QJsonArray pts = array("points");
        const qsizetype maxPoints = Limits().maxPointsPerStroke;
        if (pts.size() > maxPoints) {
            wrong("points", ExcalidrawReader::tr("has more than %1 points").arg(maxPoints));
            return {};
        }
        QJsonArray flat;
        for (qsizetype i = 0; i < pts.size(); ++i) {
            const QJsonArray p = pts.at(i).toArray();
            if (p.size() < 2 || !finite(p.at(0)) || !finite(p.at(1))) {
                wrong("points", ExcalidrawReader::tr("holds a point that is not two numbers"));
                return {};
            }
            flat << round4(p.at(0).toDouble()) << round4(p.at(1).toDouble());
            if (pressure != Pressure::None) {
                const QJsonValue pr = pressures.at(i);
                flat << (pressure == Pressure::Given && pr.isDouble() &&
                                 std::isfinite(pr.toDouble())
                             ? std::clamp(pr.toDouble(), 0.0, 1.0)
                             : 0.5);
            }
        }
        return flat;
    }
    void wrong(const char *key, const QString &why)
    {
        if (m_error.isEmpty())
            m_error = ExcalidrawReader::tr("element %1: \"%2\" %3")
                          .arg(m_index + 1)
                          .arg(QLatin1String(key), why);
    }

private:
    static bool finite(const QJsonValue &v)
    {
        return v.isDouble() && std::isfinite(v.toDouble()) && std::abs(v.toDouble()) <= kMax;
    }

    QJsonObject m_json;
    int m_index;
    QString m_error;
};

// The Inkboard props the writer left in customData, each taken only while it still agrees
// with what Excalidraw shows (a shape edited there to a diamond loses its hexagon).
QJsonObject customProps(Fields &f)
{
    const QJsonObject custom = f.object("customData");
    return custom.value(excalidraw::kCustomKey).toObject();
}

// Where a connector's end is drawn, as a fraction of the shape's box (clamped to it).
std::optional<QPointF> drawnFocus(const Object &connector, End end, const Object &shape)
{
    const QList<QPointF> points = pointsOf(connector);
    if (points.isEmpty())
        return std::nullopt;
    const QPointF at =
        computeGeometry(connector).toCanvas.map(end == End::Start ? points.first() : points.last());
    const Geometry g = computeGeometry(shape);
    bool invertible = false;
    const QPointF local = g.toCanvas.inverted(&invertible).map(at);
    if (!invertible || g.frame.width() <= 0 || g.frame.height() <= 0)
        return std::nullopt;
    return QPointF(std::clamp((local.x() - g.frame.x()) / g.frame.width(), 0.0, 1.0),
                   std::clamp((local.y() - g.frame.y()) / g.frame.height(), 0.0, 1.0));
}

bool validProp(const QString &key, const QJsonValue &v, ObjectType type)
{
    return !validateProps(QJsonObject{{key, v}}, PropsUse::Update, type, Limits());
}

class SceneReader
{
public:
    explicit SceneReader(const QJsonObject &scene) : m_scene(scene) {}
    std::optional<ImportResult> read(QString *error);

private:
    QString idFor(const QString &excalidrawId);
    QString groupFor(const QString &excalidrawGroup);
    bool readElement(const QJsonObject &e, int index, QString *error);
    void common(Fields &f, QJsonObject &props);
    void box(Fields &f, QJsonObject &props);
    void outline(Fields &f, QJsonObject &props);
    QJsonObject textProps(Fields &f, const QJsonObject &custom, bool label);

    QJsonObject m_scene;
    QJsonObject m_files;
    ImportResult m_result;
    QHash<QString, QString> m_ids;    // Excalidraw id -> object id
    QHash<QString, QString> m_groups; // Excalidraw group or frame id -> group id
    QSet<QString> m_usedIds;
    QSet<QString> m_frames;                 // ids of frame elements
    QHash<QString, QJsonObject> m_elements; // live elements by id
    // What an object is waiting for: connectors' bindings and containers' labels, resolved
    // once every element has its object.
    struct PendingBinding
    {
        qsizetype object;
        End end;
        QString target;
        std::optional<QPointF> fixed;
        bool throughCentre = true; // Excalidraw's `focus` 0
    };
    QList<PendingBinding> m_bindings;
    QHash<QString, qsizetype> m_objectOf; // Excalidraw id -> index in the bundle
};

QString SceneReader::idFor(const QString &excalidrawId)
{
    // The scene's own id where it is a valid Inkboard id: a round trip keeps ids.
    QString id = excalidrawId;
    if (!isValidId(id) || m_usedIds.contains(id))
        id = newId();
    m_usedIds.insert(id);
    m_ids.insert(excalidrawId, id);
    return id;
}

QString SceneReader::groupFor(const QString &excalidrawGroup)
{
    auto it = m_groups.constFind(excalidrawGroup);
    if (it != m_groups.constEnd())
        return it.value();
    QString id = excalidrawGroup;
    if (!isValidId(id) || m_usedIds.contains(id))
        id = newId();
    m_usedIds.insert(id);
    m_groups.insert(excalidrawGroup, id);
    return id;
}

void SceneReader::common(Fields &f, QJsonObject &props)
{
    props.insert(key::x, round4(f.number("x", 0)));
    props.insert(key::y, round4(f.number("y", 0)));
    props.insert(key::opacity, f.number("opacity", 100, 0, 100) / 100);
    // Radians about the centre, as Inkboard turns degrees about the frame's centre.
    double degrees = f.number("angle", 0, -1e6, 1e6) * 180 / std::numbers::pi;
    degrees = std::remainder(degrees, 360.0);
    if (degrees == -180)
        degrees = 180;
    if (degrees != 0)
        props.insert(key::rotation, round4(degrees));
    if (f.flag("locked"))
        props.insert(key::locked, true);
    // groupIds run innermost first; Inkboard's path outermost first, a frame outside all.
    QStringList path;
    const QString frame = f.string("frameId");
    if (!frame.isEmpty() && m_frames.contains(frame))
        path << groupFor(frame);
    const QJsonArray groups = f.array("groupIds");
    for (qsizetype i = groups.size() - 1; i >= 0; --i) {
        if (groups.at(i).isString() && !groups.at(i).toString().isEmpty())
            path << groupFor(groups.at(i).toString());
    }
    path.removeDuplicates();
    if (path.size() > Limits::kMaxGroupDepth)
        path = path.first(Limits::kMaxGroupDepth);
    if (!path.isEmpty()) {
        const QJsonObject g = groupProps(path);
        for (auto it = g.constBegin(); it != g.constEnd(); ++it)
            props.insert(it.key(), it.value());
    }
}

void SceneReader::box(Fields &f, QJsonObject &props)
{
    double w = f.number("width", 0);
    double h = f.number("height", 0);
    if (w < 0) { // a box drawn leftwards may be stored so
        props.insert(key::x, round4(props.value(key::x).toDouble() + w));
        w = -w;
    }
    if (h < 0) {
        props.insert(key::y, round4(props.value(key::y).toDouble() + h));
        h = -h;
    }
    props.insert(key::w, round4(w));
    props.insert(key::h, round4(h));
}

void SceneReader::outline(Fields &f, QJsonObject &props)
{
    props.insert(key::strokeColor, f.color("strokeColor", kDefaultStrokeColor));
    props.insert(key::strokeWidth, f.number("strokeWidth", 2, 0, 1000));
    const QString dash = f.string("strokeStyle", QStringLiteral("solid"));
    props.insert(key::dash,
                 dash == u"dashed" || dash == u"dotted" ? dash : QStringLiteral("solid"));
}

QJsonObject SceneReader::textProps(Fields &f, const QJsonObject &custom, bool label)
{
    QJsonObject props;
    props.insert(key::fontSize, f.number("fontSize", 20, 1, 10000));
    const int number = int(f.number("fontFamily", 2, 0, 1000));
    QString family = excalidraw::fontFamilyFor(number);
    const QJsonValue exact = custom.value(key::fontFamily);
    if (exact.isString() && excalidraw::fontNumberFor(exact.toString()) == number &&
        validProp(key::fontFamily, exact, ObjectType::Text))
        family = exact.toString();
    props.insert(key::fontFamily, family);
    const QString align =
        f.string("textAlign", label ? QStringLiteral("center") : QStringLiteral("left"));
    const bool known = align == u"left" || align == u"center" || align == u"right";
    props.insert(label ? key::labelAlign : key::align, known ? align : QStringLiteral("left"));
    if (label) {
        const QString v = f.string("verticalAlign", QStringLiteral("middle"));
        props.insert(key::labelValign,
                     v == u"top" || v == u"bottom" ? v : QStringLiteral("middle"));
    }
    return props;
}

bool SceneReader::readElement(const QJsonObject &e, int index, QString *error)
{
    Fields f(e, index);
    const QString type = f.string("type");
    const QString exId = f.string("id");
    const QJsonObject custom = customProps(f);
    auto done = [&]() {
        if (f.error().isEmpty())
            return true;
        *error = f.error();
        return false;
    };
    if (f.flag("isDeleted") || type == u"frame" || type == u"magicframe")
        return done(); // deleted: not in the scene; frames: groups of their children
    QJsonObject props;
    ObjectType objectType = ObjectType::Rect;
    if (type == u"rectangle" || type == u"diamond" || type == u"ellipse") {
        objectType = type == u"ellipse" ? ObjectType::Ellipse : ObjectType::Rect;
        common(f, props);
        box(f, props);
        outline(f, props);
        props.insert(key::fillColor, f.color("backgroundColor", kTransparent));
        props.insert(key::fillStyle, f.string("fillStyle") == u"solid" || !f.has("fillStyle")
                                         ? QStringLiteral("solid")
                                         : QStringLiteral("hatch"));
        if (type == u"diamond")
            props.insert(key::shape, shape::diamond);
        if (type == u"rectangle") {
            const QJsonValue shape = custom.value(key::shape);
            if (shape.isString() && shape != shape::diamond &&
                validProp(key::shape, shape, objectType))
                props.insert(key::shape, shape);
            if (custom.value(key::grow).isBool())
                props.insert(key::grow, custom.value(key::grow));
        }
        if (type != u"ellipse") {
            double radius = 0;
            const QJsonObject roundness = f.object("roundness");
            if (f.has("roundness")) {
                // Excalidraw's adaptive radius: a quarter of the shorter side up to `value`
                // (32 by default); proportional: always a quarter.
                const double side =
                    std::min(props.value(key::w).toDouble(), props.value(key::h).toDouble());
                const double fixed = roundness.value(QLatin1String("value")).toDouble(32);
                radius = roundness.value(QLatin1String("type")).toInt() == 3 && side > fixed / 0.25
                             ? fixed
                             : side * 0.25;
                const QJsonValue exact = custom.value(key::radius);
                if (exact.isDouble() && validProp(key::radius, exact, objectType))
                    radius = exact.toDouble();
            }
            props.insert(key::radius, round4(std::clamp(radius, 0.0, kMax)));
        }
    } else if (type == u"line" || type == u"arrow") {
        objectType = type == u"arrow" ? ObjectType::Arrow : ObjectType::Line;
        common(f, props);
        outline(f, props);
        QJsonArray pts = f.points(Fields::Pressure::None);
        if (pts.size() == 2)
            pts << pts.at(0) << pts.at(1);
        if (pts.isEmpty())
            pts = QJsonArray{0, 0, 0, 0};
        props.insert(key::points, pts);
        props.insert(key::route,
                     f.flag("elbowed") ? QStringLiteral("elbow") : QStringLiteral("straight"));
        if (objectType == ObjectType::Arrow) {
            const QString start = excalidraw::arrowheadFromExcalidraw(f.string("startArrowhead"));
            const QString end = excalidraw::arrowheadFromExcalidraw(f.string("endArrowhead"));
            props.insert(key::headStart, start);
            props.insert(key::headEnd, end);
            props.insert(key::arrowStart, start != u"none");
            props.insert(key::arrowEnd, end != u"none");
        }
        const QJsonValue labelPos = custom.value(QLatin1String("label_pos"));
        if (labelPos.isDouble() && validProp(QStringLiteral("label_pos"), labelPos, objectType))
            props.insert(QStringLiteral("label_pos"), labelPos);
        for (End end : {End::Start, End::End}) {
            const QJsonObject b = f.object(end == End::Start ? "startBinding" : "endBinding");
            const QString target = b.value(QLatin1String("elementId")).toString();
            if (target.isEmpty())
                continue;
            std::optional<QPointF> fixed;
            const QJsonArray fp = b.value(QLatin1String("fixedPoint")).toArray();
            if (fp.size() == 2 && fp.at(0).isDouble() && fp.at(1).isDouble())
                fixed = QPointF(std::clamp(fp.at(0).toDouble(), 0.0, 1.0),
                                std::clamp(fp.at(1).toDouble(), 0.0, 1.0));
            const double focus = b.value(QLatin1String("focus")).toDouble(0);
            m_bindings.append({m_result.bundle.objects.size(), end, target, fixed,
                               !std::isfinite(focus) || std::abs(focus) < 0.05});
        }
    } else if (type == u"freedraw") {
        objectType = ObjectType::Stroke;
        common(f, props);
        props.insert(key::strokeColor, f.color("strokeColor", kDefaultStrokeColor));
        props.insert(key::strokeWidth,
                     round4(f.number("strokeWidth", 2, 0, 1000) * excalidraw::kFreedrawSize));
        QJsonArray pressures = f.flag("simulatePressure") ? QJsonArray() : f.array("pressures");
        if (pressures.size() != f.array("points").size())
            pressures = {};
        QJsonArray pts = f.points(
            pressures.isEmpty() ? Fields::Pressure::Constant : Fields::Pressure::Given, pressures);
        if (pts.isEmpty())
            pts = QJsonArray{0, 0, 0.5};
        props.insert(key::points, pts);
        const QJsonValue pen = custom.value(QLatin1String("pen"));
        if (pen.isString() && validProp(QStringLiteral("pen"), pen, objectType))
            props.insert(QStringLiteral("pen"), pen);
    } else if (type == u"text") {
        objectType = ObjectType::Text;
        common(f, props);
        props.insert(key::strokeColor, f.color("strokeColor", kDefaultStrokeColor));
        const QJsonObject t = textProps(f, custom, false);
        for (auto it = t.constBegin(); it != t.constEnd(); ++it)
            props.insert(it.key(), it.value());
        const QString text = f.string("originalText", f.string("text"));
        props.insert(key::text, text.left(Limits().maxTextChars));
        if (f.has("autoResize") && !f.flag("autoResize", true))
            props.insert(key::w, round4(std::max(1.0, f.number("width", 1, 0, kMax))));
    } else if (type == u"image") {
        objectType = ObjectType::Image;
        common(f, props);
        box(f, props);
        const QString fileId = f.string("fileId");
        const QJsonObject file = m_files.value(fileId).toObject();
        const auto image = decodeDataUrlImage(file.value(QLatin1String("dataURL")).toString());
        if (!done())
            return false;
        if (!image) {
            m_result.skip(QStringLiteral("image"));
            return true;
        }
        m_result.bundle.blobs.insert(image->hash, image->bytes);
        props.insert(key::blob, image->hash);
    } else {
        if (!done())
            return false;
        // embeddable, iframe, selection, and types of later versions
        m_result.skip(type.isEmpty() ? QStringLiteral("untyped") : type.left(32));
        return true;
    }
    if (!done())
        return false;
    m_objectOf.insert(exId, m_result.bundle.objects.size());
    m_result.bundle.objects.append(Object{idFor(exId), objectType, props});
    return true;
}

std::optional<ImportResult> SceneReader::read(QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<ImportResult> {
        *error = why;
        return std::nullopt;
    };
    const QJsonValue elementsValue = m_scene.value(QLatin1String("elements"));
    if (!elementsValue.isArray())
        return fail(ExcalidrawReader::tr("it holds no list of elements."));
    const QJsonArray elements = elementsValue.toArray();
    if (elements.size() > ForeignLimits::kMaxElements)
        return fail(ExcalidrawReader::tr("it has %1 elements; Inkboard takes at most %2.")
                        .arg(elements.size())
                        .arg(ForeignLimits::kMaxElements));
    const QJsonValue files = m_scene.value(QLatin1String("files"));
    if (!files.isUndefined() && !files.isNull() && !files.isObject())
        return fail(ExcalidrawReader::tr("its \"files\" is not an object."));
    m_files = files.toObject();
    for (qsizetype i = 0; i < elements.size(); ++i) {
        if (!elements.at(i).isObject())
            return fail(ExcalidrawReader::tr("element %1 is not an object.").arg(i + 1));
        const QJsonObject e = elements.at(i).toObject();
        const QString id = e.value(QLatin1String("id")).toString();
        const QString type = e.value(QLatin1String("type")).toString();
        if (e.value(QLatin1String("isDeleted")).toBool())
            continue;
        if (type == u"frame" || type == u"magicframe")
            m_frames.insert(id);
    }
    // Containers first, so a label finds its container whatever the order; then the scene's
    // order is the stacking order.
    QList<qsizetype> labels;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const QJsonObject e = elements.at(i).toObject();
        if (e.value(QLatin1String("type")).toString() == u"text" &&
            !e.value(QLatin1String("containerId")).toString().isEmpty()) {
            labels << i;
            continue;
        }
        if (!readElement(e, int(i), error))
            return std::nullopt;
    }
    for (qsizetype i : labels) {
        const QJsonObject e = elements.at(i).toObject();
        const QString container = e.value(QLatin1String("containerId")).toString();
        auto it = m_objectOf.constFind(container);
        if (it == m_objectOf.constEnd() || e.value(QLatin1String("isDeleted")).toBool() ||
            !takesLabel(m_result.bundle.objects.at(it.value()))) {
            // Its container is gone: a text of its own, in the scene's order.
            QJsonObject loose = e;
            loose.remove(QStringLiteral("containerId"));
            if (!readElement(loose, int(i), error))
                return std::nullopt;
            continue;
        }
        Fields f(e, int(i));
        const QJsonObject custom = customProps(f);
        Object &o = m_result.bundle.objects[it.value()];
        QString text = f.string("originalText", f.string("text"));
        const QString existing = o.props.value(key::label).toString();
        if (!existing.isEmpty())
            text = existing + u'\n' + text;
        o.props.insert(key::label, text.left(Limits().maxTextChars));
        const QJsonObject t = textProps(f, custom, true);
        for (auto p = t.constBegin(); p != t.constEnd(); ++p)
            o.props.insert(p.key(), p.value());
        if (!f.error().isEmpty())
            return fail(f.error());
    }
    for (const PendingBinding &b : std::as_const(m_bindings)) {
        auto target = m_objectOf.constFind(b.target);
        Object &connector = m_result.bundle.objects[b.object];
        if (target == m_objectOf.constEnd() ||
            !canBindTo(m_result.bundle.objects.at(target.value())) || target.value() == b.object) {
            m_result.skip(QStringLiteral("binding"));
            continue;
        }
        // A `fixedPoint` is where on the box the end is fixed. Otherwise Excalidraw's `focus` 0
        // aims the end through the centre; another focus aims it off the centre, where the end
        // was drawn: Inkboard aims at that point of the box.
        const Object &shape = m_result.bundle.objects.at(target.value());
        QPointF focus = b.fixed.value_or(QPointF(0.5, 0.5));
        if (!b.fixed && !b.throughCentre)
            focus = drawnFocus(connector, b.end, shape).value_or(focus);
        connector.props.insert(bindKey(b.end), Binding{shape.id, focus.x(), focus.y()}.toJson());
    }
    // The scene's order as z keys.
    const auto keys = keysBetween(QString(), QString(), int(m_result.bundle.objects.size()));
    for (qsizetype i = 0; keys && i < m_result.bundle.objects.size(); ++i)
        m_result.bundle.objects[i].props.insert(key::z, keys->at(i));
    if (const QString bad = m_result.invalidObject(); !bad.isEmpty())
        return fail(bad);
    return std::move(m_result);
}

} // namespace

std::optional<ImportResult> ExcalidrawReader::read(const QByteArray &json, QString *error)
{
    QString why;
    auto fail = [&](const QString &reason) -> std::optional<ImportResult> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(tr("it is not an Excalidraw scene (not JSON: %1 at byte %2).")
                        .arg(pe.errorString())
                        .arg(pe.offset));
    if (!doc.isObject())
        return fail(tr("it is not an Excalidraw scene."));
    const QJsonObject scene = doc.object();
    const QString type = scene.value(QLatin1String("type")).toString();
    if (type != excalidraw::kFileType && type != excalidraw::kClipboardType)
        return fail(tr("it is not an Excalidraw scene."));
    auto result = SceneReader(scene).read(&why);
    if (!result)
        return fail(why);
    return result;
}

bool ExcalidrawReader::looksLikeScene(const QByteArray &text)
{
    const QByteArray head = text.left(4096);
    return head.trimmed().startsWith('{') && head.contains("\"excalidraw");
}

} // namespace inkboard::canvas
