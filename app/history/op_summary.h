// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/object.h"
#include "model/op.h"

#include <QHash>
#include <QString>
#include <functional>
#include <optional>

namespace inkboard::app::history {

// What an edit did to one object, as the history panel names it.
enum class EditKind
{
    Added,
    Deleted,
    Moved,
    Resized,
    Rotated,
    Restyled,
    TextEdited,
    Reordered,
    Locked,
    Grouped,
    Changed
};

EditKind kindOf(const Op &op);

// What the panel calls an object: its type, or what the props make of it (a sticky note is a
// rect whose shape is `note`), so that a sentence can say "a note" rather than "a rect".
enum class Noun
{
    Object,
    Stroke,
    Highlight,
    Rectangle,
    Shape,
    Note,
    Ellipse,
    Line,
    Arrow,
    Text,
    Image
};

Noun nounOf(ObjectType type, const QJsonObject &props);

// The ids' nouns, for the updates and deletes that name no type: noted from the objects the
// panel knows (the drawing now, the log's base, new creates), and for any other id asked of
// `findCreate` (the log searched for the id's create) the first time it is needed.
class NounBook
{
public:
    using CreateFinder = std::function<std::optional<Noun>(const QString &id)>;

    void note(const Op &op);
    void note(const Object &object)
    {
        m_nouns.insert(object.id, history::nounOf(object.type, object.props));
    }
    void setCreateFinder(CreateFinder findCreate) { m_findCreate = std::move(findCreate); }
    Noun nounOf(const QString &id) const;

private:
    mutable QHash<QString, Noun> m_nouns;
    CreateFinder m_findCreate;
};

// "moved 3 objects", "added a note 'Ship it'", "restyled 2 arrows and moved a line": the
// commit's ops in a phrase without its subject.
QString summarize(const OpList &ops, const NounBook &nouns);
// With its subject: "Alice moved 3 objects", "You restyled 2 arrows".
QString sentence(const QString &author, const OpList &ops, const NounBook &nouns);
// One kind of edit as a line of an object's history: "Moved", "Restyled", …
QString kindName(EditKind kind);

} // namespace inkboard::app::history
