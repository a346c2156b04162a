// SPDX-License-Identifier: Apache-2.0
#include "z_order.h"

// The algorithm is the well-known "fractional indexing" scheme (as used by Figma and
// tldraw): an integer part whose length is encoded in its first character, followed by a
// fraction without trailing zeros. It is short, so it lives here rather than as a library.

namespace inkboard {

namespace {

const QString kDigits =
    QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
const QString kSmallestInteger = QStringLiteral("A") + QString(26, u'0');
const QChar kZero = u'0';

int digitValue(QChar c)
{
    return int(kDigits.indexOf(c));
}

int integerLength(QChar head)
{
    const char16_t u = head.unicode();
    if (u >= u'a' && u <= u'z')
        return u - u'a' + 2;
    if (u >= u'A' && u <= u'Z')
        return u'Z' - u + 2;
    return -1;
}

std::optional<QString> integerPart(const QString &key)
{
    if (key.isEmpty())
        return std::nullopt;
    const int n = integerLength(key.at(0));
    if (n < 0 || n > key.size())
        return std::nullopt;
    return key.left(n);
}

// Midpoint of two fractions, a < b; an empty b is "1".
std::optional<QString> midpoint(const QString &a, const QString &b)
{
    if (!b.isEmpty() && a >= b)
        return std::nullopt;
    if ((!a.isEmpty() && a.back() == kZero) || (!b.isEmpty() && b.back() == kZero))
        return std::nullopt;
    if (!b.isEmpty()) {
        qsizetype n = 0;
        while (n < b.size() && (n < a.size() ? a.at(n) : kZero) == b.at(n))
            ++n;
        if (n > 0) {
            auto rest = midpoint(a.mid(n), b.mid(n));
            if (!rest)
                return std::nullopt;
            return b.left(n) + *rest;
        }
    }
    const int digitA = a.isEmpty() ? 0 : digitValue(a.at(0));
    const int digitB = b.isEmpty() ? int(kDigits.size()) : digitValue(b.at(0));
    if (digitA < 0 || digitB < 0)
        return std::nullopt;
    if (digitB - digitA > 1)
        return QString(kDigits.at((digitA + digitB + 1) / 2));
    if (b.size() > 1)
        return b.left(1);
    auto rest = midpoint(a.mid(1), QString());
    if (!rest)
        return std::nullopt;
    return QString(kDigits.at(digitA)) + *rest;
}

std::optional<QString> incrementInteger(const QString &x)
{
    QString digits = x.mid(1);
    const QChar head = x.at(0);
    bool carry = true;
    for (qsizetype i = digits.size() - 1; carry && i >= 0; --i) {
        const int d = digitValue(digits.at(i)) + 1;
        if (d == kDigits.size()) {
            digits[i] = kZero;
        } else {
            digits[i] = kDigits.at(d);
            carry = false;
        }
    }
    if (!carry)
        return QString(head) + digits;
    if (head == u'Z')
        return QStringLiteral("a0");
    if (head == u'z')
        return std::nullopt;
    const QChar h(head.unicode() + 1);
    if (h > u'a')
        digits.append(kZero);
    else
        digits.chop(1);
    return QString(h) + digits;
}

std::optional<QString> decrementInteger(const QString &x)
{
    QString digits = x.mid(1);
    const QChar head = x.at(0);
    bool borrow = true;
    for (qsizetype i = digits.size() - 1; borrow && i >= 0; --i) {
        const int d = digitValue(digits.at(i)) - 1;
        if (d == -1) {
            digits[i] = kDigits.back();
        } else {
            digits[i] = kDigits.at(d);
            borrow = false;
        }
    }
    if (!borrow)
        return QString(head) + digits;
    if (head == u'a')
        return QStringLiteral("Z") + kDigits.back();
    if (head == u'A')
        return std::nullopt;
    const QChar h(head.unicode() - 1);
    if (h < u'Z')
        digits.append(kDigits.back());
    else
        digits.chop(1);
    return QString(h) + digits;
}

} // namespace

bool isValidOrderKey(const QString &key)
{
    if (key == kSmallestInteger)
        return false;
    const auto i = integerPart(key);
    if (!i)
        return false;
    for (QChar c : key) {
        if (digitValue(c) < 0)
            return false;
    }
    return key.size() == i->size() || key.back() != kZero;
}

std::optional<QString> keyBetween(const QString &a, const QString &b)
{
    if ((!a.isEmpty() && !isValidOrderKey(a)) || (!b.isEmpty() && !isValidOrderKey(b)))
        return std::nullopt;
    if (!a.isEmpty() && !b.isEmpty() && a >= b)
        return std::nullopt;
    if (a.isEmpty()) {
        if (b.isEmpty())
            return QStringLiteral("a0");
        const QString ib = *integerPart(b);
        const QString fb = b.mid(ib.size());
        if (ib == kSmallestInteger) {
            auto m = midpoint(QString(), fb);
            return m ? std::optional<QString>(ib + *m) : std::nullopt;
        }
        if (ib < b)
            return ib;
        auto i = decrementInteger(ib);
        // The smallest integer is not a key by itself (nothing could go before it): use it
        // with a fraction instead.
        if (i && *i == kSmallestInteger)
            return *i + *midpoint(QString(), QString());
        return i;
    }
    const QString ia = *integerPart(a);
    const QString fa = a.mid(ia.size());
    if (b.isEmpty()) {
        if (auto i = incrementInteger(ia))
            return i;
        auto m = midpoint(fa, QString());
        return m ? std::optional<QString>(ia + *m) : std::nullopt;
    }
    const QString ib = *integerPart(b);
    const QString fb = b.mid(ib.size());
    if (ia == ib) {
        auto m = midpoint(fa, fb);
        return m ? std::optional<QString>(ia + *m) : std::nullopt;
    }
    auto i = incrementInteger(ia);
    if (!i)
        return std::nullopt;
    if (*i < b)
        return i;
    auto m = midpoint(fa, QString());
    return m ? std::optional<QString>(ia + *m) : std::nullopt;
}

std::optional<QStringList> keysBetween(const QString &a, const QString &b, int n)
{
    if (n <= 0)
        return QStringList{};
    if (n == 1) {
        auto k = keyBetween(a, b);
        return k ? std::optional<QStringList>(QStringList{*k}) : std::nullopt;
    }
    QStringList keys;
    if (b.isEmpty() || a.isEmpty()) {
        // Open-ended: step outwards so keys stay short; upwards when there is no upper
        // bound (also when there is no bound at all), else downwards from b.
        const bool up = b.isEmpty();
        QString prev = up ? a : b;
        for (int i = 0; i < n; ++i) {
            auto k = up ? keyBetween(prev, QString()) : keyBetween(QString(), prev);
            if (!k)
                return std::nullopt;
            keys.append(*k);
            prev = *k;
        }
        if (!up)
            std::reverse(keys.begin(), keys.end());
        return keys;
    }
    // Bisect, so the keys grow by log(n) characters rather than n.
    const int mid = n / 2;
    auto c = keyBetween(a, b);
    if (!c)
        return std::nullopt;
    auto left = keysBetween(a, *c, mid);
    auto right = keysBetween(*c, b, n - mid - 1);
    if (!left || !right)
        return std::nullopt;
    return *left + QStringList{*c} + *right;
}

} // namespace inkboard
