// SPDX-License-Identifier: Apache-2.0
#include "op_summary.h"

#include <QCoreApplication>
#include <QSet>

namespace inkboard::app::history {

namespace {

// The context of this file's strings: lupdate files a tr() under the class it is called in,
// and a free function has none.
struct OpSummary
{
    Q_DECLARE_TR_FUNCTIONS(inkboard::app::history::OpSummary)
};

bool onlyKeys(const QJsonObject &props, const QSet<QString> &allowed)
{
    for (auto it = props.constBegin(); it != props.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return false;
    }
    return true;
}

const QSet<QString> &moveKeys()
{
    static const QSet<QString> keys = {QStringLiteral("x"), QStringLiteral("y"),
                                       QStringLiteral("points"), QStringLiteral("start_bind"),
                                       QStringLiteral("end_bind")};
    return keys;
}

const QSet<QString> &styleKeys()
{
    static const QSet<QString> keys = {QStringLiteral("stroke_color"),
                                       QStringLiteral("fill_color"),
                                       QStringLiteral("stroke_width"),
                                       QStringLiteral("opacity"),
                                       QStringLiteral("dash"),
                                       QStringLiteral("fill_style"),
                                       QStringLiteral("font_size"),
                                       QStringLiteral("font_family"),
                                       QStringLiteral("align"),
                                       QStringLiteral("label_align"),
                                       QStringLiteral("label_valign"),
                                       QStringLiteral("head_start"),
                                       QStringLiteral("head_end"),
                                       QStringLiteral("arrow_start"),
                                       QStringLiteral("arrow_end"),
                                       QStringLiteral("route"),
                                       QStringLiteral("corner_radius"),
                                       QStringLiteral("shape"),
                                       QStringLiteral("pen")};
    return keys;
}

// "a note" / "3 notes"; a text's or note's words are quoted when it is the only one.
QString nounPhrase(Noun noun, int count)
{
    struct Forms
    {
        const char *one;
        const char *many;
    };
    static const QHash<Noun, Forms> forms = {
        {Noun::Object,
         {QT_TRANSLATE_NOOP("inkboard::app::history::OpSummary", "an object"),
          QT_TRANSLATE_NOOP("inkboard::app::history::OpSummary", "%1 objects")}},
        {Noun::Stroke,
         {QT_TRANSLATE_NOOP("inkboard::app::history::OpSummary", "a stroke"),
          QT_TRANSLATE_NOOP("inkboard::app::history::OpSummary", "%1 strokes")}},
        {Noun::Highlight,
         {QT_TRANSLATE_NOOP("inkboard::app::history::OpSummary", "a highlight"),
          QT_TRANSLATE_NOOP("inkboard::app::history::OpSummary", "%1 highlights")}},
        {Noun::Rectangle,
         {QT_TRANSLATE_NOOP("inkboard::app::history::OpSummary", "a rectangle"),
          QT_TRANSLATE_NOOP("inkboard::app::history::OpSummary", "%1 rectangles")}},
        {Noun::Shape,
         {QT_TRANSLATE_NOOP("inkboard::app::history::OpSummary", "a shape"),
          QT_TRANSLATE_NOOP("inkboard::app::history::OpSummary", "%1 shapes")}},
        {Noun::Note,
         {QT_TRANSLATE_NOOP("inkboard::app::history::OpSummary", "a note"),
          QT_TRANSLATE_NOOP("inkboard::app::history::OpSummary", "%1 notes")}},
        {Noun::Ellipse,
         {QT_TRANSLATE_NOOP("inkboard::app::history::OpSummary", "an ellipse"),
          QT_TRANSLATE_NOOP("inkboard::app::history::OpSummary", "%1 ellipses")}},
        {Noun::Line,
         {QT_TRANSLATE_NOOP("inkboard::app::history::OpSummary", "a line"),
          QT_TRANSLATE_NOOP("inkboard::app::history::OpSummary", "%1 lines")}},
        {Noun::Arrow,
         {QT_TRANSLATE_NOOP("inkboard::app::history::OpSummary", "an arrow"),
          QT_TRANSLATE_NOOP("inkboard::app::history::OpSummary", "%1 arrows")}},
        {Noun::Text,
         {QT_TRANSLATE_NOOP("inkboard::app::history::OpSummary", "a text"),
          QT_TRANSLATE_NOOP("inkboard::app::history::OpSummary", "%1 texts")}},
        {Noun::Image,
         {QT_TRANSLATE_NOOP("inkboard::app::history::OpSummary", "an image"),
          QT_TRANSLATE_NOOP("inkboard::app::history::OpSummary", "%1 images")}},
    };
    const Forms f = forms.value(noun);
    return count == 1 ? OpSummary::tr(f.one) : OpSummary::tr(f.many).arg(count);
}

QString verbPhrase(EditKind kind, const QString &what)
{
    switch (kind) {
    case EditKind::Added:
        return OpSummary::tr("added %1").arg(what);
    case EditKind::Deleted:
        return OpSummary::tr("deleted %1").arg(what);
    case EditKind::Moved:
        return OpSummary::tr("moved %1").arg(what);
    case EditKind::Resized:
        return OpSummary::tr("resized %1").arg(what);
    case EditKind::Rotated:
        return OpSummary::tr("rotated %1").arg(what);
    case EditKind::Restyled:
        return OpSummary::tr("restyled %1").arg(what);
    case EditKind::TextEdited:
        return OpSummary::tr("edited the text of %1").arg(what);
    case EditKind::Reordered:
        return OpSummary::tr("reordered %1").arg(what);
    case EditKind::Locked:
        return OpSummary::tr("locked or unlocked %1").arg(what);
    case EditKind::Grouped:
        return OpSummary::tr("grouped or ungrouped %1").arg(what);
    case EditKind::Changed:
        break;
    }
    return OpSummary::tr("changed %1").arg(what);
}

// The words a lone text or note carries, shortened.
QString quoted(const Op &op)
{
    QString words = op.props.value(QLatin1String("text")).toString();
    if (words.isEmpty())
        words = op.props.value(QLatin1String("label")).toString();
    words = words.simplified();
    if (words.isEmpty())
        return {};
    constexpr int kMaxQuoted = 24;
    if (words.size() > kMaxQuoted)
        words = words.left(kMaxQuoted - 1) + QChar(0x2026);
    return QStringLiteral(" \u2018%1\u2019").arg(words);
}

} // namespace

EditKind kindOf(const Op &op)
{
    switch (op.kind) {
    case Op::Kind::Create:
        return EditKind::Added;
    case Op::Kind::Delete:
        return EditKind::Deleted;
    case Op::Kind::Update:
        break;
    }
    const QJsonObject &p = op.props;
    if (p.contains(QLatin1String("text")) || p.contains(QLatin1String("label")))
        return EditKind::TextEdited;
    if (p.contains(QLatin1String("w")) || p.contains(QLatin1String("h")))
        return EditKind::Resized;
    if (p.contains(QLatin1String("rotation")))
        return EditKind::Rotated;
    if (onlyKeys(p, moveKeys()))
        return EditKind::Moved;
    if (onlyKeys(p, styleKeys()))
        return EditKind::Restyled;
    if (onlyKeys(p, {QStringLiteral("z")}))
        return EditKind::Reordered;
    if (onlyKeys(p, {QStringLiteral("locked")}))
        return EditKind::Locked;
    if (onlyKeys(p, {QStringLiteral("group"), QStringLiteral("groups")}))
        return EditKind::Grouped;
    return EditKind::Changed;
}

Noun nounOf(ObjectType type, const QJsonObject &props)
{
    switch (type) {
    case ObjectType::Stroke:
        return props.value(QLatin1String("pen")).toString() == QLatin1String("highlighter")
                   ? Noun::Highlight
                   : Noun::Stroke;
    case ObjectType::Rect: {
        const QString shape = props.value(QLatin1String("shape")).toString();
        if (shape == QLatin1String("note"))
            return Noun::Note;
        return shape.isEmpty() || shape == QLatin1String("rectangle") ? Noun::Rectangle
                                                                      : Noun::Shape;
    }
    case ObjectType::Ellipse:
        return Noun::Ellipse;
    case ObjectType::Line:
        return Noun::Line;
    case ObjectType::Arrow:
        return Noun::Arrow;
    case ObjectType::Text:
        return Noun::Text;
    case ObjectType::Image:
        return Noun::Image;
    }
    return Noun::Object;
}

void NounBook::note(const Op &op)
{
    if (op.kind == Op::Kind::Create)
        m_nouns.insert(op.id, history::nounOf(op.type, op.props));
}

Noun NounBook::nounOf(const QString &id) const
{
    if (const auto it = m_nouns.constFind(id); it != m_nouns.constEnd())
        return *it;
    // Asked once per id: an id the log never created stays an "object".
    const Noun noun = m_findCreate ? m_findCreate(id).value_or(Noun::Object) : Noun::Object;
    m_nouns.insert(id, noun);
    return noun;
}

QString summarize(const OpList &ops, const NounBook &nouns)
{
    struct Part
    {
        Noun noun;
        int count = 0;
        const Op *first = nullptr;
    };
    struct Group
    {
        EditKind kind;
        QList<Part> parts; // per noun, in the order they first appear
        int count = 0;
    };
    QList<Group> groups; // in the order the kinds first appear
    QSet<QString> seen;
    for (const Op &op : ops) {
        // An object counts once, under the first thing done to it (a create with its
        // follow-up updates in one commit is an add).
        if (seen.contains(op.id))
            continue;
        seen.insert(op.id);
        const EditKind kind = kindOf(op);
        const Noun noun =
            op.kind == Op::Kind::Create ? nounOf(op.type, op.props) : nouns.nounOf(op.id);
        auto g = std::find_if(groups.begin(), groups.end(),
                              [kind](const Group &x) { return x.kind == kind; });
        if (g == groups.end()) {
            groups.append(Group{kind, {}, 0});
            g = std::prev(groups.end());
        }
        ++g->count;
        auto p = std::find_if(g->parts.begin(), g->parts.end(),
                              [noun](const Part &x) { return x.noun == noun; });
        if (p == g->parts.end())
            g->parts.append(Part{noun, 1, &op});
        else
            ++p->count;
    }
    if (groups.isEmpty())
        return OpSummary::tr("changed nothing");
    // "2 rectangles and a note 'Ship it'"; three kinds of object or more are "5 objects".
    auto what = [](const Group &g) {
        if (g.parts.size() > 2)
            return nounPhrase(Noun::Object, g.count);
        QStringList words;
        for (const Part &p : g.parts) {
            QString w = nounPhrase(p.noun, p.count);
            if (p.count == 1 && (g.kind == EditKind::Added || g.kind == EditKind::TextEdited))
                w += quoted(*p.first);
            words.append(w);
        }
        return words.size() == 2 ? OpSummary::tr("%1 and %2").arg(words.at(0), words.at(1))
                                 : words.first();
    };
    QStringList phrases;
    for (const Group &g : std::as_const(groups))
        phrases.append(verbPhrase(g.kind, what(g)));
    constexpr int kMaxPhrases = 2;
    if (phrases.size() > kMaxPhrases) {
        int others = 0;
        for (qsizetype i = kMaxPhrases; i < groups.size(); ++i)
            others += groups.at(i).count;
        return OpSummary::tr("%1, %2 and changed %3 more")
            .arg(phrases.at(0), phrases.at(1))
            .arg(others);
    }
    if (phrases.size() == 2)
        return OpSummary::tr("%1 and %2").arg(phrases.at(0), phrases.at(1));
    return phrases.first();
}

QString sentence(const QString &author, const OpList &ops, const NounBook &nouns)
{
    return OpSummary::tr("%1 %2").arg(author, summarize(ops, nouns));
}

QString kindName(EditKind kind)
{
    switch (kind) {
    case EditKind::Added:
        return OpSummary::tr("Created");
    case EditKind::Deleted:
        return OpSummary::tr("Deleted");
    case EditKind::Moved:
        return OpSummary::tr("Moved");
    case EditKind::Resized:
        return OpSummary::tr("Resized");
    case EditKind::Rotated:
        return OpSummary::tr("Rotated");
    case EditKind::Restyled:
        return OpSummary::tr("Restyled");
    case EditKind::TextEdited:
        return OpSummary::tr("Text edited");
    case EditKind::Reordered:
        return OpSummary::tr("Reordered");
    case EditKind::Locked:
        return OpSummary::tr("Locked or unlocked");
    case EditKind::Grouped:
        return OpSummary::tr("Grouped or ungrouped");
    case EditKind::Changed:
        break;
    }
    return OpSummary::tr("Changed");
}

} // namespace inkboard::app::history
