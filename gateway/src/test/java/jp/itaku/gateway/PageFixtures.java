package jp.itaku.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What {@link UpstreamServer} answers for the incident and self-report pages' language tests
 * ({@code IncidentPagesTest}, {@code SelfReportPagesTest}, {@code InspectionPagesTest}): one incident with a step, a
 * report, a measure, evidence and a timeline entry; the incident form's codes; a submitted and a draft self-report; an
 * inspection being recorded and two improvement requests; two staff members, a change, a contractor with a user, the
 * notice settings ({@code OnboardingPagesTest}); an engagement with two drafts ({@code ContractPagesTest}). The Japanese labels are
 * inspection-service's, so that a test sees whether the portal shows its own English instead.
 */
public final class PageFixtures {

    public static final String INCIDENT = "1c000000-0000-4000-8000-000000000001";
    public static final String SUBMITTED_REPORT = "5a000000-0000-4000-8000-000000000001";
    public static final String DRAFT_REPORT = "5a000000-0000-4000-8000-000000000002";
    public static final String CHECK = "c4000000-0000-4000-8000-000000000001";
    public static final String CONTRACTOR = "c0000000-0000-4000-8000-0000000000f1";
    public static final String ENGAGEMENT = "e0000000-0000-4000-8000-0000000000e1";
    /** The data the fixtures carry that a page may show as it is (names, titles, free text). */
    public static final List<String> DATA = List.of("ガンマ保管", "住民税帳票の印刷業務", "委託先での帳票の誤送付",
            "報告を受け付けました", "誤送付先への回収依頼", "概要", "帳票1件を誤って別の住所に送付した。", "写真.jpg",
            "個人情報の取扱いを委託先に確認しましたか。", "ガイドライン第5-2", "年1回以上確認している。", "点検記録.pdf",
            "受付担当が回収を依頼した。", "株式会社アルファ情報処理", "本社3階執務室", "情報管理課長", "総務部長",
            "安全管理措置", "アクセス権限を定期的に見直しているか", "権限の棚卸しが未実施", "棚卸し記録.pdf",
            "権限棚卸しの実施", "棚卸しを実施し記録を提出した。", "記録を確認した。", "山田", "花子", "株式会社ベータ", "健診データの入力業務",
            "保健課", "氏名", "住所", "委託先の事務所", "案1.txt", "案2.txt", "秘密保持", "再委託の制限又は事前承認",
            "第5条", "受託者は、知り得た情報を漏らしてはならない。", "再委託に関する定めが見つかりません。", "第7条（再委託）",
            "受託者は、甲の承認を得ずに再委託してはならない。", "初回の登録", "プライバシーマーク", "山田 花子", "ログインの記録を取得できません。");

    private PageFixtures() {
    }

    static void register(HttpServer server) {
        server.createContext("/api/inspections/incidents/" + INCIDENT, exchange -> send(exchange, incident()));
        server.createContext("/api/inspections/incidents/notices", exchange -> send(exchange, new JsonArray()
                .add(new JsonObject().put("recipientRole", "protection-manager").put("message", "受付担当が回収を依頼した。")
                        .put("createdAt", "2026-12-01T10:05:00+09:00")).encode()));
        server.createContext("/api/inspections/incidents/vocabulary", exchange -> send(exchange, new JsonObject()
                .put("categories", new JsonArray().add(code("SENSITIVE", "①", "要配慮個人情報が含まれる", "規則第43条第1号"))
                        .add(code("OVER_HUNDRED", "④", "本人の数が百人を超える", "規則第43条第4号")))
                .put("causeParties", new JsonArray().add(code("AGENCY", "", "委託元（当機関）", ""))
                        .add(code("UNKNOWN", "", "調査中", ""))).encode()));
        server.createContext("/api/inspections/checks/" + CHECK, exchange -> send(exchange, check()));
        server.createContext("/api/inspections/improvements", exchange -> send(exchange, new JsonObject().put("total", 2)
                .put("items", new JsonArray().add(improvement("i1", "RESPONDED", false)).add(improvement("i2", "CLOSED", true))).encode()));
        server.createContext("/api/contracts/staff", exchange -> send(exchange, exchange.getRequestURI().getPath().endsWith("/changes")
                ? new JsonArray().add(new JsonObject().put("username", "yamada").put("action", "ROLES_CHANGED").put("actionLabel", "ロール変更")
                        .put("roles", new JsonArray().add("inspector")).put("org", "org-beta").put("changedBy", "sho-chief")
                        .put("changedAt", "2026-12-01T10:00:00+09:00")).encode()
                : new JsonArray().add(person("p1", true)).add(person("p2", false)).encode()));
        server.createContext("/api/contracts/contractors/" + CONTRACTOR, exchange -> send(exchange,
                exchange.getRequestURI().getPath().endsWith("/users") ? new JsonArray().add(person("p3", true)).encode()
                        : new JsonObject().put("id", CONTRACTOR).put("name", "株式会社ベータ").putNull("orgCode").encode()));
        server.createContext("/api/contracts/engagements/" + ENGAGEMENT, PageFixtures::engagement);
        server.createContext("/api/contracts/audit/analysis", exchange -> send(exchange, new JsonObject().put("month", "2026-11")
                .put("total", 12).put("denied", 1).put("offHours", 2).put("bulk", 0).put("platformStaff", 0)
                .put("users", new JsonArray().add(new JsonObject().put("userName", "sho-officer").put("displayName", "山田 花子")
                        .put("roles", "procurement-officer").put("accesses", 12).put("rows", 30).put("exports", 1).put("denied", 1)
                        .put("offHours", 2).put("bulk", 0)))
                .put("deniedRecords", new JsonArray()).put("bulkRecords", new JsonArray()).encode()));
        server.createContext("/api/inspections/notice-settings", exchange -> send(exchange, new JsonObject()
                .put("registered", false).putNull("email").put("delivery", "IMMEDIATE").encode()));
        server.createContext("/api/inspections/self-reports/" + SUBMITTED_REPORT, exchange -> send(exchange,
                selfReport(SUBMITTED_REPORT, "SUBMITTED").encode()));
        server.createContext("/api/inspections/self-reports/" + DRAFT_REPORT, exchange -> send(exchange,
                selfReport(DRAFT_REPORT, "DRAFT").encode()));
    }

    private static JsonObject code(String code, String mark, String label, String citation) {
        return new JsonObject().put("code", code).put("mark", mark).put("label", label).put("citation", citation);
    }

    private static JsonObject clock(String due) {
        return new JsonObject().put("due", due).put("daysLeft", 3).put("applies", true).put("reported", false).put("overdue", false);
    }

    private static String incident() {
        JsonObject summary = new JsonObject().put("id", INCIDENT).put("engagementTitle", "住民税帳票の印刷業務")
                .put("nodeName", "ガンマ保管").put("depth", 3).put("title", "委託先での帳票の誤送付").put("status", "OPEN")
                .put("reportable", true).put("categories", new JsonArray().add("SENSITIVE")).put("myNumber", false)
                .putNull("affectedCount").put("awareOn", "2026-12-01").put("quickReport", clock("2026-12-04"))
                .put("finalReport", clock("2026-12-30")).put("acknowledged", true);
        return new JsonObject().put("summary", summary).put("overHundredAt", "2026-12-02T09:00:00+09:00")
                .put("signedOffAt", "2026-12-02T10:00:00+09:00").put("signedOffBy", "sho-chief")
                .put("steps", new JsonArray()
                        .add(new JsonObject().put("step", "RECEIPT").put("label", "受付").put("recipientRole", "protection-manager")
                                .put("recipientLabel", "保護管理者").put("requestedAt", "2026-12-01T10:00:00+09:00")
                                .put("requestedBy", "sho-officer").put("acknowledgedAt", "2026-12-01T11:00:00+09:00")
                                .put("acknowledgedBy", "sho-manager"))
                        .add(new JsonObject().put("step", "TO_HEAD").put("label", "長へ報告").put("recipientRole", "chief-protection-manager")
                                .put("recipientLabel", "機関の長（総括保護管理者が記録）").put("requestedAt", "2026-12-01T12:00:00+09:00")
                                .put("requestedBy", "sho-chief").put("escalatedAt", "2026-12-02T12:00:00+09:00")))
                .put("timeline", new JsonArray().add(new JsonObject().put("at", "2026-12-01T10:00:00+09:00")
                        .put("actor", "sho-officer").put("text", "報告を受け付けました")))
                .put("measures", new JsonArray().add(new JsonObject().put("description", "誤送付先への回収依頼")
                        .put("status", "PLANNED").put("statusLabel", "実施予定").put("planEntryId", "p1")))
                .put("reports", new JsonArray().add(new JsonObject().put("version", 1).put("kind", "QUICK").put("kindLabel", "速報")
                        .put("createdAt", "2026-12-02T09:30:00+09:00").put("createdBy", "sho-manager")))
                .put("evidence", new JsonArray().add(new JsonObject().put("id", "ev1").put("fileName", "写真.jpg")
                        .put("sizeBytes", 2048).put("uploadedAt", "2026-12-01T10:30:00+09:00").put("uploadedBy", "sho-officer")))
                .put("ppcItems", new JsonArray().add(new JsonObject().put("number", "1").put("heading", "概要")
                        .put("text", "帳票1件を誤って別の住所に送付した。")))
                .encode();
    }

    private static String check() {
        return new JsonObject().put("id", CHECK).put("nodeName", "株式会社アルファ情報処理").put("performedOn", "2026-11-26")
                .put("place", "本社3階執務室").put("attendees", new JsonArray().add("情報管理課長").add("総務部長"))
                .put("inspector", "sho-inspector").put("status", "DRAFT")
                .put("items", new JsonArray().add(new JsonObject().put("code", "S1").put("category", "安全管理措置")
                        .put("text", "アクセス権限を定期的に見直しているか").put("reference", "ガイドライン第5-2").put("result", "FINDING")
                        .put("note", "権限の棚卸しが未実施").put("deadline", "2026-12-26")))
                .put("improvements", new JsonArray().add(improvement("i1", "OPEN", true)))
                .put("evidence", new JsonArray().add(new JsonObject().put("id", "ev3").put("fileName", "棚卸し記録.pdf")
                        .put("sizeBytes", 1024).put("uploadedAt", "2026-11-26T10:30:00+09:00").put("uploadedBy", "sho-inspector")))
                .encode();
    }

    /** An engagement with two drafts: its detail, the drafts, the second's verification (no text), the diff. */
    private static void engagement(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(("/api/contracts/engagements/" + ENGAGEMENT).length());
        if (path.isEmpty()) {
            JsonObject contractor = new JsonObject().put("id", CONTRACTOR).put("name", "株式会社ベータ").put("orgCode", "org-beta")
                    .put("certificationExpired", true).put("expiredCertifications", new JsonArray().add("プライバシーマーク"));
            JsonObject e = new JsonObject().put("id", ENGAGEMENT).put("title", "健診データの入力業務").put("division", "保健課")
                    .put("kind", "OUTSOURCING").put("kindLabel", "業務委託").put("contractor", contractor)
                    .put("sensitivity", "HIGH").put("sensitivityLabel", "高").put("periodStart", "2026-04-01").put("periodEnd", "2027-03-31")
                    .put("infoCategories", new JsonArray().add("氏名").add("住所")).put("recordCount", 1200)
                    .put("locations", new JsonArray().add(new JsonObject().put("purpose", "PROCESSING").put("purposeLabel", "処理")
                            .put("placeType", "CONTRACTOR_OFFICE").put("placeTypeLabel", "委託先事業所").put("description", "委託先の事務所")
                            .put("needsReview", true)))
                    .put("state", "IN_PROGRESS").put("stateLabel", "履行中");
            JsonArray history = new JsonArray()
                    .add(new JsonObject().putNull("from").putNull("fromLabel").put("to", "IN_PROGRESS").put("toLabel", "履行中")
                            .put("note", "初回の登録").put("at", "2026-03-01T09:00:00+09:00").put("by", "sho-officer"))
                    .add(new JsonObject().put("from", "IN_PROGRESS").put("fromLabel", "履行中").put("to", "ENDED").put("toLabel", "終了")
                            .put("at", "2026-04-01T09:00:00+09:00").put("by", "sho-manager"));
            send(exchange, new JsonObject().put("engagement", e).put("history", history).encode());
        } else if (path.equals("/drafts")) {
            send(exchange, new JsonArray().add(draft(1, "案1.txt")).add(draft(2, "案2.txt")).encode());
        } else if (path.equals("/drafts/2")) {
            JsonObject satisfied = new JsonObject().put("id", "C1a").put("name", "秘密保持").put("status", "satisfied")
                    .put("statusLabel", "充足").put("explanation", "受託者は、知り得た情報を漏らしてはならない。")
                    .put("evidence", new JsonArray().add(new JsonObject().put("article", "第5条").put("start", 0).put("end", 10)
                            .put("text", "受託者は、知り得た情報を漏らしてはならない。"))
                            .add(new JsonObject().putNull("article").put("start", 20).put("end", 30)
                                    .put("text", "受託者は、知り得た情報を漏らしてはならない。")));
            JsonObject missing = new JsonObject().put("id", "C2").put("name", "再委託の制限又は事前承認").put("status", "missing")
                    .put("statusLabel", "欠落").put("explanation", "再委託に関する定めが見つかりません。")
                    .put("evidence", new JsonArray()).put("suggestedClause", "受託者は、甲の承認を得ずに再委託してはならない。");
            send(exchange, new JsonObject().put("draft", draft(2, "案2.txt"))
                    .put("elements", new JsonArray().add(satisfied).add(missing)).encode());
        } else if (path.equals("/drafts/diff")) {
            send(exchange, new JsonObject().put("fromVersion", 1).put("toVersion", 2).put("fixed", new JsonArray().add("C1a"))
                    .put("broken", new JsonArray())
                    .put("elements", new JsonArray().add(new JsonObject().put("id", "C1a").put("name", "秘密保持")
                            .put("fromStatus", "missing").put("fromStatusLabel", "欠落").put("toStatus", "satisfied")
                            .put("toStatusLabel", "充足").put("change", "FIXED").put("changeLabel", "修正された")
                            .put("removedText", new JsonArray()).put("addedText", new JsonArray().add("第7条（再委託）")))).encode());
        } else {
            byte[] bytes = "{\"status\":404,\"title\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(404, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }
    }

    private static JsonObject draft(int version, String fileName) {
        return new JsonObject().put("version", version).put("fileName", fileName).put("kind", "outsourcing")
                .put("kindLabel", "業務委託契約").put("satisfied", 1).put("missing", 1).put("contradicted", 0)
                .put("uploadedAt", "2026-03-02T09:00:00+09:00").put("uploadedBy", "sho-officer");
    }

    /** A staff member who inspects and audits (contract-service's Japanese role names beside the codes). */
    private static JsonObject person(String id, boolean enabled) {
        return new JsonObject().put("id", id).put("username", "yamada-" + id).put("email", id + "@example.jp")
                .put("lastName", "山田").put("firstName", "花子").put("enabled", enabled)
                .put("roles", new JsonArray().add("inspector").add("auditor")).put("roleLabels", new JsonArray().add("検査担当者").add("監査責任者"));
    }

    private static JsonObject improvement(String id, String status, boolean overdue) {
        JsonObject r = new JsonObject().put("id", id).put("category", "安全管理措置").put("description", "権限棚卸しの実施")
                .put("deadline", "2026-12-26").put("status", status).put("overdue", overdue);
        if (!"OPEN".equals(status)) {
            r.put("response", "棚卸しを実施し記録を提出した。").put("respondedAt", "2026-12-01T10:00:00+09:00").put("respondedBy", "alpha-user");
        }
        if ("CLOSED".equals(status)) {
            r.put("closingComment", "記録を確認した。").put("closedAt", "2026-12-02T10:00:00+09:00").put("closedBy", "sho-inspector");
        }
        return r;
    }

    private static JsonObject selfReport(String id, String status) {
        JsonObject report = new JsonObject().put("id", id).put("nodeId", "n1").put("engagementId", "e1")
                .put("questionnaireVersion", 2).put("status", status)
                .put("questions", new JsonArray()
                        .add(new JsonObject().put("id", "1").put("text", "個人情報の取扱いを委託先に確認しましたか。").put("kind", "YES_NO")
                                .put("required", true).put("reference", "ガイドライン第5-2"))
                        .add(new JsonObject().put("id", "2").put("text", "個人情報の取扱いを委託先に確認しましたか。").put("kind", "TEXT")
                                .put("required", false)))
                .put("answers", new JsonArray().add(new JsonObject().put("questionId", "2").put("answer", "年1回以上確認している。")))
                .put("evidence", new JsonArray().add(new JsonObject().put("id", "ev2").put("fileName", "点検記録.pdf")
                        .put("sizeBytes", 4096).put("uploadedAt", "2026-12-01T10:30:00+09:00").put("uploadedBy", "alpha-user")));
        if ("SUBMITTED".equals(status)) {
            report.put("submittedAt", "2026-12-02T09:00:00+09:00").put("submittedBy", "alpha-user");
        }
        return report;
    }

    private static void send(HttpExchange exchange, String body) throws IOException {
        SummaryUpstream.record(exchange);
        SummaryUpstream.SENT.add(body);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
