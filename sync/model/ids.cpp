// SPDX-License-Identifier: Apache-2.0
#include "ids.h"

namespace inkboard {

namespace {

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

template<typename Extra> bool isTokenOf(QStringView s, Extra extra)
{
    if (s.isEmpty() || s.size() > kMaxIdLength)
        return false;
    for (QChar c : s) {
        if (!isAsciiAlnum(c) && !extra(c.unicode()))
            return false;
    }
    return true;
}

} // namespace

bool isValidId(QStringView id)
{
    return isTokenOf(id, [](char16_t u) { return u == u'_' || u == u'-'; });
}

bool isValidUsername(QStringView name)
{
    return isTokenOf(name, [](char16_t u) { return u == u'_' || u == u'-' || u == u'.'; });
}

bool isValidBlobHash(QStringView hash)
{
    if (hash.size() != 64)
        return false;
    for (QChar c : hash) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

} // namespace inkboard
