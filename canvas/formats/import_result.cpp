// SPDX-License-Identifier: Apache-2.0
#include "import_result.h"

#include "model/limits.h"
#include "model/prop_rules.h"

#include <QStringList>

namespace inkboard::canvas {

namespace {

// Two English strings each, not "%n …(s)": English has no translation file to supply the
// plural, and "1 iframe(s)" is not what a reader should see.
QString kindPhrase(const QString &kind, int n)
{
    if (kind == u"embeddable")
        return n == 1 ? ImportResult::tr("1 embeddable")
                      : ImportResult::tr("%1 embeddables").arg(n);
    if (kind == u"iframe")
        return n == 1 ? ImportResult::tr("1 iframe") : ImportResult::tr("%1 iframes").arg(n);
    if (kind == u"image")
        return n == 1 ? ImportResult::tr("1 image without a readable picture")
                      : ImportResult::tr("%1 images without a readable picture").arg(n);
    if (kind == u"linked-image")
        return n == 1 ? ImportResult::tr("1 linked image")
                      : ImportResult::tr("%1 linked images").arg(n);
    if (kind == u"paint")
        return n == 1 ? ImportResult::tr("1 gradient or pattern fill")
                      : ImportResult::tr("%1 gradient or pattern fills").arg(n);
    if (kind == u"path fill")
        return n == 1 ? ImportResult::tr("1 path fill (drawn as its outline)")
                      : ImportResult::tr("%1 path fills (drawn as their outlines)").arg(n);
    if (kind == u"binding")
        return n == 1 ? ImportResult::tr("1 arrow end left unbound")
                      : ImportResult::tr("%1 arrow ends left unbound").arg(n);
    return n == 1 ? ImportResult::tr("1 %1 element").arg(kind)
                  : ImportResult::tr("%1 %2 elements").arg(n).arg(kind);
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
    const QString list = parts.join(u", ");
    return total == 1 ? tr("1 element could not be kept: %1").arg(list)
                      : tr("%1 elements could not be kept: %2").arg(total).arg(list);
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
