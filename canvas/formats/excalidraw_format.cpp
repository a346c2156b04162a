// SPDX-License-Identifier: Apache-2.0
#include "excalidraw_format.h"

#include "fonts.h"

namespace inkboard::canvas::excalidraw {

int fontNumberFor(const QString &family)
{
    if (family == fontKeyword::hand)
        return 1;
    if (family == fontKeyword::mono)
        return 3;
    return 2; // sans, serif and named families: the customData keeps the exact one
}

QString fontFamilyFor(int number)
{
    switch (number) {
    case 1:
    case 5:
    case 8:
        return fontKeyword::hand;
    case 3:
        return fontKeyword::mono;
    default:
        return fontKeyword::sans;
    }
}

QString arrowheadToExcalidraw(const QString &head)
{
    if (head == u"none")
        return {};
    if (head == u"dot")
        return QStringLiteral("circle");
    if (head == u"triangle" || head == u"bar")
        return head;
    return QStringLiteral("arrow");
}

QString arrowheadFromExcalidraw(const QString &head)
{
    if (head.isEmpty())
        return QStringLiteral("none");
    if (head == u"triangle" || head == u"triangle_outline")
        return QStringLiteral("triangle");
    if (head == u"dot" || head == u"circle" || head == u"circle_outline")
        return QStringLiteral("dot");
    if (head == u"bar")
        return QStringLiteral("bar");
    return QStringLiteral("arrow");
}

} // namespace inkboard::canvas::excalidraw
