// SPDX-License-Identifier: Apache-2.0
// Helper for docs/screenshots (not a test): `demo FILE` writes a non-trivial demo drawing as a
// .inkboard file, `flowchart FILE` a diagram (labelled shapes, bound arrows, notes), `arrange
// FILE` cards to line up; `grab FILE` saves what the X server shows (run under xvfb-run next to
// the real app, see screenshot.sh); `find COLOR FILE` prints where a colour is in a PNG.
#include "blob_store.h"
#include "history_scene.h"
#include "inkboard_file.h"
#include "model/z_order.h"
#include "presence_overlay.h"

#include <QApplication>
#include <QBuffer>
#include <QJsonArray>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QScreen>
#include <QtMath>
#include <cstdio>

using namespace inkboard;

namespace {

class Demo
{
public:
    void rect(double x, double y, double w, double h, const QString &fill,
              const QString &stroke = "#1e1e1eff", double radius = 12)
    {
        add(ObjectType::Rect, {{"x", x},
                               {"y", y},
                               {"w", w},
                               {"h", h},
                               {"fill_color", fill},
                               {"stroke_color", stroke},
                               {"stroke_width", 2},
                               {"radius", radius}});
    }
    void ellipse(double x, double y, double w, double h, const QString &fill, const QString &stroke)
    {
        add(ObjectType::Ellipse, {{"x", x},
                                  {"y", y},
                                  {"w", w},
                                  {"h", h},
                                  {"fill_color", fill},
                                  {"stroke_color", stroke},
                                  {"stroke_width", 2.5}});
    }
    void text(double x, double y, const QString &t, double size, const QString &color = "#1e1e1eff",
              const QString &align = "left", double w = 0)
    {
        QJsonObject p{
            {"x", x},        {"y", y}, {"text", t}, {"font_size", size}, {"stroke_color", color},
            {"align", align}};
        if (w > 0)
            p.insert("w", w);
        add(ObjectType::Text, p);
    }
    void arrow(QPointF a, QPointF b, const QString &color = "#1e1e1eff", double width = 2.5)
    {
        add(ObjectType::Arrow, {{"x", a.x()},
                                {"y", a.y()},
                                {"points", QJsonArray{0, 0, b.x() - a.x(), b.y() - a.y()}},
                                {"stroke_color", color},
                                {"stroke_width", width}});
    }
    void stroke(const QList<QPointF> &pts, const QString &color, double width)
    {
        QJsonArray a;
        for (int i = 0; i < pts.size(); ++i) {
            a.append(pts[i].x() - pts[0].x());
            a.append(pts[i].y() - pts[0].y());
            a.append(0.35 + 0.3 * std::sin(i * 0.2) * std::sin(i * 0.2));
        }
        add(ObjectType::Stroke, {{"x", pts[0].x()},
                                 {"y", pts[0].y()},
                                 {"points", a},
                                 {"stroke_color", color},
                                 {"stroke_width", width}});
    }
    // A shape with a label (flow charts): returns its id, for connectors.
    QString shape(double x, double y, double w, double h, const QString &shape,
                  const QString &label, const QString &fill, ObjectType type = ObjectType::Rect)
    {
        QJsonObject p{{"x", x},
                      {"y", y},
                      {"w", w},
                      {"h", h},
                      {"fill_color", fill},
                      {"stroke_color", "#1e1e1eff"},
                      {"stroke_width", 2},
                      {"label", label},
                      {"font_size", 20}};
        if (!shape.isEmpty())
            p.insert("shape", shape);
        if (shape == u"rectangle")
            p.insert("radius", 10);
        return add(type, p);
    }
    // An arrow bound at both ends (drawn from the shapes when the app opens the file).
    void connect(const QString &from, const QString &to, const QString &label = {},
                 const QString &route = "straight", QPointF fromFocus = {0.5, 0.5},
                 QPointF toFocus = {0.5, 0.5})
    {
        QJsonObject p{
            {"x", 0},
            {"y", 0},
            {"points", QJsonArray{0, 0, 1, 1}},
            {"stroke_color", "#1e1e1eff"},
            {"stroke_width", 2},
            {"route", route},
            {"head_end", "triangle"},
            {"arrow_end", true},
            {"start_bind", QJsonObject{{"id", from}, {"fx", fromFocus.x()}, {"fy", fromFocus.y()}}},
            {"end_bind", QJsonObject{{"id", to}, {"fx", toFocus.x()}, {"fy", toFocus.y()}}}};
        if (!label.isEmpty())
            p.insert("label", label);
        add(ObjectType::Arrow, p);
    }
    // Puts the objects into nested groups (outermost first), as Ctrl+G does.
    void group(const QStringList &ids, const QStringList &groups)
    {
        for (Object &o : file.bundle.objects) {
            if (ids.contains(o.id)) {
                o.props.insert("group", groups.first());
                o.props.insert("groups", QJsonArray::fromStringList(groups));
            }
        }
    }
    void image(double x, double y, double w, double h, const QByteArray &bytes)
    {
        const QString hash = canvas::BlobStore::hashOf(bytes);
        file.bundle.blobs.insert(hash, bytes);
        add(ObjectType::Image,
            {{"x", x}, {"y", y}, {"w", w}, {"h", h}, {"blob", hash}, {"rotation", -4}});
    }

    app::InkboardFile file;

private:
    QString add(ObjectType type, QJsonObject props)
    {
        m_z = keyBetween(m_z, QString()).value();
        props.insert("z", m_z);
        const QString id = QStringLiteral("demo-%1").arg(file.bundle.objects.size());
        file.bundle.objects.append(Object{id, type, props});
        return id;
    }
    QString m_z;
};

QByteArray photo()
{
    // A small generated "photo": a sunset with hills, so the drawing holds a real image blob.
    QImage img(360, 240, QImage::Format_RGB32);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, 0, 240);
    sky.setColorAt(0, QColor(0x4f, 0x46, 0xe5));
    sky.setColorAt(0.6, QColor(0xf0, 0x8c, 0x00));
    sky.setColorAt(1, QColor(0xff, 0xd5, 0x4f));
    p.fillRect(img.rect(), sky);
    p.setBrush(QColor(0xff, 0xf3, 0xbf));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(250, 150), 38, 38);
    QPainterPath hills;
    hills.moveTo(0, 240);
    hills.cubicTo(80, 140, 160, 230, 230, 180);
    hills.cubicTo(290, 140, 330, 200, 360, 170);
    hills.lineTo(360, 240);
    p.setBrush(QColor(0x2f, 0x9e, 0x44));
    p.drawPath(hills);
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return png;
}

void writeDemo(const QString &path)
{
    Demo d;
    d.file.title = "Offline-first sync — whiteboard";
    d.text(60, 20, "How an edit travels", 40, "#1e1e1eff");
    d.text(62, 76, "every edit is an op · persisted before shown · one path online and offline", 18,
           "#868e96ff");
    const struct
    {
        double x;
        const char *title;
        const char *fill;
    } boxes[] = {{60, "Gesture\n(pen, drag, text)", "#ffec99ff"},
                 {340, "Pending ops\n(SQLite, fsync)", "#a5d8ffff"},
                 {620, "POST /ops\nrevision N", "#b2f2bbff"},
                 {900, "Broadcast\nto every peer", "#eebefaff"}};
    for (const auto &b : boxes) {
        d.rect(b.x, 150, 220, 110, b.fill);
        d.text(b.x + 10, 178, b.title, 22, "#1e1e1eff", "center", 200);
    }
    for (int i = 0; i < 3; ++i)
        d.arrow(QPointF(boxes[i].x + 226, 205), QPointF(boxes[i + 1].x - 8, 205));
    d.arrow(QPointF(1010, 268), QPointF(460, 268 + 70), "#e03131ff");
    d.text(640, 320, "ack drops the pending op", 18, "#e03131ff");
    d.ellipse(80, 340, 240, 150, "#ffc9c9ff", "#e03131ff");
    d.text(110, 392, "Offline?\nkeep drawing", 24, "#c92a2aff", "center", 180);
    // A hand-drawn star and a squiggle with the pen.
    QList<QPointF> star;
    for (int v = 0; v <= 10; ++v) {
        // Five points, drawn by hand: each edge sampled with a little wobble.
        const auto vertex = [](int k) {
            const double angle = -M_PI / 2 + k * M_PI / 5;
            const double r = k % 2 == 0 ? 75 : 30;
            return QPointF(1120 + r * std::cos(angle), 420 + r * std::sin(angle));
        };
        if (v == 10)
            break;
        const QPointF a = vertex(v), b = vertex(v + 1);
        for (int i = 0; i < 6; ++i) {
            const double t = i / 6.0;
            star.append(a + (b - a) * t +
                        QPointF(1.5 * std::sin(v * 3.1 + i), 1.5 * std::cos(v + i)));
        }
    }
    star.append(star.first() + QPointF(2, 1));
    d.stroke(star, "#f08c00ff", 4);
    QList<QPointF> squiggle;
    for (int i = 0; i < 120; ++i)
        squiggle.append(
            QPointF(380 + i * 4.2, 560 + 22 * std::sin(i / 7.0) + 6 * std::sin(i / 2.3)));
    d.stroke(squiggle, "#1971c2ff", 5);
    d.text(390, 600, "live previews travel as presence, ~20/s", 18, "#1971c2ff");
    d.image(930, 520, 270, 180, photo());
    d.text(940, 712, "images are content-addressed blobs", 16, "#868e96ff");
    d.rect(380, 420, 420, 110, "#00000000", "#9c36b5ff", 4);
    d.text(
        395, 432,
        "Undo is per user: it restores only\nthe props you changed, never a\npeer's newer value.",
        20, "#9c36b5ff");
    QString error;
    if (!d.file.write(path, &error))
        qFatal("%s", qPrintable(error));
}

// A flow chart: labelled shapes of several kinds, bound arrows (straight and elbow), arrow
// labels and sticky notes, for the README's diagramming screenshot.
void writeFlowchart(const QString &path)
{
    Demo d;
    d.file.title = "Release flow";
    d.text(60, 24, "Release flow", 36);
    const QString start =
        d.shape(80, 120, 180, 80, {}, "Merge to main", "#b2f2bbff", ObjectType::Ellipse);
    const QString ci = d.shape(360, 120, 200, 80, "rectangle", "CI: build and test", "#a5d8ffff");
    const QString green = d.shape(640, 95, 190, 130, "diamond", "Green?", "#ffec99ff");
    const QString tag = d.shape(920, 120, 190, 80, "rectangle", "Tag the release", "#a5d8ffff");
    const QString fix = d.shape(640, 340, 190, 90, "hexagon", "Fix and push", "#ffc9c9ff");
    const QString packages =
        d.shape(920, 330, 190, 110, "parallelogram", "Packages\n.deb .exe .dmg", "#eebefaff");
    const QString ship =
        d.shape(920, 540, 190, 80, {}, "Ship it", "#b2f2bbff", ObjectType::Ellipse);
    d.connect(start, ci);
    d.connect(ci, green);
    d.connect(green, tag, "yes");
    d.connect(green, fix, "no");
    d.connect(fix, ci, {}, "elbow", {0, 0.5}, {0.5, 1});
    d.connect(tag, packages);
    d.connect(packages, ship);
    d.shape(80, 300, 230, 200, "note", "Release notes from the merged PRs", "#fff59dff");
    d.shape(340, 470, 230, 170, "note", "Who is on call this week?", "#a5d8ffff");
    QString error;
    if (!d.file.write(path, &error))
        qFatal("%s", qPrintable(error));
}

// Arranging: three cards in a row with equal gaps and a fourth below, for the README's
// screenshot of the fourth dragged into the row (arrange_screenshot.sh drives the drag); a
// grouped note with its caption.
void writeArrange(const QString &path)
{
    Demo d;
    d.file.title = "Sprint board";
    d.text(60, 24, "Sprint board", 36);
    d.shape(80, 130, 180, 100, "rectangle", "Backlog", "#ffec99ff");
    d.shape(300, 130, 180, 100, "rectangle", "In progress", "#a5d8ffff");
    d.shape(520, 130, 180, 100, "rectangle", "Review", "#e5dbffff");
    d.shape(800, 330, 180, 100, "rectangle", "Done", "#c3fae8ff");
    const QString note = d.shape(80, 330, 220, 170, "note", "Demo on Friday", "#fff59dff");
    d.text(90, 510, "owner: Sam · due Friday", 16, "#868e96ff");
    const QString caption = QStringLiteral("demo-%1").arg(d.file.bundle.objects.size() - 1);
    d.group({note, caption}, {"g-notes"});
    QString error;
    if (!d.file.write(path, &error))
        qFatal("%s", qPrintable(error));
}

// The box of the pixels of exactly `color` in a PNG, printed as "x y w h" (nothing when
// none): where the screenshot scripts find a shape in the real window.
int findColor(const QString &png, const QColor &color)
{
    const QImage img = QImage(png).convertToFormat(QImage::Format_RGB32);
    if (img.isNull())
        return 1;
    QRect box;
    for (int y = 0; y < img.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            if ((line[x] & 0xffffff) == (color.rgb() & 0xffffff))
                box = box.united(QRect(x, y, 1, 1));
        }
    }
    if (box.isNull())
        return 1;
    std::printf("%d %d %d %d\n", box.x(), box.y(), box.width(), box.height());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args[1] == "demo") {
        writeDemo(args[2]);
        return 0;
    }
    if (args.size() == 3 && args[1] == "flowchart") {
        writeFlowchart(args[2]);
        return 0;
    }
    if (args.size() == 3 && args[1] == "arrange") {
        writeArrange(args[2]);
        return 0;
    }
    if (args.size() == 3 && args[1] == "history")
        return writeHistoryProfile(args[2]);
    if (args.size() == 3 && args[1] == "color") {
        std::printf("%s\n", qPrintable(app::PresenceOverlay::colorOf(args[2]).name()));
        return 0;
    }
    if (args.size() == 4 && args[1] == "find")
        return findColor(args[3], QColor(args[2]));
    if (args.size() == 3 && args[1] == "grab") {
        const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0);
        return shot.save(args[2], "PNG") ? 0 : 1;
    }
    std::fprintf(stderr,
                 "usage: inkboard_screenshot_tool demo|flowchart|arrange FILE.inkboard | history "
                 "PROFILE | color USER-ID | grab FILE.png | find '#rrggbb' FILE.png\n");
    return 2;
}
