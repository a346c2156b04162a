#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Lists the accessible tree of the running Inkboard window through the real AT-SPI stack and
checks that a screen reader finds what a user needs: the menus, the toolbar's tools by name,
and the objects of the drawing on the canvas (issue 19). Then it uses the keyboard as a user
would (xdotool): Tab selects the first object, and the screen reader must hear of it; Delete
removes it, and the canvas must say its children changed.

    atspi_tree.py APP_NAME MENU,... TOOL,... OBJECT|... FIRST_OBJECT

Exits 0 when everything was found within 60 s, 1 with what is missing otherwise. The tree is
printed either way, so that a failure shows what the bridge did expose."""
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib


def walk(node, depth=0, out=None, limit=4000):
    if out is None:
        out = []
    if node is None or len(out) >= limit:
        return out
    try:
        role = node.getRoleName()
        name = node.name or ""
        count = node.childCount
    except Exception:  # a child that went away while we walked
        return out
    out.append((depth, role, name, node))
    for i in range(min(count, 500)):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        walk(child, depth + 1, out, limit)
    return out


def find_app(name):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and (app.name or "").lower() == name.lower():
            return app
    return None


def missing_in(nodes, menus, tools, objects):
    missing = []
    names_by_role = {}
    for _, role, name, _ in nodes:
        names_by_role.setdefault(role, set()).add(name)
    menu_names = names_by_role.get("menu", set()) | names_by_role.get("menu item", set())
    for m in menus:
        if m not in menu_names:
            missing.append("menu %r" % m)
    buttons = set()
    for role in ("push button", "toggle button", "radio button", "check box"):
        buttons |= names_by_role.get(role, set())
    for t in tools:
        if t not in buttons:
            missing.append("tool button %r" % t)
    canvases = [n for _, role, _, n in nodes if role == "canvas"]
    shown = set()
    for canvas in canvases:
        for i in range(canvas.childCount):
            child = canvas.getChildAtIndex(i)
            if child is not None:
                shown.add(child.name)
    if not canvases:
        missing.append("the canvas")
    for o in objects:
        if o not in shown:
            missing.append("canvas object %r" % o)
    return missing


def canvas_of(app):
    for _, role, _, node in walk(app):
        if role == "canvas":
            return node
    return None


def keyboard_round(app, first):
    """Tab, then Delete, on the canvas; returns what was not heard."""
    canvas = canvas_of(app)
    before = canvas.childCount
    heard = []

    def listen(event):
        try:
            name = event.source.name if event.source is not None else ""
        except Exception:
            name = ""
        heard.append((event.type, name, event.detail1))

    pyatspi.Registry.registerEventListener(
        listen, "object:state-changed:selected", "object:state-changed:focused", "focus:",
        "object:children-changed")
    extents = canvas.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    steps = [
        # A click on an empty corner of the canvas gives it the keyboard focus.
        ["mousemove", str(extents.x + extents.width - 30), str(extents.y + extents.height - 30),
         "click", "1"],
        ["key", "Tab"],
        ["key", "Delete"],
    ]

    def step():
        if steps:
            subprocess.run(["xdotool"] + steps.pop(0), check=True)
            return True
        pyatspi.Registry.stop()
        return False

    GLib.timeout_add(1500, step)
    pyatspi.Registry.start()
    time.sleep(0.5)
    for kind, name, detail in heard:
        print("event %s %r %d" % (kind, name, detail))
    missing = []
    selected = [h for h in heard if h[0].startswith("object:state-changed:selected")
                and h[1] == first and h[2] == 1]
    if not selected:
        missing.append("the selection of %r" % first)
    if not any(h[0].startswith("object:children-changed:remove") for h in heard):
        missing.append("the canvas's children changing on Delete")
    if canvas.childCount != before - 1:
        missing.append("one child fewer after Delete (%d, then %d)" % (before, canvas.childCount))
    return missing


def main():
    app_name, menus, tools, objects, first = sys.argv[1:6]
    menus, tools = menus.split(","), tools.split(",")
    objects = [o for o in objects.split("|") if o]
    deadline = time.time() + 60
    nodes, missing = [], ["the application %r on the accessibility bus" % app_name]
    while time.time() < deadline:
        app = find_app(app_name)
        if app is not None:
            nodes = walk(app)
            missing = missing_in(nodes, menus, tools, objects)
            if not missing:
                break
        time.sleep(0.5)
    for depth, role, name, _ in nodes:
        print("%s%s %r" % ("  " * depth, role, name))
    if not missing:
        missing = keyboard_round(find_app(app_name), first)
    if missing:
        print("not found: " + "; ".join(missing), file=sys.stderr)
        return 1
    print("found: %d menus, %d tools, %d canvas objects; heard the selection and the delete"
          % (len(menus), len(tools), len(objects)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
