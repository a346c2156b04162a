// SPDX-License-Identifier: Apache-2.0
#include "palette_contrast.h"

#include <algorithm>
#include <cmath>

namespace inkboard::canvas {

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isHighContrast(const QPalette &palette)
{
    constexpr double kAAA = 7.0;
    return contrastRatio(palette.color(QPalette::Window), palette.color(QPalette::WindowText)) >=
               kAAA &&
           contrastRatio(palette.color(QPalette::Base), palette.color(QPalette::Text)) >= kAAA &&
           contrastRatio(palette.color(QPalette::Highlight),
                         palette.color(QPalette::HighlightedText)) >= kAAA;
}

} // namespace inkboard::canvas
