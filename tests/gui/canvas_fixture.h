// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "blob_store.h"
#include "canvas_view.h"
#include "edit_history.h"
#include "op_target.h"

#include <QJsonArray>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace inkboard::canvas::testing {

// A canvas wired like the app: gestures -> EditHistory -> a Replica -> objectsChanged -> canvas.
// The view starts at zoom 1 with the canvas origin at the widget's top-left corner, so canvas
// and widget coordinates agree until a test zooms or pans.
struct CanvasFixture
{
    QTemporaryDir dir;
    ReplicaTarget target;
    EditHistory history;
    BlobStore blobs{dir.path() + QStringLiteral("/blobs")};
    CanvasView view;
    QList<OpList> requested; // every gesture's ops, in order

    CanvasFixture()
    {
        history.setTarget(&target);
        view.setBlobStore(&blobs);
        view.setDocument(&target.document());
        QObject::connect(&target, &ReplicaTarget::objectsChanged, &view,
                         &CanvasView::objectsChanged);
        view.setEditHistory(&history);
        QObject::connect(&view, &CanvasView::opsRequested, &view,
                         [this](const OpList &ops) { requested.append(ops); });
        view.resize(800, 600);
        view.show();
        view.setView(1.0, QPointF(0, 0));
        view.setFocus();
    }

    const Document &doc() const { return target.document(); }

    // A press, moves in `steps` and a release with the left button, as a user drags.
    void drag(QPointF from, QPointF to, Qt::KeyboardModifiers mods = Qt::NoModifier, int steps = 8)
    {
        QTest::mousePress(&view, Qt::LeftButton, mods, from.toPoint());
        for (int i = 1; i <= steps; ++i) {
            const QPointF p = from + (to - from) * (double(i) / steps);
            QMouseEvent move(QEvent::MouseMove, p, view.mapToGlobal(p), Qt::NoButton,
                             Qt::LeftButton, mods);
            QCoreApplication::sendEvent(&view, &move);
        }
        QTest::mouseRelease(&view, Qt::LeftButton, mods, to.toPoint());
    }

    void click(QPointF at, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::mouseClick(&view, Qt::LeftButton, mods, at.toPoint());
    }

    // Puts an object in the drawing as a peer's commit would (not undoable here).
    void seed(const Object &o) { target.applyRemote({Op::create(newId(), o.id, o.type, o.props)}); }

    static Object rect(const QString &id, double x, double y, double w, double h,
                       const QString &z = QStringLiteral("a0"))
    {
        return Object{id, ObjectType::Rect,
                      QJsonObject{{"x", x},
                                  {"y", y},
                                  {"w", w},
                                  {"h", h},
                                  {"z", z},
                                  {"stroke_color", "#1e1e1eff"},
                                  {"fill_color", "#ff0000ff"},
                                  {"stroke_width", 2}}};
    }
};

} // namespace inkboard::canvas::testing
