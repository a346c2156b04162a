// SPDX-License-Identifier: Apache-2.0
#include "import_result.h"

#include "model/limits.h"
#include "model/prop_rules.h"

#include <QStringList>

namespace inkboard::canvas {

namespace {

QString kindPhrase(const QString &kind, int n)
{
    if (kind == u"embeddable")
        return ImportResult::tr("%n embeddable(s)", nullptr, n);
    if (kind == u"iframe")
        return ImportResult::tr("%n iframe(s)", nullptr, n);
    if (kind == u"image")
        return ImportResult::tr("%n image(s) without a readable picture", nullptr, n);
    if (kind == u"linked-image")
        return ImportResult::tr("%n linked image(s)", nullptr, n);
    if (kind == u"paint")
        return ImportResult::tr("%n gradient or pattern fill(s)", nullptr, n);
    if (kind == u"binding")
        return ImportResult::tr("%n arrow end(s) left unbound", nullptr, n);
    return ImportResult::tr("%n %1 element(s)", nullptr, n).arg(kind);
}

} // namespace

QString ImportResult::summary() const
{
    int total = 0;
    QStringList parts;
    for (auto it = skipped.constBegin(); it != skipped.constEnd(); ++it) {
        total += it.value();
        parts << kindPhrase(it.key(), it.value());
    }
    if (total == 0)
        return {};
    return tr("%n element(s) could not be kept: %1", nullptr, total).arg(parts.join(u", "));
}

QString ImportResult::invalidObject() const
{
    const Limits limits;
    for (const Object &o : bundle.objects) {
        if (const auto e = validateProps(o.props, PropsUse::Create, o.type, limits))
            return tr("a %1 is invalid: %2").arg(objectTypeName(o.type), e->message);
    }
    return {};
}

} // namespace inkboard::canvas
