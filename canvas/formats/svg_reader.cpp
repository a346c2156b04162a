// SPDX-License-Identifier: Apache-2.0
#include "svg_reader.h"

#include "css_color.h"
#include "data_url.h"
#include "geometry.h"
#include "grouping.h"
#include "label_painter.h"
#include "model/limits.h"
#include "model/z_order.h"
#include "op_target.h"
#include "style.h"
#include "svg_path_data.h"

#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QLineF>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTransform>
#include <QXmlStreamReader>
#include <cmath>
#include <numbers>

namespace inkboard::canvas {

namespace {

constexpr int kMaxDepth = 256;
// Every path's points together, flattened: ten of the longest strokes Inkboard takes.
constexpr qsizetype kMaxPoints = 200000;

double roundTo2(double v)
{
    return std::round(v * 100) / 100;
}

// The leading number of an attribute ("12", "12px", "1e3"): units other than user units are
// taken as user units, which is what most files mean.
double numberOf(QStringView text, double fallback = 0)
{
    static const QRegularExpression number(
        QStringLiteral(R"(^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?))"));
    const QRegularExpressionMatch m = number.match(text.toString());
    if (!m.hasMatch())
        return fallback;
    return m.captured(1).toDouble();
}

QList<double> numbersOf(QStringView text)
{
    QList<double> out;
    static const QRegularExpression number(
        QStringLiteral(R"([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)"));
    auto it = number.globalMatch(text.toString());
    while (it.hasNext())
        out << it.next().captured(0).toDouble();
    return out;
}

QTransform parseTransform(const QString &text)
{
    QTransform result;
    static const QRegularExpression fn(QStringLiteral(R"((\w+)\s*\(([^)]*)\))"));
    auto it = fn.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        const QList<double> a = numbersOf(m.captured(2));
        QTransform f;
        auto arg = [&a](qsizetype i, double fallback) { return i < a.size() ? a[i] : fallback; };
        if (name == u"matrix" && a.size() == 6)
            f = QTransform(a[0], a[1], a[2], a[3], a[4], a[5]);
        else if (name == u"translate")
            f.translate(arg(0, 0), arg(1, 0));
        else if (name == u"scale")
            f.scale(arg(0, 1), arg(1, arg(0, 1)));
        else if (name == u"rotate") {
            f.translate(arg(1, 0), arg(2, 0));
            f.rotate(arg(0, 0));
            f.translate(-arg(1, 0), -arg(2, 0));
        } else if (name == u"skewX")
            f.shear(std::tan(arg(0, 0) * std::numbers::pi / 180), 0);
        else if (name == u"skewY")
            f.shear(0, std::tan(arg(0, 0) * std::numbers::pi / 180));
        // "A B" applies B first: each function goes before what came left of it.
        result = f * result;
    }
    return result;
}

// What a transform does to an upright box, when it keeps it one: scale on each axis and a
// turn (degrees). Nothing when it shears or mirrors.
struct Similarity
{
    double sx = 1, sy = 1, degrees = 0;
};

std::optional<Similarity> similarityOf(const QTransform &t)
{
    const double sx = std::hypot(t.m11(), t.m12());
    const double sy = std::hypot(t.m21(), t.m22());
    if (sx == 0 || sy == 0 || t.determinant() <= 0)
        return std::nullopt;
    const double dot = t.m11() * t.m21() + t.m12() * t.m22();
    if (std::abs(dot) > 1e-6 * sx * sy)
        return std::nullopt;
    return Similarity{sx, sy, std::atan2(t.m12(), t.m11()) * 180 / std::numbers::pi};
}

// Inherited presentation properties, and the opacity and transform so far.
struct Context
{
    QString fill = QStringLiteral("black");
    QString stroke = QStringLiteral("none");
    QString color = QStringLiteral("black");
    double strokeWidth = 1;
    double fillOpacity = 1;
    double strokeOpacity = 1;
    double opacity = 1;
    QString dash = QStringLiteral("none");
    double fontSize = 16;
    QString fontFamily;
    QString anchor = QStringLiteral("start");
    QTransform transform;
    QStringList groups; // outermost first
    bool hidden = false;
};

class DocumentReader
{
public:
    explicit DocumentReader(const QByteArray &bytes) : m_xml(bytes) {}
    std::optional<ImportResult> read(QString *error);

private:
    Context enter(const Context &parent);
    QString attr(const char *name) const;
    std::optional<QColor> paint(const QString &value, double opacity, const Context &c);
    QJsonObject common(const Context &c);
    void addShape(const Context &c, ObjectType type, const QRectF &box, double radius);
    void addOutline(const Context &c, const QPainterPath &path);
    void addText(const Context &c);
    void addImage(const Context &c);
    void add(ObjectType type, QJsonObject props);
    void skipElement();
    // The rules of <style> sheets (in this element or, for <defs>, below it) with simple
    // selectors: `.class`, `tag`, `#id`, `tag.class`. Enough for what drawing programs write.
    void readStyles();
    void addRules(const QString &css);

    QXmlStreamReader m_xml;
    QHash<QString, QString> m_style; // the current element's attributes and style=""
    QHash<QString, QList<std::pair<QString, QString>>> m_rules; // selector -> declarations
    ImportResult m_result;
    QString m_error;
    qsizetype m_points = 0; // flattened so far
};

QString DocumentReader::attr(const char *name) const
{
    return m_style.value(QLatin1String(name));
}

Context DocumentReader::enter(const Context &parent)
{
    m_style.clear();
    for (const QXmlStreamAttribute &a : m_xml.attributes())
        m_style.insert(a.name().toString(), a.value().toString().trimmed());
    // Style sheets win over presentation attributes, and style="" over both.
    if (!m_rules.isEmpty()) {
        const QString tag = m_xml.name().toString();
        QStringList selectors{tag};
        for (const QString &cls :
             m_style.value(QStringLiteral("class")).split(u' ', Qt::SkipEmptyParts))
            selectors << u'.' + cls << tag + u'.' + cls;
        if (m_style.contains(QStringLiteral("id")))
            selectors << u'#' + m_style.value(QStringLiteral("id"));
        for (const QString &selector : std::as_const(selectors)) {
            for (const auto &[property, value] : m_rules.value(selector))
                m_style.insert(property, value);
        }
    }
    const QString style = m_style.value(QStringLiteral("style"));
    for (const QString &decl : style.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = decl.indexOf(u':');
        if (colon > 0)
            m_style.insert(decl.left(colon).trimmed(), decl.mid(colon + 1).trimmed());
    }
    Context c = parent;
    auto take = [this](const char *name, QString &field) {
        const QString v = attr(name);
        if (!v.isEmpty() && v != u"inherit")
            field = v;
    };
    take("fill", c.fill);
    take("stroke", c.stroke);
    take("color", c.color);
    take("stroke-dasharray", c.dash);
    take("font-family", c.fontFamily);
    take("text-anchor", c.anchor);
    if (!attr("stroke-width").isEmpty())
        c.strokeWidth = std::max(0.0, numberOf(attr("stroke-width"), 1));
    if (!attr("fill-opacity").isEmpty())
        c.fillOpacity = std::clamp(numberOf(attr("fill-opacity"), 1), 0.0, 1.0);
    if (!attr("stroke-opacity").isEmpty())
        c.strokeOpacity = std::clamp(numberOf(attr("stroke-opacity"), 1), 0.0, 1.0);
    if (!attr("font-size").isEmpty())
        c.fontSize = std::max(1.0, numberOf(attr("font-size"), 16));
    if (!attr("opacity").isEmpty())
        c.opacity *= std::clamp(numberOf(attr("opacity"), 1), 0.0, 1.0);
    if (attr("display") == u"none" || attr("visibility") == u"hidden")
        c.hidden = true;
    if (!attr("transform").isEmpty())
        c.transform = parseTransform(attr("transform")) * parent.transform;
    return c;
}

std::optional<QColor> DocumentReader::paint(const QString &value, double opacity, const Context &c)
{
    if (value.startsWith(u"url(")) {
        m_result.skip(QStringLiteral("paint"));
        return std::nullopt;
    }
    std::optional<QColor> color =
        parseCssColor(value == u"currentColor" || value == u"currentcolor" ? c.color : value);
    if (!color || color->alpha() == 0)
        return std::nullopt;
    color->setAlphaF(float(color->alphaF() * opacity));
    return color;
}

QJsonObject DocumentReader::common(const Context &c)
{
    QJsonObject props;
    props.insert(key::opacity, roundTo2(c.opacity));
    if (!c.groups.isEmpty()) {
        const QJsonObject g = groupProps(
            c.groups.first(std::min<qsizetype>(c.groups.size(), Limits::kMaxGroupDepth)));
        for (auto it = g.constBegin(); it != g.constEnd(); ++it)
            props.insert(it.key(), it.value());
    }
    return props;
}

QString dashOf(const Context &c)
{
    if (c.dash.isEmpty() || c.dash == u"none")
        return QStringLiteral("solid");
    const QList<double> d = numbersOf(c.dash);
    if (d.isEmpty() || d.first() <= 0)
        return QStringLiteral("solid");
    return d.first() <= std::max(1.5 * c.strokeWidth, 2.0) ? QStringLiteral("dotted")
                                                           : QStringLiteral("dashed");
}

void DocumentReader::add(ObjectType type, QJsonObject props)
{
    if (m_result.bundle.objects.size() >= ForeignLimits::kMaxElements) {
        if (m_error.isEmpty())
            m_error = SvgReader::tr("it has more than %1 shapes.").arg(ForeignLimits::kMaxElements);
        return;
    }
    m_result.bundle.objects.append(Object{newId(), type, props});
}

void DocumentReader::addShape(const Context &c, ObjectType type, const QRectF &box, double radius)
{
    const std::optional<Similarity> s = similarityOf(c.transform);
    if (!s) {
        QPainterPath outline;
        if (type == ObjectType::Ellipse)
            outline.addEllipse(box);
        else
            outline.addRoundedRect(box, radius, radius);
        addOutline(c, outline);
        return;
    }
    const std::optional<QColor> fill = paint(c.fill, c.fillOpacity, c);
    const std::optional<QColor> stroke = paint(c.stroke, c.strokeOpacity, c);
    if (!fill && !stroke)
        return; // draws nothing
    const QPointF centre = c.transform.map(box.center());
    const double w = box.width() * s->sx, h = box.height() * s->sy;
    QJsonObject props = common(c);
    props.insert(key::x, roundTo2(centre.x() - w / 2));
    props.insert(key::y, roundTo2(centre.y() - h / 2));
    props.insert(key::w, roundTo2(w));
    props.insert(key::h, roundTo2(h));
    if (std::abs(s->degrees) > 1e-6)
        props.insert(key::rotation, roundTo2(s->degrees));
    props.insert(key::fillColor, colorToProp(fill.value_or(Qt::transparent)));
    props.insert(key::fillStyle, QStringLiteral("solid"));
    props.insert(key::strokeColor, colorToProp(stroke.value_or(Qt::transparent)));
    props.insert(key::strokeWidth, stroke ? roundTo2(c.strokeWidth * std::sqrt(s->sx * s->sy)) : 0);
    props.insert(key::dash, dashOf(c));
    if (type == ObjectType::Rect)
        props.insert(key::radius, roundTo2(radius * std::min(s->sx, s->sy)));
    add(type, props);
}

void DocumentReader::addOutline(const Context &c, const QPainterPath &path)
{
    const std::optional<QColor> stroke = paint(c.stroke, c.strokeOpacity, c);
    const std::optional<QColor> fill = paint(c.fill, c.fillOpacity, c);
    if (!stroke && !fill)
        return;
    // Lines have no inside: a filled outline is drawn in its fill colour, and the fill is lost.
    if (fill && !(stroke && *stroke == *fill))
        m_result.skip(QStringLiteral("path fill"));
    const QColor color = stroke.value_or(*fill);
    const double scale = std::sqrt(std::abs(c.transform.determinant()));
    const double width = stroke ? c.strokeWidth * scale : 1;
    const int maxPoints = Limits().maxPointsPerStroke;
    const auto polygons = flattenPath(path, c.transform, kMaxPoints - m_points);
    if (!polygons) {
        m_error = SvgReader::tr("its paths have more than %1 points.").arg(kMaxPoints);
        return;
    }
    for (const QPolygonF &polygon : *polygons) {
        m_points += polygon.size();
        if (polygon.size() < 2)
            continue;
        // Keep every point while they fit; else every k-th (the ends always).
        const qsizetype step = (polygon.size() + maxPoints - 2) / (maxPoints - 1);
        const QPointF origin = polygon.first();
        QJsonArray pts;
        for (qsizetype i = 0; i < polygon.size(); i += step) {
            pts << roundTo2(polygon[i].x() - origin.x()) << roundTo2(polygon[i].y() - origin.y());
            if (i + step >= polygon.size() && i + 1 != polygon.size())
                pts << roundTo2(polygon.last().x() - origin.x())
                    << roundTo2(polygon.last().y() - origin.y());
        }
        QJsonObject props = common(c);
        props.insert(key::x, roundTo2(origin.x()));
        props.insert(key::y, roundTo2(origin.y()));
        props.insert(key::points, pts);
        props.insert(key::strokeColor, colorToProp(color));
        props.insert(key::strokeWidth, roundTo2(width));
        props.insert(key::dash, dashOf(c));
        props.insert(key::route, QStringLiteral("straight"));
        add(ObjectType::Line, props);
    }
}

void DocumentReader::addText(const Context &c)
{
    const double x = numberOf(attr("x")), y = numberOf(attr("y"));
    QString text;
    int depth = 0;
    // The text of the element and its tspans; a tspan placed on a line of its own starts one.
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (m_xml.isCharacters()) {
            text += m_xml.text();
        } else if (m_xml.isStartElement()) {
            ++depth;
            const auto a = m_xml.attributes();
            if (!text.isEmpty() &&
                (a.hasAttribute(QStringLiteral("y")) || a.hasAttribute(QStringLiteral("dy"))))
                text += u'\n';
        } else if (m_xml.isEndElement()) {
            if (depth-- == 0)
                break;
        }
        if (text.size() > Limits().maxTextChars)
            break;
    }
    text = text.trimmed().left(Limits().maxTextChars);
    const std::optional<QColor> color = paint(c.fill, c.fillOpacity, c);
    if (text.isEmpty() || !color)
        return;
    const std::optional<Similarity> s = similarityOf(c.transform);
    const double scale = s ? s->sy : std::sqrt(std::abs(c.transform.determinant()));
    QJsonObject props = common(c);
    props.insert(key::text, text);
    props.insert(key::fontSize, roundTo2(std::max(1.0, c.fontSize * scale)));
    const QString family = c.fontFamily.toLower();
    props.insert(key::fontFamily,
                 family.contains(u"mono") || family.contains(u"courier")  ? QStringLiteral("mono")
                 : family.contains(u"serif") && !family.contains(u"sans") ? QStringLiteral("serif")
                                                                          : QStringLiteral("sans"));
    props.insert(key::strokeColor, colorToProp(*color));
    const QString align = c.anchor == u"middle" ? QStringLiteral("center")
                          : c.anchor == u"end"  ? QStringLiteral("right")
                                                : QStringLiteral("left");
    props.insert(key::align, align);
    // SVG places the baseline of the first line at y, and the anchor at x.
    const Object probe{QString(), ObjectType::Text, props};
    const QFontMetricsF fm(fontOf(probe));
    double left = 0;
    const double width = computeGeometry(probe).frame.width();
    if (align == u"center")
        left = -width / 2;
    else if (align == u"right")
        left = -width;
    const QPointF at = c.transform.map(QPointF(x, y));
    props.insert(key::x, roundTo2(at.x() + left * (s ? s->sx : 1)));
    props.insert(key::y, roundTo2(at.y() - fm.ascent()));
    if (s && std::abs(s->degrees) > 1e-6)
        props.insert(key::rotation, roundTo2(s->degrees));
    add(ObjectType::Text, props);
}

void DocumentReader::addImage(const Context &c)
{
    QString href = attr("href");
    if (href.isEmpty())
        href = m_style.value(QStringLiteral("xlink:href"));
    const std::optional<DataUrlImage> image = decodeDataUrlImage(href);
    if (!image) {
        m_result.skip(href.startsWith(u"data:") ? QStringLiteral("image")
                                                : QStringLiteral("linked-image"));
        return;
    }
    const QSize size = QImage::fromData(image->bytes).size();
    const double w = numberOf(attr("width"), size.width());
    const double h = numberOf(attr("height"), size.height());
    const QRectF box(numberOf(attr("x")), numberOf(attr("y")), w, h);
    const std::optional<Similarity> s = similarityOf(c.transform);
    const QPointF centre = c.transform.map(box.center());
    const double sx = s ? s->sx : 1, sy = s ? s->sy : 1;
    QJsonObject props = common(c);
    props.insert(key::x, roundTo2(centre.x() - w * sx / 2));
    props.insert(key::y, roundTo2(centre.y() - h * sy / 2));
    props.insert(key::w, roundTo2(w * sx));
    props.insert(key::h, roundTo2(h * sy));
    if (s && std::abs(s->degrees) > 1e-6)
        props.insert(key::rotation, roundTo2(s->degrees));
    props.insert(key::blob, image->hash);
    m_result.bundle.blobs.insert(image->hash, image->bytes);
    add(ObjectType::Image, props);
}

void DocumentReader::readStyles()
{
    int depth = 0;
    const bool sheet = m_xml.name() == u"style";
    QString css;
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (m_xml.isStartElement()) {
            ++depth;
            if (m_xml.name() == u"style") {
                addRules(m_xml.readElementText(QXmlStreamReader::IncludeChildElements));
                --depth; // readElementText read its end tag
            }
        } else if (m_xml.isCharacters() && sheet) {
            css += m_xml.text();
        } else if (m_xml.isEndElement() && depth-- == 0) {
            break;
        }
    }
    if (sheet)
        addRules(css);
}

void DocumentReader::addRules(const QString &input)
{
    static const QRegularExpression comments(QStringLiteral(R"(/\*.*?\*/)"),
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression rule(QStringLiteral(R"(([^{}]+)\{([^{}]*)\})"));
    QString css = input;
    css.remove(comments);
    auto it = rule.globalMatch(css);
    while (it.hasNext() && m_rules.size() < 10000) {
        const QRegularExpressionMatch m = it.next();
        QList<std::pair<QString, QString>> decls;
        for (const QString &decl : m.captured(2).split(u';', Qt::SkipEmptyParts)) {
            const qsizetype colon = decl.indexOf(u':');
            if (colon > 0)
                decls.append({decl.left(colon).trimmed(), decl.mid(colon + 1).trimmed()});
        }
        for (const QString &selector : m.captured(1).split(u',', Qt::SkipEmptyParts))
            m_rules[selector.trimmed()].append(decls);
    }
}

void DocumentReader::skipElement()
{
    m_xml.skipCurrentElement();
}

std::optional<ImportResult> DocumentReader::read(QString *error)
{
    QList<Context> stack;
    bool root = true;
    while (!m_xml.atEnd() && m_error.isEmpty()) {
        m_xml.readNext();
        if (m_xml.isEndElement()) {
            if (!stack.isEmpty())
                stack.removeLast();
            continue;
        }
        if (!m_xml.isStartElement())
            continue;
        const QString name = m_xml.name().toString();
        if (root) {
            if (name != u"svg") {
                *error = SvgReader::tr("it is not an SVG image (it starts with <%1>).").arg(name);
                return std::nullopt;
            }
            root = false;
        }
        if (stack.size() >= kMaxDepth) {
            *error = SvgReader::tr("its elements nest more than %1 deep.").arg(kMaxDepth);
            return std::nullopt;
        }
        Context c = enter(stack.isEmpty() ? Context() : stack.last());
        if (name == u"svg" && !m_style.value(QStringLiteral("viewBox")).isEmpty()) {
            // The viewBox fills the width and height (uniformly, centred: the default).
            const QList<double> vb = numbersOf(m_style.value(QStringLiteral("viewBox")));
            if (vb.size() == 4 && vb[2] > 0 && vb[3] > 0) {
                const double w = numberOf(attr("width"), vb[2]);
                const double h = numberOf(attr("height"), vb[3]);
                const double k = std::min(w / vb[2], h / vb[3]);
                QTransform t;
                t.translate((w - vb[2] * k) / 2, (h - vb[3] * k) / 2);
                t.scale(k, k);
                t.translate(-vb[0], -vb[1]);
                c.transform = t * c.transform;
            }
            if (!stack.isEmpty()) // a nested <svg> sits at its x, y
                c.transform = c.transform *
                              QTransform::fromTranslate(numberOf(attr("x")), numberOf(attr("y")));
        }
        if (c.hidden) {
            skipElement();
            continue;
        }
        if (name == u"g" || name == u"a" || name == u"switch") {
            if (name == u"g")
                c.groups.append(newId());
            stack.append(c);
            continue;
        }
        if (name == u"svg") {
            stack.append(c);
            continue;
        }
        if (name == u"rect") {
            const double w = numberOf(attr("width")), h = numberOf(attr("height"));
            const QString rxText = attr("rx").isEmpty() ? attr("ry") : attr("rx");
            if (w > 0 && h > 0)
                addShape(c, ObjectType::Rect,
                         QRectF(numberOf(attr("x")), numberOf(attr("y")), w, h),
                         std::clamp(numberOf(rxText), 0.0, std::min(w, h) / 2));
        } else if (name == u"circle" || name == u"ellipse") {
            const double rx = numberOf(attr(name == u"circle" ? "r" : "rx"));
            const double ry = name == u"circle" ? rx : numberOf(attr("ry"));
            const QPointF centre(numberOf(attr("cx")), numberOf(attr("cy")));
            if (rx > 0 && ry > 0)
                addShape(c, ObjectType::Ellipse,
                         QRectF(centre - QPointF(rx, ry), QSizeF(2 * rx, 2 * ry)), 0);
        } else if (name == u"line") {
            QPainterPath p(QPointF(numberOf(attr("x1")), numberOf(attr("y1"))));
            p.lineTo(numberOf(attr("x2")), numberOf(attr("y2")));
            Context lineContext = c;
            lineContext.fill = QStringLiteral("none"); // a line has no inside
            addOutline(lineContext, p);
        } else if (name == u"polyline" || name == u"polygon") {
            const QList<double> n = numbersOf(attr("points"));
            QPainterPath p;
            for (qsizetype i = 0; i + 1 < n.size(); i += 2) {
                if (i == 0)
                    p.moveTo(n[i], n[i + 1]);
                else
                    p.lineTo(n[i], n[i + 1]);
            }
            if (name == u"polygon")
                p.closeSubpath();
            addOutline(c, p);
        } else if (name == u"path") {
            const auto p = parseSvgPathData(attr("d"));
            if (!p) {
                *error =
                    SvgReader::tr("line %1: a path's data is malformed.").arg(m_xml.lineNumber());
                return std::nullopt;
            }
            addOutline(c, *p);
        } else if (name == u"text") {
            addText(c);
            continue; // addText read the end tag
        } else if (name == u"image") {
            addImage(c);
        } else if (name == u"use" || name == u"foreignObject") {
            m_result.skip(QStringLiteral("<%1>").arg(name));
            skipElement();
            continue;
        } else if (name == u"style" || name == u"defs") {
            readStyles(); // the style sheets in it; nothing in it is drawn by itself
            continue;
        } else {
            // gradients, clip paths, metadata: nothing drawn by itself
            skipElement();
            continue;
        }
        stack.append(c); // its end tag pops it
    }
    if (!m_error.isEmpty()) {
        *error = m_error;
        return std::nullopt;
    }
    if (m_xml.hasError()) {
        *error = SvgReader::tr("it is not a well-formed SVG image (line %1: %2).")
                     .arg(m_xml.lineNumber())
                     .arg(m_xml.errorString());
        return std::nullopt;
    }
    if (root) {
        *error = SvgReader::tr("it is not an SVG image.");
        return std::nullopt;
    }
    const auto keys = keysBetween(QString(), QString(), int(m_result.bundle.objects.size()));
    for (qsizetype i = 0; keys && i < m_result.bundle.objects.size(); ++i)
        m_result.bundle.objects[i].props.insert(key::z, keys->at(i));
    if (const QString bad = m_result.invalidObject(); !bad.isEmpty()) {
        *error = SvgReader::tr("it holds a shape Inkboard cannot keep: %1.").arg(bad);
        return std::nullopt;
    }
    return std::move(m_result);
}

} // namespace

std::optional<ImportResult> SvgReader::read(const QByteArray &svg, QString *error)
{
    QString why;
    auto result = DocumentReader(svg).read(&why);
    if (!result && error)
        *error = why;
    return result;
}

} // namespace inkboard::canvas
