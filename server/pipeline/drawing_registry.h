// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "context.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace inkboard::server {

class Drawing;

// The active drawings, loaded on first use and dropped when idle.
class DrawingRegistry : public QObject
{
    Q_OBJECT
public:
    explicit DrawingRegistry(ServerContext &context, QObject *parent = nullptr);
    ~DrawingRegistry() override;

    // The active drawing, loading it; nullptr when the store fails (error set).
    Drawing *get(const QString &id, QString *error);
    // get(), caught up with the store first when other nodes share it: for what must show
    // the latest state (snapshots, hellos). nullptr when the store fails.
    Drawing *fresh(const QString &id, QString *error);
    Drawing *find(const QString &id) const { return m_drawings.value(id); }
    void remove(const QString &id);
    qint64 size() const { return m_drawings.size(); }
    bool idle() const; // nothing in flight anywhere

private:
    void sweep();

    ServerContext &m_ctx;
    QHash<QString, Drawing *> m_drawings;
    QList<Drawing *> m_retired; // removed while commits were in flight
    QTimer *m_sweeper;
};

} // namespace inkboard::server
