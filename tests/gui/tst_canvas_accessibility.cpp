// SPDX-License-Identifier: Apache-2.0
// The canvas to assistive technology (issue 19): one accessible child per object, in Tab's
// order, with role, name, state and bounds.
#include "accessibility/canvas_accessible.h"
#include "accessibility/object_description.h"
#include "canvas_fixture.h"
#include "palette_contrast.h"

#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QtTest>

using namespace inkboard;
using namespace inkboard::canvas;
using namespace inkboard::canvas::testing;

namespace {

Object labelled(Object o, const QString &label)
{
    o.props.insert(QStringLiteral("label"), label);
    return o;
}

Object text(const QString &id, double x, double y, const QString &words)
{
    return Object{id, ObjectType::Text,
                  QJsonObject{{"x", x}, {"y", y}, {"text", words}, {"font_size", 20}, {"z", "a5"}}};
}

} // namespace

class TestCanvasAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void everyObjectIsAChildWithRoleNameAndBounds();
    void stateShowsSelectionAndLock();
    void objectsThatComeAndGoAreFollowed();
    void childAtFindsTheObjectUnderAPoint();
    void activatingAChildSelectsIt();
    void namesOfEveryKind();
    void highContrastPalettesAreRespected();
    void ctrlTabLeavesTheCanvas();
};

void TestCanvasAccessibility::everyObjectIsAChildWithRoleNameAndBounds()
{
    CanvasFixture f;
    f.seed(labelled(CanvasFixture::rect("r", 100, 100, 120, 60, "a1"), "Ship it"));
    f.seed(text("t", 400, 100, "Deadline\nFriday"));
    f.seed(CanvasFixture::rect("low", 100, 300, 50, 50, "a2"));

    QAccessibleInterface *canvas = QAccessible::queryAccessibleInterface(&f.view);
    QVERIFY(canvas);
    QCOMPARE(canvas->role(), QAccessible::Canvas);
    QCOMPARE(canvas->childCount(), 3);
    QVERIFY(canvas->text(QAccessible::Description).contains(QLatin1String("3")));

    // Reading order, as Tab visits: the top row left to right, then the next row.
    QAccessibleInterface *first = canvas->child(0);
    QAccessibleInterface *second = canvas->child(1);
    QAccessibleInterface *third = canvas->child(2);
    QVERIFY(first && second && third);
    QCOMPARE(first->text(QAccessible::Name), QStringLiteral("Rectangle 'Ship it'"));
    QCOMPARE(first->role(), QAccessible::Graphic);
    QCOMPARE(second->text(QAccessible::Name), QStringLiteral("Text 'Deadline Friday'"));
    QCOMPARE(second->role(), QAccessible::StaticText);
    QCOMPARE(third->text(QAccessible::Name), QStringLiteral("Rectangle"));
    QCOMPARE(canvas->indexOfChild(second), 1);
    QCOMPARE(first->parent(), canvas);
    QVERIFY(canvas->child(3) == nullptr);
    QVERIFY(canvas->child(-1) == nullptr);

    // Bounds on the screen, stroke included, and they follow the view.
    const QRect at = first->rect();
    const QPoint origin = f.view.mapToGlobal(QPoint(0, 0));
    QVERIFY2(qAbs(at.left() - (origin.x() + 100)) <= 2, qPrintable(QString::number(at.left())));
    QVERIFY(qAbs(at.width() - 120) <= 4);
    f.view.setView(2.0, QPointF(10, 0));
    QVERIFY(qAbs(first->rect().left() - (origin.x() + 210)) <= 4);
    QVERIFY(qAbs(first->rect().width() - 240) <= 8);
    // The same object, the same child (a screen reader keeps its place).
    QCOMPARE(canvas->child(0), first);
}

void TestCanvasAccessibility::stateShowsSelectionAndLock()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("a", 100, 100, 50, 50, "a1"));
    Object locked = CanvasFixture::rect("b", 300, 100, 50, 50, "a2");
    locked.props.insert(QStringLiteral("locked"), true);
    f.seed(locked);
    QAccessibleInterface *canvas = QAccessible::queryAccessibleInterface(&f.view);
    QAccessibleInterface *a = canvas->child(0);
    QAccessibleInterface *b = canvas->child(1);
    QVERIFY(a->state().selectable);
    QVERIFY(!a->state().selected);
    QVERIFY(!a->state().readOnly);
    QVERIFY(b->state().readOnly);
    QVERIFY(b->text(QAccessible::Description).contains(QLatin1String("locked")));
    f.view.setSelection({QStringLiteral("a")});
    QVERIFY(a->state().selected);
    QVERIFY(!b->state().selected);
    QVERIFY(!a->state().offscreen);
    f.view.setView(1.0, QPointF(-5000, 0));
    QVERIFY(a->state().offscreen);
}

// What the bridge is told when objects come and go is checked through the real AT-SPI stack
// (tests/gui/atspi_check.sh): QAccessible sends no event without an active bridge.
void TestCanvasAccessibility::objectsThatComeAndGoAreFollowed()
{
    CanvasFixture f;
    QAccessibleInterface *canvas = QAccessible::queryAccessibleInterface(&f.view);
    QCOMPARE(canvas->childCount(), 0);
    f.seed(labelled(CanvasFixture::rect("a", 100, 100, 50, 50), "New"));
    QCOMPARE(canvas->childCount(), 1);
    QAccessibleInterface *child = canvas->child(0);
    QCOMPARE(child->text(QAccessible::Name), QStringLiteral("Rectangle 'New'"));

    // A peer renames it: the same child, its new name.
    f.target.applyRemote({Op::update(newId(), QStringLiteral("a"), {{"label", "Renamed"}})});
    QCOMPARE(canvas->child(0), child);
    QCOMPARE(child->text(QAccessible::Name), QStringLiteral("Rectangle 'Renamed'"));

    // Deleted: no child any more, and the old one's id no longer answers.
    const QAccessible::Id id = QAccessible::uniqueId(child);
    f.target.applyRemote({Op::remove(newId(), QStringLiteral("a"))});
    QCOMPARE(canvas->childCount(), 0);
    QVERIFY(!QAccessible::accessibleInterface(id));

    // Many at once (an import), and a new drawing.
    OpList ops;
    for (int i = 0; i < 200; ++i)
        ops.append(Op::create(newId(), QStringLiteral("m%1").arg(i), ObjectType::Rect,
                              CanvasFixture::rect({}, i * 10, 0, 5, 5).props));
    f.target.applyRemote(ops);
    QCOMPARE(canvas->childCount(), 200);
    QVERIFY(canvas->child(199));
    static const Document kEmpty;
    f.view.setDocument(&kEmpty);
    QCOMPARE(canvas->childCount(), 0);
}

void TestCanvasAccessibility::childAtFindsTheObjectUnderAPoint()
{
    CanvasFixture f;
    f.seed(labelled(CanvasFixture::rect("a", 100, 100, 80, 80, "a1"), "Here"));
    QAccessibleInterface *canvas = QAccessible::queryAccessibleInterface(&f.view);
    const QPoint inside = f.view.mapToGlobal(QPoint(140, 140));
    QAccessibleInterface *hit = canvas->childAt(inside.x(), inside.y());
    QVERIFY(hit);
    QCOMPARE(hit->text(QAccessible::Name), QStringLiteral("Rectangle 'Here'"));
    const QPoint outside = f.view.mapToGlobal(QPoint(500, 500));
    QVERIFY(!canvas->childAt(outside.x(), outside.y()));
}

void TestCanvasAccessibility::activatingAChildSelectsIt()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("a", 100, 100, 50, 50, "a1"));
    f.seed(CanvasFixture::rect("far", 5000, 100, 50, 50, "a2"));
    QAccessibleInterface *canvas = QAccessible::queryAccessibleInterface(&f.view);
    QAccessibleInterface *far = canvas->child(1);
    QAccessibleActionInterface *actions = far->actionInterface();
    QVERIFY(actions);
    QVERIFY(actions->actionNames().contains(QAccessibleActionInterface::setFocusAction()));
    QVERIFY(far->state().offscreen);
    actions->doAction(QAccessibleActionInterface::setFocusAction());
    QCOMPARE(f.view.selection(), QSet<QString>{QStringLiteral("far")});
    QVERIFY(!far->state().offscreen); // brought into view
}

void TestCanvasAccessibility::namesOfEveryKind()
{
    auto make = [](ObjectType type, QJsonObject props) {
        return Object{QStringLiteral("x"), type, std::move(props)};
    };
    QCOMPARE(accessibleNameOf(make(ObjectType::Rect, {{"shape", "diamond"}})),
             QStringLiteral("Diamond"));
    QCOMPARE(accessibleNameOf(make(ObjectType::Rect, {{"shape", "note"}, {"label", "Hi"}})),
             QStringLiteral("Sticky note 'Hi'"));
    QCOMPARE(accessibleNameOf(make(ObjectType::Rect, {{"shape", "from-a-newer-peer"}})),
             QStringLiteral("Rectangle"));
    QCOMPARE(accessibleNameOf(make(ObjectType::Ellipse, {})), QStringLiteral("Ellipse"));
    QCOMPARE(accessibleNameOf(make(ObjectType::Arrow, {{"label", "yes"}})),
             QStringLiteral("Arrow 'yes'"));
    QCOMPARE(accessibleNameOf(make(ObjectType::Stroke, {})), QStringLiteral("Pen stroke"));
    QCOMPARE(accessibleNameOf(make(ObjectType::Stroke, {{"pen", "highlighter"}})),
             QStringLiteral("Highlighter stroke"));
    QCOMPARE(accessibleNameOf(make(ObjectType::Image, {})), QStringLiteral("Image"));
    const QString longText(500, QLatin1Char('w'));
    QVERIFY(accessibleNameOf(make(ObjectType::Text, {{"text", longText}})).size() < 140);
    QCOMPARE(accessibleDescriptionOf(make(
                 ObjectType::Arrow, {{"start_bind", QJsonObject{}}, {"end_bind", QJsonObject{}}})),
             QStringLiteral("connects two objects"));
}

namespace {

QPalette palette(const QColor &window, const QColor &text, const QColor &highlight,
                 const QColor &highlighted)
{
    QPalette p;
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(g, QPalette::Window, window);
        p.setColor(g, QPalette::Base, window);
        p.setColor(g, QPalette::WindowText, text);
        p.setColor(g, QPalette::Text, text);
        p.setColor(g, QPalette::Highlight, highlight);
        p.setColor(g, QPalette::HighlightedText, highlighted);
    }
    return p;
}

QColor backgroundOf(CanvasView &view)
{
    return view.grab().toImage().pixelColor(view.width() - 5, view.height() - 5);
}

} // namespace

void TestCanvasAccessibility::highContrastPalettesAreRespected()
{
    // Windows' High Contrast Black and White, as Qt reports them there.
    const QPalette hcBlack = palette(Qt::black, Qt::white, QColor(0x1a, 0xeb, 0xff), Qt::black);
    const QPalette hcWhite = palette(Qt::white, Qt::black, QColor(0x37, 0x00, 0x6e), Qt::white);
    // Ordinary ones: Fusion's light, and a dark one of the same kind.
    const QPalette light =
        palette(QColor(0xef, 0xef, 0xef), Qt::black, QColor(0x30, 0x8c, 0xc6), Qt::white);
    const QPalette dark = palette(QColor(0x2a, 0x2a, 0x2a), QColor(0xe0, 0xe0, 0xe0),
                                  QColor(0x2a, 0x82, 0xda), Qt::white);
    QVERIFY(isHighContrast(hcBlack));
    QVERIFY(isHighContrast(hcWhite));
    QVERIFY(!isHighContrast(light));
    QVERIFY(!isHighContrast(dark));
    QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white)), 21);

    CanvasFixture f;
    f.seed(CanvasFixture::rect("a", 100, 100, 50, 50));
    f.view.setPalette(dark);
    QCOMPARE(backgroundOf(f.view), QColor(0x1e, 0x1f, 0x22)); // the canvas's own dark paper
    f.view.setPalette(hcBlack);
    QCOMPARE(backgroundOf(f.view), QColor(Qt::black)); // the user's, as it is
    f.view.setPalette(light);
    QCOMPARE(backgroundOf(f.view), QColor(Qt::white));
    // The selection is drawn in the palette's highlight, in high contrast too.
    f.view.setPalette(hcBlack);
    f.view.setSelection({QStringLiteral("a")});
    const QImage shot = f.view.grab().toImage();
    bool highlightSeen = false;
    for (int x = 90; x < 160 && !highlightSeen; ++x)
        highlightSeen = shot.pixelColor(x, 96) == QColor(0x1a, 0xeb, 0xff) ||
                        shot.pixelColor(x, 97) == QColor(0x1a, 0xeb, 0xff) ||
                        shot.pixelColor(x, 98) == QColor(0x1a, 0xeb, 0xff);
    QVERIFY(highlightSeen);
}

// Tab walks the objects, so the keyboard needs another way out of the canvas (no keyboard
// trap, WCAG 2.1.2): Ctrl+Tab and Ctrl+Shift+Tab move the focus on, as in Qt's text editors.
void TestCanvasAccessibility::ctrlTabLeavesTheCanvas()
{
    QWidget window;
    auto *before = new QLineEdit(&window);
    auto *view = new CanvasView(&window);
    auto *after = new QLineEdit(&window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(before);
    layout->addWidget(view);
    layout->addWidget(after);
    Document doc;
    doc.apply(Op::create(newId(), QStringLiteral("a"), ObjectType::Rect,
                         CanvasFixture::rect({}, 10, 10, 20, 20).props));
    view->setDocument(&doc);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    view->setFocus();
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Tab); // walks the objects, keeps the focus
    QCOMPARE(view->selection(), QSet<QString>{QStringLiteral("a")});
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Tab, Qt::ControlModifier);
    QVERIFY(after->hasFocus());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(before->hasFocus());
}

QTEST_MAIN(TestCanvasAccessibility)
#include "tst_canvas_accessibility.moc"
