// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app_context.h"
#include "command_line.h"
#include "main_window.h"

#include <QTest>
#include <memory>

namespace inkboard::app::testing {

// The app as a user starts it: a profile folder's context and one shown MainWindow on the
// drawing the command line opens, the canvas focused.
struct AppWindowFixture
{
    std::unique_ptr<AppContext> context;
    MainWindow *window = nullptr;

    explicit AppWindowFixture(const QString &profile, const CommandLine &cl = {})
    {
        QString error;
        context = AppContext::open(profile, &error);
        QVERIFY2(context, qPrintable(error));
        window = new MainWindow(context.get());
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->openInitial(cl);
        window->show();
        window->canvas()->setFocus();
    }
    ~AppWindowFixture()
    {
        if (window) {
            window->close();
            delete window;
        }
    }
    AppWindowFixture(const AppWindowFixture &) = delete;
    AppWindowFixture &operator=(const AppWindowFixture &) = delete;
    canvas::CanvasView *canvas() const { return window->canvas(); }
};

} // namespace inkboard::app::testing
