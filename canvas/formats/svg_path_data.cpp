// SPDX-License-Identifier: Apache-2.0
#include "svg_path_data.h"

#include <QLineF>
#include <QTransform>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace inkboard::canvas {

namespace {

class Scanner
{
public:
    explicit Scanner(const QString &d) : m_d(d) {}

    void skipSeparators()
    {
        while (m_i < m_d.size() && (m_d[m_i].isSpace() || m_d[m_i] == u','))
            ++m_i;
    }
    bool atEnd()
    {
        skipSeparators();
        return m_i >= m_d.size();
    }
    bool atNumber()
    {
        skipSeparators();
        if (m_i >= m_d.size())
            return false;
        const QChar c = m_d[m_i];
        return c.isDigit() || c == u'-' || c == u'+' || c == u'.';
    }
    QChar command()
    {
        skipSeparators();
        return m_d[m_i++];
    }
    std::optional<double> number()
    {
        skipSeparators();
        const qsizetype start = m_i;
        if (m_i < m_d.size() && (m_d[m_i] == u'-' || m_d[m_i] == u'+'))
            ++m_i;
        bool dot = false;
        while (m_i < m_d.size() && (m_d[m_i].isDigit() || (!dot && m_d[m_i] == u'.'))) {
            dot = dot || m_d[m_i] == u'.';
            ++m_i;
        }
        if (m_i < m_d.size() && (m_d[m_i] == u'e' || m_d[m_i] == u'E')) {
            ++m_i;
            if (m_i < m_d.size() && (m_d[m_i] == u'-' || m_d[m_i] == u'+'))
                ++m_i;
            while (m_i < m_d.size() && m_d[m_i].isDigit())
                ++m_i;
        }
        bool ok = false;
        const double v = QStringView(m_d).mid(start, m_i - start).toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return std::nullopt;
        return v;
    }
    // An arc's flag: one digit, which may touch the next number ("a1 1 0 01 5 5").
    std::optional<bool> flag()
    {
        skipSeparators();
        if (m_i >= m_d.size() || (m_d[m_i] != u'0' && m_d[m_i] != u'1'))
            return std::nullopt;
        return m_d[m_i++] == u'1';
    }

private:
    const QString &m_d;
    qsizetype m_i = 0;
};

// SVG's endpoint arc (F.6.5) as cubic curves of at most a quarter turn each.
void arcTo(QPainterPath &path, QPointF from, double rx, double ry, double phiDegrees, bool large,
           bool sweep, QPointF to)
{
    if (from == to)
        return;
    rx = std::abs(rx);
    ry = std::abs(ry);
    if (rx == 0 || ry == 0) {
        path.lineTo(to);
        return;
    }
    const double phi = phiDegrees * std::numbers::pi / 180;
    const double c = std::cos(phi), s = std::sin(phi);
    const double dx = (from.x() - to.x()) / 2, dy = (from.y() - to.y()) / 2;
    const double x1 = c * dx + s * dy, y1 = -s * dx + c * dy;
    const double lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
    if (lambda > 1) {
        rx *= std::sqrt(lambda);
        ry *= std::sqrt(lambda);
    }
    const double num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
    const double den = rx * rx * y1 * y1 + ry * ry * x1 * x1;
    double coef = den == 0 ? 0 : std::sqrt(std::max(0.0, num / den));
    if (large == sweep)
        coef = -coef;
    const double cx1 = coef * rx * y1 / ry, cy1 = -coef * ry * x1 / rx;
    const double cx = c * cx1 - s * cy1 + (from.x() + to.x()) / 2;
    const double cy = s * cx1 + c * cy1 + (from.y() + to.y()) / 2;
    auto angle = [](double ux, double uy, double vx, double vy) {
        return std::atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    };
    const double t1 = angle(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry);
    double dt = angle((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry);
    if (!sweep && dt > 0)
        dt -= 2 * std::numbers::pi;
    else if (sweep && dt < 0)
        dt += 2 * std::numbers::pi;
    const int segments = std::max(1, int(std::ceil(std::abs(dt) / (std::numbers::pi / 2))));
    const double step = dt / segments;
    const double k = 4.0 / 3.0 * std::tan(step / 4);
    auto point = [&](double t) {
        return QPointF(cx + rx * std::cos(t) * c - ry * std::sin(t) * s,
                       cy + rx * std::cos(t) * s + ry * std::sin(t) * c);
    };
    auto derivative = [&](double t) {
        return QPointF(-rx * std::sin(t) * c - ry * std::cos(t) * s,
                       -rx * std::sin(t) * s + ry * std::cos(t) * c);
    };
    for (int i = 0; i < segments; ++i) {
        const double a = t1 + i * step, b = a + step;
        const QPointF end = i + 1 == segments ? to : point(b);
        path.cubicTo(point(a) + k * derivative(a), point(b) - k * derivative(b), end);
    }
}

} // namespace

std::optional<QPainterPath> parseSvgPathData(const QString &d, int maxCommands)
{
    QPainterPath path;
    Scanner in(d);
    QPointF current, start, lastControl;
    QChar previous;
    int commands = 0;
    while (!in.atEnd()) {
        const QChar cmd = in.command();
        const bool relative = cmd.isLower();
        const QChar op = cmd.toUpper();
        auto n = [&]() { return in.number(); };
        bool first = true;
        do {
            if (++commands > maxCommands)
                return std::nullopt;
            const QPointF base = relative ? current : QPointF();
            if (op == u'M' || op == u'L' || op == u'T') {
                const auto x = n(), y = n();
                if (!x || !y)
                    return std::nullopt;
                const QPointF p = base + QPointF(*x, *y);
                if (op == u'M' && first) {
                    path.moveTo(p);
                    start = p;
                } else if (op == u'T') {
                    const QPointF ctrl = (previous.toUpper() == u'Q' || previous.toUpper() == u'T')
                                             ? 2 * current - lastControl
                                             : current;
                    path.quadTo(ctrl, p);
                    lastControl = ctrl;
                } else {
                    path.lineTo(p); // further pairs after a moveto are linetos
                }
                current = p;
            } else if (op == u'H' || op == u'V') {
                const auto v = n();
                if (!v)
                    return std::nullopt;
                QPointF p = current;
                if (op == u'H')
                    p.setX(relative ? current.x() + *v : *v);
                else
                    p.setY(relative ? current.y() + *v : *v);
                path.lineTo(p);
                current = p;
            } else if (op == u'C' || op == u'S') {
                QPointF c1;
                if (op == u'C') {
                    const auto x = n(), y = n();
                    if (!x || !y)
                        return std::nullopt;
                    c1 = base + QPointF(*x, *y);
                } else {
                    c1 = (previous.toUpper() == u'C' || previous.toUpper() == u'S')
                             ? 2 * current - lastControl
                             : current;
                }
                const auto x2 = n(), y2 = n(), x = n(), y = n();
                if (!x2 || !y2 || !x || !y)
                    return std::nullopt;
                const QPointF c2 = base + QPointF(*x2, *y2);
                const QPointF p = base + QPointF(*x, *y);
                path.cubicTo(c1, c2, p);
                lastControl = c2;
                current = p;
            } else if (op == u'Q') {
                const auto x1 = n(), y1 = n(), x = n(), y = n();
                if (!x1 || !y1 || !x || !y)
                    return std::nullopt;
                const QPointF c = base + QPointF(*x1, *y1);
                const QPointF p = base + QPointF(*x, *y);
                path.quadTo(c, p);
                lastControl = c;
                current = p;
            } else if (op == u'A') {
                const auto rx = n(), ry = n(), phi = n();
                const auto large = in.flag(), sweep = in.flag();
                const auto x = n(), y = n();
                if (!rx || !ry || !phi || !large || !sweep || !x || !y)
                    return std::nullopt;
                const QPointF p = base + QPointF(*x, *y);
                arcTo(path, current, *rx, *ry, *phi, *large, *sweep, p);
                current = p;
            } else if (op == u'Z') {
                path.closeSubpath();
                current = start;
                previous = cmd;
                break; // takes no numbers
            } else {
                return std::nullopt;
            }
            previous = (op == u'M') ? QChar(u'L') : cmd;
            first = false;
        } while (in.atNumber());
        if (op == u'M' && previous == u'L')
            previous = cmd;
    }
    return path;
}

std::optional<QList<QPolygonF>> flattenPath(const QPainterPath &path, const QTransform &t,
                                            qsizetype maxPoints)
{
    QList<QPolygonF> out;
    qsizetype total = 0;
    auto add = [&](QPointF p) {
        if (out.isEmpty())
            out.append(QPolygonF());
        out.last().append(t.map(p));
        return ++total <= maxPoints;
    };
    QPointF current;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.isMoveTo()) {
            if (out.isEmpty() || !out.last().isEmpty())
                out.append(QPolygonF());
            if (!add(e))
                return std::nullopt;
        } else if (e.isLineTo()) {
            if (!add(e))
                return std::nullopt;
        } else if (e.isCurveTo() && i + 2 < path.elementCount()) {
            const QPointF c1 = path.elementAt(i), c2 = path.elementAt(i + 1);
            const QPointF end = path.elementAt(i + 2);
            i += 2;
            // Segments of about 4 units of the drawn length, 2 to 16 of them.
            const double length = QLineF(t.map(current), t.map(c1)).length() +
                                  QLineF(t.map(c1), t.map(c2)).length() +
                                  QLineF(t.map(c2), t.map(end)).length();
            const int n = int(std::clamp(std::ceil(length / 4), 2.0, 16.0));
            for (int k = 1; k <= n; ++k) {
                const double u = double(k) / n, v = 1 - u;
                const QPointF p =
                    v * v * v * current + 3 * v * v * u * c1 + 3 * v * u * u * c2 + u * u * u * end;
                if (!add(p))
                    return std::nullopt;
            }
            current = end;
            continue;
        }
        current = e;
    }
    out.removeIf([](const QPolygonF &p) { return p.isEmpty(); });
    return out;
}

} // namespace inkboard::canvas
