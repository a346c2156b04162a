// SPDX-License-Identifier: Apache-2.0
// Renders the application icon (an SVG) into the raster files the platforms want, at build
// time, with the same QtSvg renderer the app uses:
//   - OUT/hicolor/SIZExSIZE/apps/NAME.png for each --sizes entry (freedesktop icon theme),
//   - --ico FILE: a Windows icon holding PNG-compressed 16..256 px images,
//   - --icns FILE: a macOS icon family holding PNG-compressed 16..1024 px images.
// The ICO and ICNS containers are written here (both are a small header plus PNG payloads)
// so the build needs no image-format plugin and no extra tool such as rsvg-convert.
#include <QBuffer>
#include <QByteArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QStringList>
#include <QSvgRenderer>
#include <QtEndian>
#include <cstdio>
#include <cstdlib>
#include <utility>
#include <vector>

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "inkboard-render-icons: %s\n", qPrintable(message));
    std::exit(1);
}

QByteArray renderPng(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        fail(QStringLiteral("cannot encode a %1 px PNG").arg(size));
    return png;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
}

void appendLe16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void appendLe32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

void appendBe32(QByteArray &out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

// ICONDIR + ICONDIRENTRY[n] + PNG payloads (PNG entries are valid since Windows Vista).
QByteArray makeIco(QSvgRenderer &renderer)
{
    const int sizes[] = {16, 24, 32, 48, 64, 128, 256};
    std::vector<QByteArray> pngs;
    for (int s : sizes)
        pngs.push_back(renderPng(renderer, s));
    QByteArray out;
    appendLe16(out, 0); // reserved
    appendLe16(out, 1); // type: icon
    appendLe16(out, quint16(pngs.size()));
    quint32 offset = quint32(6 + 16 * pngs.size());
    for (size_t i = 0; i < pngs.size(); ++i) {
        const int s = sizes[i];
        out.append(char(s >= 256 ? 0 : s)); // 0 means 256
        out.append(char(s >= 256 ? 0 : s));
        out.append(char(0)); // no palette
        out.append(char(0)); // reserved
        appendLe16(out, 1);  // colour planes
        appendLe16(out, 32); // bits per pixel
        appendLe32(out, quint32(pngs[i].size()));
        appendLe32(out, offset);
        offset += quint32(pngs[i].size());
    }
    for (const QByteArray &png : pngs)
        out.append(png);
    return out;
}

// 'icns' + length, then one (type, length, PNG) element per size; macOS 10.7+ reads PNG in
// every one of these types.
QByteArray makeIcns(QSvgRenderer &renderer)
{
    const std::pair<const char *, int> entries[] = {
        {"icp4", 16},  {"ic11", 32},  {"icp5", 32},  {"ic12", 64},  {"icp6", 64},   {"ic07", 128},
        {"ic13", 256}, {"ic08", 256}, {"ic14", 512}, {"ic09", 512}, {"ic10", 1024},
    };
    QByteArray body;
    for (const auto &[type, size] : entries) {
        const QByteArray png = renderPng(renderer, size);
        body.append(type, 4);
        appendBe32(body, quint32(8 + png.size()));
        body.append(png);
    }
    QByteArray out("icns");
    appendBe32(out, quint32(8 + body.size()));
    out.append(body);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("inkboard-render-icons"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Renders the Inkboard SVG icon into PNG, ICO and ICNS files."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("svg"), QStringLiteral("The icon, as SVG."));
    const QCommandLineOption outOpt(QStringLiteral("out"),
                                    QStringLiteral("Folder for hicolor/SIZExSIZE/apps/NAME.png."),
                                    QStringLiteral("dir"));
    const QCommandLineOption nameOpt(QStringLiteral("name"), QStringLiteral("Icon name."),
                                     QStringLiteral("name"));
    const QCommandLineOption sizesOpt(QStringLiteral("sizes"),
                                      QStringLiteral("Comma-separated PNG sizes in pixels."),
                                      QStringLiteral("list"));
    const QCommandLineOption icoOpt(QStringLiteral("ico"), QStringLiteral("Write a Windows .ico."),
                                    QStringLiteral("file"));
    const QCommandLineOption icnsOpt(QStringLiteral("icns"), QStringLiteral("Write a macOS .icns."),
                                     QStringLiteral("file"));
    parser.addOptions({outOpt, nameOpt, sizesOpt, icoOpt, icnsOpt});
    parser.process(app);

    if (parser.positionalArguments().size() != 1)
        fail(QStringLiteral("expected one SVG file (see --help)"));
    const QString svgPath = parser.positionalArguments().constFirst();
    QSvgRenderer renderer(svgPath);
    if (!renderer.isValid())
        fail(QStringLiteral("%1 is not a valid SVG").arg(svgPath));

    if (parser.isSet(sizesOpt)) {
        if (!parser.isSet(outOpt) || !parser.isSet(nameOpt))
            fail(QStringLiteral("--sizes needs --out and --name"));
        const QStringList sizes = parser.value(sizesOpt).split(QLatin1Char(','));
        for (const QString &text : sizes) {
            bool ok = false;
            const int size = text.toInt(&ok);
            if (!ok || size < 8 || size > 1024)
                fail(QStringLiteral("bad size '%1'").arg(text));
            writeFile(QStringLiteral("%1/hicolor/%2x%2/apps/%3.png")
                          .arg(parser.value(outOpt))
                          .arg(size)
                          .arg(parser.value(nameOpt)),
                      renderPng(renderer, size));
        }
    }
    if (parser.isSet(icoOpt))
        writeFile(parser.value(icoOpt), makeIco(renderer));
    if (parser.isSet(icnsOpt))
        writeFile(parser.value(icnsOpt), makeIcns(renderer));
    return 0;
}
