// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "canvas_view.h"

#include <QHash>
#include <QKeySequence>
#include <QObject>
#include <functional>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;
class QToolBar;
class QToolButton;
class QWidget;

namespace inkboard::canvas {
class CanvasView;
class EditHistory;
} // namespace inkboard::canvas

namespace inkboard::app {

// A window's actions by name ("file.new", "edit.undo", "tool.pen", …), the menus and the
// toolbar that show them, and their icons in the palette's colors. The canvas's commands, undo
// and redo, the tools and help are made here; the window adds its own (files, servers) by
// name. The actions belong to the window, so that their shortcuts work anywhere in it.
class WindowActions : public QObject
{
    Q_OBJECT
public:
    // `readOnly`: whether the open drawing is read-only, where undo and redo are off.
    WindowActions(QWidget *window, canvas::CanvasView *canvas, canvas::EditHistory *history,
                  std::function<bool()> readOnly);

    QAction *action(const QString &name) const;
    // An action made elsewhere (a dock's toggle) under `name`, for the menus and the window.
    void adopt(const QString &name, QAction *action);
    QAction *add(const QString &name, const QString &text, const QKeySequence &key,
                 const std::function<void()> &slot, const QString &icon = {});
    // Undo and redo, the canvas's edit and view commands, `stylePanel` (the dock's toggle)
    // and the tools.
    void addEditing(QAction *stylePanel);
    void addHelp(const QString &profileDir);
    // View → History (the dock's toggle), shown after the style panel.
    void addHistory(QAction *history);
    // The menu bar with the actions; returns the empty "Open Recent" menu for the window to
    // fill. `appearanceMode` is checked in View › Appearance, `language` (a code of
    // uiLanguages(), "" for the system's) in View › Language.
    QMenu *buildMenus(QMenuBar *bar, const QString &appearanceMode, const QString &language);
    void fillToolbar(QToolBar *bar);

    void updateIcons();
    // What needs a selection is enabled only with one.
    void updateSelection();
    void updateUndo();
    void checkTool(canvas::ToolKind tool);

signals:
    void appearanceChosen(const QString &mode);
    void languageChosen(const QString &code);

private:
    void showShortcuts();

    QWidget *m_window;
    canvas::CanvasView *m_canvas;
    canvas::EditHistory *m_history;
    std::function<bool()> m_readOnly;
    QHash<QString, QAction *> m_actions;
    QHash<QAction *, QString> m_iconNames;
    QActionGroup *m_toolGroup = nullptr;
    QToolButton *m_shapesButton = nullptr;
};

} // namespace inkboard::app
