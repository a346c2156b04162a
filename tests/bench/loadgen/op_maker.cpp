// SPDX-License-Identifier: Apache-2.0
#include "op_maker.h"

#include <QRandomGenerator>

namespace inkboard::bench {

Op OpMaker::next()
{
    const qint64 seq = m_seq++;
    const QString opId = m_clientId + QLatin1Char('-') + QString::number(seq, 36);
    const double x = double(seq % 997);
    const double y = double((seq * 7) % 991);
    if (seq % 10 == 0) {
        ++m_created;
        return Op::create(opId, m_clientId + QStringLiteral("-o") + QString::number(seq / 10, 36),
                          ObjectType::Rect,
                          {{QStringLiteral("x"), x},
                           {QStringLiteral("y"), y},
                           {QStringLiteral("w"), 40},
                           {QStringLiteral("h"), 30},
                           {QStringLiteral("z"), QStringLiteral("a0")},
                           {QStringLiteral("stroke_color"), QStringLiteral("#1e1e1eff")},
                           {QStringLiteral("fill_color"), QStringLiteral("#ffd54fff")},
                           {QStringLiteral("stroke_width"), 2}});
    }
    return Op::update(opId, m_clientId + QStringLiteral("-o") + QString::number(seq / 10, 36),
                      {{QStringLiteral("x"), x}, {QStringLiteral("y"), y}});
}

OpList OpMaker::next(int count)
{
    OpList ops;
    ops.reserve(count);
    for (int i = 0; i < count; ++i)
        ops.append(next());
    return ops;
}

QString benchClientId(const QString &role, int index)
{
    static const QString run = QString::number(QRandomGenerator::global()->generate(), 36);
    return QStringLiteral("%1%2-%3").arg(role).arg(index).arg(run);
}

} // namespace inkboard::bench
