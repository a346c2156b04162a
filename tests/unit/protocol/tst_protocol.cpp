// SPDX-License-Identifier: Apache-2.0
// The wire messages of PROTOCOL.md §3-5 (sync/protocol): round trips and the rules each
// codec enforces. Op-level rules are the model's and are tested in tests/unit/model.

#include "protocol/api_error.h"
#include "protocol/commit.h"
#include "protocol/drawing_info.h"
#include "protocol/presence.h"
#include "protocol/push_messages.h"
#include "protocol/wire_types.h"
#include "protocol_test_util.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QTest>

using namespace inkboard;
using namespace inkboard::protocol;

namespace {

QJsonObject object(const QByteArray &text)
{
    return test::jsonObject(text);
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QDateTime kTime = QDateTime(QDate(2026, 11, 25), QTime(0, 45, 40), Qt::UTC);

OpList sampleOps()
{
    return {Op::create(QStringLiteral("op1"), QStringLiteral("a"), ObjectType::Rect,
                       QJsonObject{{QStringLiteral("w"), 1}, {QStringLiteral("h"), 2}}),
            Op::update(QStringLiteral("op2"), QStringLiteral("a"),
                       QJsonObject{{QStringLiteral("x"), 5}, {QStringLiteral("y"), QJsonValue()}}),
            Op::remove(QStringLiteral("op3"), QStringLiteral("a"))};
}

Commit sampleCommit(qint64 revision = 7)
{
    Commit c;
    c.revision = revision;
    c.author = UserRef{QStringLiteral("u1"), QStringLiteral("ann")};
    c.clientId = QStringLiteral("c1");
    c.createdAt = kTime;
    c.ops = sampleOps();
    return c;
}

void expectError(const ValidationError *err, const QString &code)
{
    QVERIFY2(err, "expected an error");
    QCOMPARE(err->errorCode(), code);
}

} // namespace

class ProtocolTest : public QObject
{
    Q_OBJECT

private slots:
    void timestamps();
    void roles();
    void revisionFromJson_data();
    void revisionFromJson();
    void titlesAndPasswords_data();
    void titlesAndPasswords();

    void apiErrors();
    void commitRoundTrip();
    void commitRules_data();
    void commitRules();
    void commitRequest_data();
    void commitRequest();
    void commitResponseRoundTrip();
    void opsPage();
    void snapshot();

    void presence_data();
    void presence();
    void presenceRoundTrip();
    void presenceSeveralPreviews();
    void pushMessages();
    void pushMessageErrors_data();
    void pushMessageErrors();
    void drawingInfoAndMembers();
    void serverInfo();
};

void ProtocolTest::timestamps()
{
    QCOMPARE(toIsoUtc(kTime), QStringLiteral("2026-11-25T00:45:40Z"));
    QCOMPARE(fromIsoUtc(QStringLiteral("2026-11-25T00:45:40Z")), kTime);
    QCOMPARE(fromIsoUtc(QStringLiteral("2026-11-25T01:45:40+01:00")), kTime);
    QVERIFY(!fromIsoUtc(QStringLiteral("yesterday")).isValid());
    QVERIFY(!fromIsoUtc(QString()).isValid());
}

void ProtocolTest::roles()
{
    for (Role r : {Role::Viewer, Role::Editor, Role::Owner})
        QCOMPARE(roleFromString(roleName(r)), std::optional<Role>(r));
    QCOMPARE(roleFromString(u"admin"), std::nullopt);
    QVERIFY(!canEdit(Role::Viewer));
    QVERIFY(canEdit(Role::Editor));
    QVERIFY(canEdit(Role::Owner));
    QVERIFY(!canManage(Role::Editor));
    QVERIFY(canManage(Role::Owner));
}

void ProtocolTest::revisionFromJson_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<qint64>("expected"); // -1: refused
    QTest::newRow("revision: zero") << QJsonValue(0) << qint64(0);
    QTest::newRow("revision: positive") << QJsonValue(42) << qint64(42);
    QTest::newRow("revision: 2^53") << QJsonValue(9007199254740992.0) << qint64(9007199254740992);
    QTest::newRow("revision: over 2^53") << QJsonValue(1e16) << qint64(-1);
    QTest::newRow("revision: huge") << QJsonValue(5.5e126) << qint64(-1);
    QTest::newRow("revision: negative") << QJsonValue(-1) << qint64(-1);
    QTest::newRow("revision: fractional") << QJsonValue(1.5) << qint64(-1);
    QTest::newRow("revision: a string") << QJsonValue(QStringLiteral("3")) << qint64(-1);
    QTest::newRow("revision: null") << QJsonValue() << qint64(-1);
}

void ProtocolTest::revisionFromJson()
{
    QFETCH(QJsonValue, value);
    QFETCH(qint64, expected);
    const std::optional<qint64> r = protocol::revisionFromJson(value);
    if (expected < 0) {
        QVERIFY(!r);
        QCOMPARE(protocol::revisionFromJson(value, 99), qint64(99));
    } else {
        QCOMPARE(r, std::optional<qint64>(expected));
    }
}

void ProtocolTest::titlesAndPasswords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("title");
    QTest::addColumn<bool>("password");
    QTest::newRow("limits: empty") << QString() << false << false;
    QTest::newRow("limits: 7 characters") << QString(7, u'x') << true << false;
    QTest::newRow("limits: 8 characters") << QString(8, u'x') << true << true;
    QTest::newRow("limits: 200 characters") << QString(200, u'x') << true << true;
    QTest::newRow("limits: 201 characters") << QString(201, u'x') << false << true;
    QTest::newRow("limits: 1024 characters") << QString(1024, u'x') << false << true;
    QTest::newRow("limits: 1025 characters") << QString(1025, u'x') << false << false;
}

void ProtocolTest::titlesAndPasswords()
{
    QFETCH(QString, text);
    QFETCH(bool, title);
    QFETCH(bool, password);
    QCOMPARE(isValidTitle(text), title);
    QCOMPARE(isValidPassword(text), password);
}

void ProtocolTest::apiErrors()
{
    const ApiError e = ApiError::conflict(QStringLiteral("op_id_conflict"), QStringLiteral("m"));
    QCOMPARE(e.status, 409);
    QCOMPARE(e.toJson(), object(R"({"error":"op_id_conflict","message":"m"})"));
    const ApiError back = ApiError::fromJson(409, e.toJson());
    QCOMPARE(back.code, e.code);
    QCOMPARE(back.message, e.message);
    QVERIFY(back.extra.isEmpty());

    const ApiError gone = ApiError::gone(12);
    QCOMPARE(gone.status, 410);
    QCOMPARE(gone.toJson().value(QLatin1String("snapshot_revision")).toInt(), 12);
    QCOMPARE(ApiError::fromJson(410, gone.toJson()).extra.value(QLatin1String("snapshot_revision")),
             QJsonValue(12));

    const ApiError invalid =
        ApiError::fromValidation(ValidationError{ValidationError::Code::InvalidOp, "bad", 3});
    QCOMPARE(invalid.status, 400);
    QCOMPARE(invalid.code, QStringLiteral("invalid_op"));
    QCOMPARE(invalid.toJson().value(QLatin1String("index")).toInt(), 3);
    const ApiError large =
        ApiError::fromValidation(ValidationError{ValidationError::Code::TooLarge, "big"});
    QCOMPARE(large.status, 413);
    QVERIFY(!large.toJson().contains(QLatin1String("index")));

    const QList<std::pair<ApiError, int>> statuses{{ApiError::badJson("m"), 400},
                                                   {ApiError::badRequest("m"), 400},
                                                   {ApiError::invalidId("m"), 400},
                                                   {ApiError::unauthorized(), 401},
                                                   {ApiError::forbidden("m"), 403},
                                                   {ApiError::notFound(), 404},
                                                   {ApiError::methodNotAllowed(), 405},
                                                   {ApiError::tooLarge("m"), 413},
                                                   {ApiError::unsupportedMediaType("m"), 415},
                                                   {ApiError::hashMismatch(), 422},
                                                   {ApiError::upgradeRequired(), 426},
                                                   {ApiError::rateLimited(), 429},
                                                   {ApiError::unavailable("m"), 503}};
    for (const auto &[error, status] : statuses) {
        QCOMPARE(error.status, status);
        QVERIFY(!error.code.isEmpty());
        QVERIFY(!error.message.isEmpty());
    }
}

void ProtocolTest::commitRoundTrip()
{
    const Commit c = sampleCommit();
    const QJsonObject rest = c.toJson();
    QCOMPARE(rest.value(QLatin1String("created_at")).toString(),
             QStringLiteral("2026-11-25T00:45:40Z"));
    const Parsed<Commit> back = Commit::fromJson(rest, Limits{});
    QVERIFY(!errorOf(back));
    const Commit &b = std::get<Commit>(back);
    QCOMPARE(b.revision, c.revision);
    QCOMPARE(b.author, c.author);
    QCOMPARE(b.clientId, c.clientId);
    QCOMPARE(b.createdAt, c.createdAt);
    QCOMPARE(b.ops, c.ops);

    const QJsonObject push = c.toPushJson(QStringLiteral("d1"));
    QCOMPARE(push.value(QLatin1String("type")).toString(), QStringLiteral("commit"));
    QCOMPARE(push.value(QLatin1String("drawing_id")).toString(), QStringLiteral("d1"));
    QVERIFY(!errorOf(Commit::fromJson(push, Limits{})));
}

void ProtocolTest::commitRules_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    const QByteArray ops = R"("ops":[{"op_id":"o","op":"delete","id":"a"}])";
    QTest::newRow("commit: revision 1") << R"({"revision":1,)" + ops + "}" << QString();
    QTest::newRow("commit: revision missing") << "{" + ops + "}"
                                              << "bad_request";
    QTest::newRow("commit: revision 0") << R"({"revision":0,)" + ops + "}"
                                        << "bad_request";
    QTest::newRow("commit: revision fractional") << R"({"revision":1.5,)" + ops + "}"
                                                 << "bad_request";
    QTest::newRow("commit: revision huge") << R"({"revision":1e300,)" + ops + "}"
                                           << "bad_request";
    QTest::newRow("commit: revision a string") << R"({"revision":"2",)" + ops + "}"
                                               << "bad_request";
    QTest::newRow("commit: ops missing") << QByteArray(R"({"revision":1})") << "bad_request";
    QTest::newRow("commit: ops empty") << QByteArray(R"({"revision":1,"ops":[]})") << "bad_request";
    QTest::newRow("commit: an invalid op")
        << QByteArray(R"({"revision":1,"ops":[{"op_id":"o","op":"delete","id":""}]})")
        << "invalid_id";
}

void ProtocolTest::commitRules()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    const Parsed<Commit> c = Commit::fromJson(object(json), Limits{});
    if (code.isEmpty())
        QVERIFY(!errorOf(c));
    else
        expectError(errorOf(c), code);
}

void ProtocolTest::commitRequest_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    const QByteArray op = R"({"op_id":"o","op":"delete","id":"a"})";
    QTest::newRow("request: client_id and ops")
        << R"({"client_id":"c-1","ops":[)" + op + "]}" << QString();
    QTest::newRow("request: client_id missing") << R"({"ops":[)" + op + "]}"
                                                << "bad_request";
    QTest::newRow("request: client_id not a string") << R"({"client_id":5,"ops":[)" + op + "]}"
                                                     << "bad_request";
    QTest::newRow("request: client_id invalid") << R"({"client_id":"c 1","ops":[)" + op + "]}"
                                                << "invalid_id";
    QTest::newRow("request: ops missing") << QByteArray(R"({"client_id":"c"})") << "bad_request";
    QTest::newRow("request: ops empty")
        << QByteArray(R"({"client_id":"c","ops":[]})") << "bad_request";
    QTest::newRow("request: ops over the limit")
        << R"({"client_id":"c","ops":[)" + op + "," + op + "," + op + "]}"
        << "too_large";
    QTest::newRow("request: an invalid op")
        << QByteArray(R"({"client_id":"c","ops":[{"op_id":"o","op":"jump","id":"a"}]})")
        << "invalid_op";
}

void ProtocolTest::commitRequest()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    Limits limits;
    limits.maxOpsPerCommit = 2;
    const Parsed<CommitRequest> r = CommitRequest::fromJson(object(json), limits);
    if (!code.isEmpty()) {
        expectError(errorOf(r), code);
        return;
    }
    QVERIFY(!errorOf(r));
    const CommitRequest &req = std::get<CommitRequest>(r);
    const Parsed<CommitRequest> back = CommitRequest::fromJson(req.toJson(), limits);
    QVERIFY(!errorOf(back));
    QCOMPARE(std::get<CommitRequest>(back).clientId, req.clientId);
    QCOMPARE(std::get<CommitRequest>(back).ops, req.ops);
}

void ProtocolTest::commitResponseRoundTrip()
{
    CommitResponse r;
    r.revision = 8;
    r.latestRevision = 8;
    r.results = {{QStringLiteral("o1"), 8, false}, {QStringLiteral("o0"), 3, true}};
    const QJsonObject json = r.toJson();
    QCOMPARE(json.value(QLatin1String("results")).toArray().at(1).toObject().value("status"),
             QJsonValue(QStringLiteral("duplicate")));
    const CommitResponse back = CommitResponse::fromJson(json);
    QCOMPARE(back.revision, std::optional<qint64>(8));
    QCOMPARE(back.latestRevision, 8);
    QCOMPARE(back.results.size(), 2);
    QCOMPARE(back.results.at(0).opId, QStringLiteral("o1"));
    QVERIFY(!back.results.at(0).duplicate);
    QVERIFY(back.results.at(1).duplicate);
    QCOMPARE(back.results.at(1).revision, 3);

    // Every op a duplicate: "revision": null.
    CommitResponse dup;
    dup.latestRevision = 9;
    QVERIFY(dup.toJson().value(QLatin1String("revision")).isNull());
    QCOMPARE(CommitResponse::fromJson(dup.toJson()).revision, std::nullopt);
    // Malformed numbers read as absent, never as undefined conversions.
    const CommitResponse odd =
        CommitResponse::fromJson(object(R"({"revision":1e300,"latest_revision":-4})"));
    QCOMPARE(odd.revision, std::nullopt);
    QCOMPARE(odd.latestRevision, 0);
}

void ProtocolTest::opsPage()
{
    OpsPage page;
    page.drawingId = QStringLiteral("d1");
    page.latestRevision = 8;
    page.hasMore = true;
    page.commits = {sampleCommit(7), sampleCommit(8)};
    const Parsed<OpsPage> back = OpsPage::fromJson(page.toJson(), Limits{});
    QVERIFY(!errorOf(back));
    const OpsPage &b = std::get<OpsPage>(back);
    QCOMPARE(b.drawingId, page.drawingId);
    QCOMPARE(b.latestRevision, 8);
    QVERIFY(b.hasMore);
    QCOMPARE(b.commits.size(), 2);
    QCOMPARE(b.commits.at(1).revision, 8);
    QCOMPARE(b.commits.at(1).ops, page.commits.at(1).ops);

    expectError(errorOf(OpsPage::fromJson(object(R"({"commits":{}})"), Limits{})),
                QStringLiteral("bad_request"));
    expectError(
        errorOf(OpsPage::fromJson(object(R"({"commits":[{"revision":1,"ops":[1]}]})"), Limits{})),
        QStringLiteral("invalid_op"));
}

void ProtocolTest::snapshot()
{
    Snapshot s;
    s.drawingId = QStringLiteral("d1");
    s.revision = 4;
    s.objects = {Object{QStringLiteral("a"), ObjectType::Ellipse,
                        QJsonObject{{QStringLiteral("w"), 1}, {QStringLiteral("h"), 1}}}};
    const Parsed<Snapshot> back = Snapshot::fromJson(s.toJson(), Limits{});
    QVERIFY(!errorOf(back));
    QCOMPARE(std::get<Snapshot>(back).revision, 4);
    QCOMPARE(std::get<Snapshot>(back).objects, s.objects);

    expectError(errorOf(Snapshot::fromJson(object(R"({"revision":1,"objects":{}})"), Limits{})),
                QStringLiteral("bad_request"));
    expectError(errorOf(Snapshot::fromJson(object(R"({"objects":[]})"), Limits{})),
                QStringLiteral("bad_request"));
    expectError(errorOf(Snapshot::fromJson(object(R"({"revision":1e200,"objects":[]})"), Limits{})),
                QStringLiteral("bad_request"));
    expectError(
        errorOf(Snapshot::fromJson(
            object(R"({"revision":1,"objects":[{"id":"a","type":"rect","props":{"w":1}}]})"),
            Limits{})),
        QStringLiteral("invalid_op"));
}

void ProtocolTest::presence_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    auto row = [](const char *name, const QByteArray &json, const char *code) {
        QTest::newRow(name) << json << QString::fromLatin1(code);
    };
    row("presence: all null", R"({"cursor":null,"selection":null,"editing":null,"preview":null})",
        "");
    row("presence: all absent", "{}", "");
    row("presence: cursor", R"({"cursor":{"x":1.5,"y":-2}})", "");
    row("presence: cursor without y", R"({"cursor":{"x":1}})", "bad_request");
    row("presence: cursor out of range", R"({"cursor":{"x":2e9,"y":0}})", "bad_request");
    row("presence: cursor a number", R"({"cursor":5})", "bad_request");
    row("presence: selection of ids", R"({"selection":["a","b-2"]})", "");
    row("presence: selection with a bad id", R"({"selection":["a b"]})", "bad_request");
    row("presence: selection not an array", R"({"selection":"a"})", "bad_request");
    row("presence: editing an id", R"({"editing":"a"})", "");
    row("presence: editing not an id", R"({"editing":"a/b"})", "bad_request");
    row("presence: editing a number", R"({"editing":1})", "bad_request");
    row("presence: preview an object",
        R"({"preview":{"id":"p","type":"stroke","props":{"points":[0,0,1]}}})", "");
    row("presence: preview invalid",
        R"({"preview":{"id":"p","type":"stroke","props":{"points":[0,0,2]}}})", "invalid_op");
    row("presence: preview not an object", R"({"preview":[1]})", "bad_request");
    row("presence: a viewport", R"({"viewport":{"x":-10,"y":5,"w":800,"h":600}})", "");
    row("presence: a viewport without size", R"({"viewport":{"x":0,"y":0,"w":0,"h":600}})",
        "bad_request");
    row("presence: a viewport out of range", R"({"viewport":{"x":2e9,"y":0,"w":1,"h":1}})",
        "bad_request");
    row("presence: a viewport not an object", R"({"viewport":[0,0,1,1]})", "bad_request");
    row("presence: away and presenting", R"({"away":true,"presenting":false})", "");
    row("presence: away not a boolean", R"({"away":"yes"})", "bad_request");
    row("presence: a laser trail", R"({"laser":[0,0,900,5,5,0]})", "");
    row("presence: a laser point without its age", R"({"laser":[0,0,900,5,5]})", "bad_request");
    row("presence: a laser point older than a second", R"({"laser":[0,0,1001]})", "bad_request");
    row("presence: a laser point not finite", R"({"laser":[0,"x",5]})", "bad_request");
    {
        QByteArray many = R"({"laser":[)";
        for (int i = 0; i <= Presence::kMaxLaserPoints; ++i)
            many += QByteArray(i ? "," : "") + "1,2,3";
        row("presence: a laser trail over the limit", many + "]}", "too_large");
    }
    // A preview relayed in every hello must nest well below the parser's limit (issue 13, row 4).
    const QByteArray deep32 = QByteArray(32, '[') + "1" + QByteArray(32, ']');
    const QByteArray deep33 = QByteArray(33, '[') + "1" + QByteArray(33, ']');
    row("presence: preview prop nesting 32 levels",
        R"({"preview":{"id":"p","type":"rect","props":{"w":1,"h":1,"ext":)" + deep32 + "}}}", "");
    row("presence: preview prop nesting 33 levels",
        R"({"preview":{"id":"p","type":"rect","props":{"w":1,"h":1,"ext":)" + deep33 + "}}}",
        "too_large");
    row("presence: one of several previews nesting 33 levels",
        R"({"previews":[{"id":"p","type":"rect","props":{"w":1,"h":1}},)"
        R"({"id":"q","type":"rect","props":{"w":1,"h":1,"ext":)" +
            deep33 + "}}]}",
        "too_large");
}

void ProtocolTest::presence()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    const Parsed<Presence> p = Presence::fromJson(object(json), Limits{});
    if (code.isEmpty())
        QVERIFY2(!errorOf(p), errorOf(p) ? qPrintable(errorOf(p)->message) : "");
    else
        expectError(errorOf(p), code);
}

void ProtocolTest::presenceRoundTrip()
{
    Presence p;
    p.sessionId = QStringLiteral("s1");
    p.user = UserRef{QStringLiteral("u1"), QStringLiteral("ann")};
    p.cursor = QPointF(3, 4);
    p.selection = {QStringLiteral("a"), QStringLiteral("b")};
    p.editing = QStringLiteral("a");
    p.previews = {Object{QStringLiteral("p"), ObjectType::Line,
                         QJsonObject{{QStringLiteral("points"), QJsonArray{0, 0, 1, 1}}}}};
    const Parsed<Presence> server = Presence::fromJson(p.toServerJson(), Limits{});
    QVERIFY(!errorOf(server));
    QCOMPARE(std::get<Presence>(server), p);
    // Without the extensions the frame is exactly §5's; with them they travel too.
    for (const char *key : {"viewport", "away", "presenting", "laser"})
        QVERIFY2(!p.toClientJson().contains(QLatin1String(key)), key);
    Presence meeting = p;
    meeting.viewport = QRectF(-5, 10, 640, 480.5);
    meeting.away = true;
    meeting.presenting = true;
    meeting.laser = {{QPointF(1, 2), 700}, {QPointF(3.5, 4), 0}};
    const Parsed<Presence> relayed = Presence::fromJson(meeting.toServerJson(), Limits{});
    QVERIFY(!errorOf(relayed));
    QCOMPARE(std::get<Presence>(relayed), meeting);

    const QJsonObject client = p.toClientJson();
    QCOMPARE(client.value(QLatin1String("type")).toString(), QStringLiteral("presence"));
    QVERIFY(!client.contains(QLatin1String("session_id")));
    QVERIFY(!client.contains(QLatin1String("user")));

    const Presence empty;
    const QJsonObject none = empty.toClientJson();
    QVERIFY(none.value(QLatin1String("cursor")).isNull());
    QVERIFY(none.value(QLatin1String("editing")).isNull());
    QVERIFY(none.value(QLatin1String("preview")).isNull());
    QVERIFY(!none.contains(QLatin1String("previews")));
    // One preview: the frame is what PROTOCOL.md §5 shows, nothing more.
    QVERIFY(!client.contains(QLatin1String("previews")));
    QCOMPARE(client.value(QLatin1String("preview")).toObject(), p.previews.first().toJson());
}

// A drag of several objects: "preview" is the first (what every client reads), "previews"
// all of them; a client that sends only "preview" still works; hostile lists are refused.
void ProtocolTest::presenceSeveralPreviews()
{
    Presence p;
    p.user = UserRef{QStringLiteral("u1"), QStringLiteral("ann")};
    for (int i = 0; i < 3; ++i) {
        p.previews.append(Object{QStringLiteral("r%1").arg(i), ObjectType::Rect,
                                 QJsonObject{{QStringLiteral("x"), i * 10},
                                             {QStringLiteral("w"), 5},
                                             {QStringLiteral("h"), 5}}});
    }
    const QJsonObject json = p.toServerJson();
    QCOMPARE(json.value(QLatin1String("preview")).toObject(), p.previews.first().toJson());
    QCOMPARE(json.value(QLatin1String("previews")).toArray().size(), 3);
    const Parsed<Presence> back = Presence::fromJson(json, Limits{});
    QVERIFY(!errorOf(back));
    QCOMPARE(std::get<Presence>(back), p);

    QJsonObject onlyOne = json;
    onlyOne.remove(QLatin1String("previews"));
    const Parsed<Presence> old = Presence::fromJson(onlyOne, Limits{});
    QVERIFY(!errorOf(old));
    QCOMPARE(std::get<Presence>(old).previews, QList<Object>{p.previews.first()});

    QJsonObject notArray = json;
    notArray.insert(QLatin1String("previews"), QStringLiteral("r0"));
    QVERIFY(errorOf(Presence::fromJson(notArray, Limits{})));

    QJsonObject badObject = json;
    badObject.insert(QLatin1String("previews"),
                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("bad id!")}}});
    QVERIFY(errorOf(Presence::fromJson(badObject, Limits{})));

    QJsonArray tooMany;
    for (int i = 0; i <= Presence::kMaxPreviews; ++i)
        tooMany.append(p.previews.first().toJson());
    QJsonObject hostile = json;
    hostile.insert(QLatin1String("previews"), tooMany);
    const Parsed<Presence> refused = Presence::fromJson(hostile, Limits{});
    QVERIFY(errorOf(refused));
    QCOMPARE(errorOf(refused)->code, ValidationError::Code::TooLarge);
}

void ProtocolTest::pushMessages()
{
    const Limits limits;
    Hello hello;
    hello.drawingId = QStringLiteral("d1");
    hello.latestRevision = 5;
    hello.sessionId = QStringLiteral("s1");
    hello.user = UserRef{QStringLiteral("u1"), QStringLiteral("ann")};
    Presence peer;
    peer.sessionId = QStringLiteral("s2");
    peer.user = UserRef{QStringLiteral("u2"), QStringLiteral("bob")};
    hello.peers = {peer};
    Parsed<PushMessage> m = parsePushMessage(bytes(hello.toJson()), limits);
    QVERIFY(!errorOf(m));
    const Hello &h = std::get<Hello>(std::get<PushMessage>(m));
    QCOMPARE(h.latestRevision, 5);
    QCOMPARE(h.user, hello.user);
    QCOMPARE(h.peers.size(), 1);
    QCOMPARE(h.peers.at(0).sessionId, QStringLiteral("s2"));

    m = parsePushMessage(bytes(sampleCommit().toPushJson(QStringLiteral("d1"))), limits);
    QVERIFY(!errorOf(m));
    QCOMPARE(std::get<Commit>(std::get<PushMessage>(m)).ops, sampleOps());

    m = parsePushMessage(bytes(peer.toServerJson()), limits);
    QVERIFY(!errorOf(m));
    QCOMPARE(std::get<Presence>(std::get<PushMessage>(m)), peer);

    m = parsePushMessage(bytes(Leave{QStringLiteral("s2")}.toJson()), limits);
    QVERIFY(!errorOf(m));
    QCOMPARE(std::get<Leave>(std::get<PushMessage>(m)).sessionId, QStringLiteral("s2"));

    // Unknown frame types are ignored, for forward compatibility.
    m = parsePushMessage(R"({"type":"cursor_v2","x":1})", limits);
    QVERIFY(!errorOf(m));
    QCOMPARE(std::get<UnknownMessage>(std::get<PushMessage>(m)).type, QStringLiteral("cursor_v2"));
}

void ProtocolTest::pushMessageErrors_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("code");
    QTest::newRow("push: not JSON") << QByteArray("hello") << "bad_json";
    QTest::newRow("push: a JSON array") << QByteArray(R"([{"type":"leave"}])") << "bad_json";
    QTest::newRow("push: commit without revision")
        << QByteArray(R"({"type":"commit","ops":[{"op_id":"o","op":"delete","id":"a"}]})")
        << "bad_request";
    QTest::newRow("push: commit with an invalid op")
        << QByteArray(R"({"type":"commit","revision":2,"ops":[{"op":"delete","id":"a"}]})")
        << "invalid_op";
    QTest::newRow("push: presence with a bad cursor")
        << QByteArray(R"({"type":"presence","cursor":"here"})") << "bad_request";
}

void ProtocolTest::pushMessageErrors()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, code);
    expectError(errorOf(parsePushMessage(frame, Limits{})), code);
}

void ProtocolTest::drawingInfoAndMembers()
{
    DrawingInfo d;
    d.id = QStringLiteral("d1");
    d.title = QStringLiteral("Plan");
    d.role = Role::Editor;
    d.latestRevision = 10;
    d.snapshotRevision = 4;
    d.createdAt = kTime;
    d.updatedAt = kTime.addSecs(60);
    const DrawingInfo back = DrawingInfo::fromJson(d.toJson());
    QCOMPARE(back.id, d.id);
    QCOMPARE(back.title, d.title);
    QCOMPARE(back.role, d.role);
    QCOMPARE(back.latestRevision, 10);
    QCOMPARE(back.snapshotRevision, 4);
    QCOMPARE(back.createdAt, d.createdAt);
    QCOMPARE(back.updatedAt, d.updatedAt);
    const QJsonObject list = d.toListJson();
    QCOMPARE(list.keys(), (QStringList{"id", "latest_revision", "role", "title", "updated_at"}));
    QCOMPARE(DrawingInfo::fromJson(object(R"({"role":"boss","latest_revision":1e300})")).role,
             Role::Viewer);
    QCOMPARE(DrawingInfo::fromJson(object(R"({"latest_revision":1e300})")).latestRevision, 0);

    const Member m{UserRef{QStringLiteral("u1"), QStringLiteral("ann")}, Role::Owner};
    const Member mb = Member::fromJson(m.toJson());
    QCOMPARE(mb.user, m.user);
    QCOMPARE(mb.role, Role::Owner);
}

void ProtocolTest::serverInfo()
{
    ServerInfo info;
    info.version = QStringLiteral("0.1.0");
    info.signup = true;
    info.limits.maxOpsPerCommit = 50;
    const std::optional<ServerInfo> back = ServerInfo::fromJson(info.toJson());
    QVERIFY(back);
    QCOMPARE(back->version, info.version);
    QCOMPARE(back->api, kApiVersion);
    QVERIFY(back->signup);
    QCOMPARE(back->limits.maxOpsPerCommit, 50);
    QVERIFY(!ServerInfo::fromJson(object(R"({"server":"nginx"})")));
    // Absurd limits keep the defaults rather than overflowing.
    const std::optional<ServerInfo> odd = ServerInfo::fromJson(object(
        R"({"server":"inkboard-server","limits":{"max_ops_per_commit":1e300,"max_body_bytes":1e30}})"));
    QVERIFY(odd);
    QCOMPARE(odd->limits.maxOpsPerCommit, Limits{}.maxOpsPerCommit);
    QCOMPARE(odd->limits.maxBodyBytes, Limits{}.maxBodyBytes);
}

QTEST_APPLESS_MAIN(ProtocolTest)
#include "tst_protocol.moc"
