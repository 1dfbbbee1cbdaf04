package jp.itaku.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A real HTTP service behind the gateway for its tests: {@code contracts} answers with what it received,
 * {@code inspections} is too slow, {@code provisions} points at a port nobody listens on.
 */
public class UpstreamServer implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/api/contracts/echo", UpstreamServer::echo);
            server.createContext("/api/contracts/problem", UpstreamServer::problem);
            server.createContext("/api/contracts/created", UpstreamServer::created);
            server.createContext("/api/inspections/slow", UpstreamServer::slow);
            // for the portal's page tests (jp.itaku.gateway.portal.PortalPagesTest)
            server.createContext("/api/contracts/contractors", UpstreamServer::contractors);
            // an engagement's detail is refused; the lists and drafts the dashboard and the queue read (SummaryUpstream)
            SummaryUpstream.register(server);
            // the incident and self-report pages' language tests
            PageFixtures.register(server);
            // past the bulk threshold (jp.itaku.gateway.portal.contracts.BulkConfirmationTest)
            server.createContext("/api/contracts/engagements/export", UpstreamServer::bulkExport);
            // for the ledger page (jp.itaku.gateway.portal.ledger.LedgerPagesTest)
            server.createContext("/api/contracts/ledger", UpstreamServer::ledger);
            // the labels the portal offers come from here, not from copies of its own
            server.createContext("/api/contracts/vocabulary", UpstreamServer::vocabulary);
            // an answer that does not fit the portal's record (a provider's contract broken)
            server.createContext("/api/contracts/agencies", UpstreamServer::notAList);
            // the auditor's page (jp.itaku.gateway.portal.audit.AuditPagesTest)
            server.createContext("/api/contracts/audit", UpstreamServer::audit);
            // the plan page (jp.itaku.gateway.portal.inspections.PlanPagesTest) and inspection-service's labels
            server.createContext("/api/inspections/plan", UpstreamServer::plan);
            server.createContext("/api/inspections/vocabulary", UpstreamServer::inspectionVocabulary);
            // the chain as a tree and the subcontractor's invitation (jp.itaku.gateway.portal.contractor.ChainPagesTest)
            server.createContext("/api/inspections/engagements", UpstreamServer::chainEngagement);
            server.createContext("/api/contracts/subcontractors", UpstreamServer::subcontractorInvitation);
            server.start();
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            return Map.of(
                    "itaku.routes.contracts", base,
                    "itaku.routes.inspections", base,
                    "itaku.routes.provisions", "http://127.0.0.1:" + unusedPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void echo(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        JsonObject headers = new JsonObject();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        JsonObject echo = new JsonObject()
                .put("method", exchange.getRequestMethod())
                .put("path", exchange.getRequestURI().getRawPath())
                .put("query", exchange.getRequestURI().getQuery())
                .put("headers", headers)
                .put("bodyLength", body.length)
                .put("bodySha256", sha256(body))
                .put("body", body.length < 10_000 ? new String(body, StandardCharsets.UTF_8) : null);
        send(exchange, 200, "application/json; charset=UTF-8", echo.encode());
    }

    private static void problem(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("X-Upstream", "contract-service");
        send(exchange, 409, "application/problem+json", new JsonObject()
                .put("type", "https://itaku.jp/problems/409").put("title", "現在の状態では実行できません")
                .put("status", 409).put("detail", "承認済みの契約は編集できません。").encode());
    }

    private static void contractors(HttpExchange exchange) throws IOException {
        JsonObject contractor = new JsonObject().put("id", "00000000-0000-0000-0000-000000000001")
                .put("name", "<script>alert('x')</script>株式会社テスト").put("orgCode", "org-alpha")
                .put("certificationExpired", true)
                .put("expiredCertifications", new io.vertx.core.json.JsonArray().add("プライバシーマーク（期限切れ）"));
        send(exchange, 200, "application/json", new JsonObject().put("items", new io.vertx.core.json.JsonArray().add(contractor))
                .put("page", 0).put("size", 200).put("total", 1).encode());
    }

    /** The ledger with one ended engagement without a certificate; its CSV and PDF answer with the query they got. */
    private static void ledger(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String query = String.valueOf(exchange.getRequestURI().getRawQuery());
        if (path.endsWith("/csv") || path.endsWith("/pdf")) {
            exchange.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"outsourcing-ledger.csv\"");
            send(exchange, 200, path.endsWith("/csv") ? "text/csv; charset=UTF-8" : "application/pdf", "\uFEFFquery=" + query);
            return;
        }
        JsonObject handler = new JsonObject().put("depth", 2).put("roleLabel", "再委託先").put("name", "<b>クラウド</b>株式会社")
                .put("workPart", "保管").put("places", new io.vertx.core.json.JsonArray().add(new JsonObject()
                        .put("purposeLabel", "取扱い・保管").put("placeTypeLabel", "クラウドサービス").put("description", "東京リージョン")
                        .put("country", "US").put("cloud", true).put("abroad", true)))
                .put("statusLabel", "再委託承認済").put("lastInspectedOn", "2026-06-10").put("lastInspectionLabel", "検査")
                .put("nextInspectionDue", "2026-12-10").put("openImprovements", 2).put("openIncidents", 0)
                // contract-service writes every field, nulls too
                .put("corporateNumber", null).put("personalInfo", "氏名").put("placesNeedReview", true)
                .put("approvedAt", "2026-05-01T10:00:00+09:00").put("approvedBy", "sho-manager");
        JsonObject entry = new JsonObject().put("engagementId", "00000000-0000-0000-0000-000000000009")
                .put("title", "住民税帳票の印刷業務").put("division", "税務課").put("stateLabel", "履行中")
                .put("infoCategories", new io.vertx.core.json.JsonArray().add("氏名").add("住所")).put("recordCount", 52000)
                .put("periodStart", "2025-04-01").put("periodEnd", "2026-03-31")
                .put("handlers", new io.vertx.core.json.JsonArray().add(handler))
                .put("verifiedClauses", new io.vertx.core.json.JsonArray().add("C1a 秘密保持"))
                .put("events", new io.vertx.core.json.JsonArray()).put("ended", true).put("notYetErased", true)
                .put("kindLabel", "業務委託").put("sensitivityLabel", "高").put("state", "IN_PROGRESS")
                .put("approval", null).put("responsible", null).put("erasure", null);
        send(exchange, 200, "application/json", new JsonObject().put("asOf", "2026-12-01").put("incidentsTracked", false)
                .put("query", query).put("entries", new io.vertx.core.json.JsonArray().add(entry)).encode());
    }

    /** Two engagement states only, with labels the portal has no copy of. */
    private static void vocabulary(HttpExchange exchange) throws IOException {
        io.vertx.core.json.JsonArray states = new io.vertx.core.json.JsonArray()
                .add(new JsonObject().put("code", "IN_PROGRESS").put("label", "履行中（語彙）").put("labelEn", "In progress (vocabulary)"))
                .add(new JsonObject().put("code", "ENDED").put("label", "終了（語彙）").put("labelEn", "Ended (vocabulary)"));
        send(exchange, 200, "application/json", new JsonObject().put("engagementStates", states)
                .put("engagementKinds", new io.vertx.core.json.JsonArray()
                        .add(new JsonObject().put("code", "OUTSOURCING").put("label", "業務委託（語彙）").put("labelEn", "Outsourcing (vocabulary)")))
                .put("sensitivities", new io.vertx.core.json.JsonArray()
                        .add(new JsonObject().put("code", "HIGH").put("label", "高（語彙）").put("labelEn", "High (vocabulary)")))
                .put("locationPurposes", new io.vertx.core.json.JsonArray()
                        .add(new JsonObject().put("code", "PROCESSING").put("label", "処理（語彙）").put("labelEn", "Processing (vocabulary)")))
                .put("placeTypes", new io.vertx.core.json.JsonArray()
                        .add(new JsonObject().put("code", "CONTRACTOR_OFFICE").put("label", "委託先事業所（語彙）").put("labelEn", "Contractor's office (vocabulary)")))
                .put("accessActions", new io.vertx.core.json.JsonArray()
                        .add(new JsonObject().put("code", "EXPORT").put("label", "出力（語彙）").put("labelEn", "Export (vocabulary)")))
                .put("accessOutcomes", new io.vertx.core.json.JsonArray()
                        .add(new JsonObject().put("code", "DENIED").put("label", "拒否（語彙）").put("labelEn", "Denied (vocabulary)")))
                .encode());
    }

    /** One overdue plan entry inspected on site. */
    private static void plan(HttpExchange exchange) throws IOException {
        JsonObject entry = new JsonObject().put("id", "3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e08").put("nodeName", "株式会社アルファ情報処理")
                .put("depth", 0).put("engagementId", "3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e01")
                .put("engagementTitle", "住民税帳票の印刷業務").put("state", "OVERDUE").put("dueOn", "2026-11-01")
                .putNull("lastDoneOn").put("method", "ONSITE").putNull("assignee");
        send(exchange, 200, "application/json", new JsonObject().put("total", 1)
                .put("items", new io.vertx.core.json.JsonArray().add(entry)).encode());
    }

    /** inspection-service's labels, marked so that a page showing a copy of its own is told apart. */
    private static void inspectionVocabulary(HttpExchange exchange) throws IOException {
        io.vertx.core.json.JsonArray none = new io.vertx.core.json.JsonArray();
        send(exchange, 200, "application/json", new JsonObject()
                .put("planStates", new io.vertx.core.json.JsonArray()
                        .add(new JsonObject().put("code", "OVERDUE").put("label", "期限超過（語彙）").put("labelEn", "Overdue (vocabulary)")))
                .put("checkMethods", new io.vertx.core.json.JsonArray()
                        .add(new JsonObject().put("code", "ONSITE").put("label", "実地（語彙）").put("labelEn", "On site (vocabulary)")))
                .put("chainStatuses", new io.vertx.core.json.JsonArray()
                        .add(new JsonObject().put("code", "ACTIVE").put("label", "承認済（語彙）").put("labelEn", "Approved (vocabulary)")))
                .put("chainConcerns", new io.vertx.core.json.JsonArray()
                        .add(new JsonObject().put("code", "INSPECTION_OVERDUE").put("label", "検査期限超過（語彙）").put("labelEn", "Inspection overdue (vocabulary)"))
                        .add(new JsonObject().put("code", "ELEMENTS_UNMET").put("label", "必須項目に不足（語彙）").put("labelEn", "Elements not met (vocabulary)"))
                        .add(new JsonObject().put("code", "NONE").put("label", "対応事項なし（語彙）").put("labelEn", "Nothing to do (vocabulary)")))
                .put("improvementStatuses", none).put("selfReportStatuses", none).encode());
    }

    public static final String CHAIN_ENGAGEMENT = "00000000-0000-0000-0000-0000000000c1";
    public static final String CHAIN_ROOT = "00000000-0000-0000-0000-0000000000a1";
    public static final String CHAIN_N2 = "00000000-0000-0000-0000-0000000000a2";
    public static final String CHAIN_N3 = "00000000-0000-0000-0000-0000000000a3";
    public static final String CHAIN_SIBLING = "00000000-0000-0000-0000-0000000000a4";
    /** What the last invitation of a subcontractor's user carried (path and body). */
    public static volatile String lastInvitation;

    private static JsonObject treeNode(String id, String parent, int depth, String name, String org, String concern,
                                       String subtree, String at, JsonObject next, String... unmet) {
        JsonObject node = new JsonObject().put("id", id).put("engagementId", CHAIN_ENGAGEMENT).put("parentId", parent)
                .put("depth", depth).put("name", name).put("orgCode", org).put("workPart", name + "の業務")
                .put("status", "ACTIVE").putNull("decidedAt").putNull("decisionComment")
                .put("verification", depth == 1 ? null : new JsonObject().put("elements", new io.vertx.core.json.JsonArray()
                        .add(new JsonObject().put("id", "C2").put("status", unmet.length > 0 ? "missing" : "satisfied")
                                .put("explanation", "再委託の制限に関する条項"))));
        return new JsonObject().put("node", node).put("unmetElements", new io.vertx.core.json.JsonArray(List.of((Object[]) unmet)))
                .put("nextInspection", next).put("openImprovements", 0).put("overdueImprovements", 0)
                .put("concern", concern).put("subtreeConcern", subtree).put("subtreeConcernAt", at)
                .put("subtreeConcernCount", 1);
    }

    /**
     * One engagement whose third level is overdue (inspection-service's roll-up as it would answer it); any other
     * engagement is another tenant's: 404.
     */
    private static void chainEngagement(HttpExchange exchange) throws IOException {
        SummaryUpstream.record(exchange);
        String path = exchange.getRequestURI().getRawPath();
        if (path.equals("/api/inspections/engagements")) {
            // the engagements the incident form offers (jp.itaku.gateway.portal.incidents.IncidentPagesTest)
            send(exchange, 200, "application/json", new JsonObject().put("items", new io.vertx.core.json.JsonArray()
                    .add(new JsonObject().put("id", CHAIN_ENGAGEMENT).put("title", "住民税帳票の印刷業務").put("division", "税務課")
                            .put("status", "ACTIVE"))).put("page", 0).put("size", 200).put("total", 1).encode());
            return;
        }
        if (path.equals("/api/inspections/engagements/" + CHAIN_ENGAGEMENT + "/chain")) {
            send(exchange, 200, "application/json", new io.vertx.core.json.JsonArray().add(new JsonObject().put("id", CHAIN_ROOT)
                    .put("engagementId", CHAIN_ENGAGEMENT).put("depth", 1).put("name", "アルファ情報処理").put("orgCode", "org-alpha")
                    .put("status", "ACTIVE")).encode());
            return;
        }
        if (!path.startsWith("/api/inspections/engagements/" + CHAIN_ENGAGEMENT)) {
            send(exchange, 404, "application/problem+json", new JsonObject().put("type", "https://itaku.jp/problems/404")
                    .put("title", "見つかりません").put("status", 404).put("detail", "委託案件が見つかりません。").encode());
            return;
        }
        if (path.endsWith("/chain/tree")) {
            JsonObject overdue = new JsonObject().put("planEntryId", "p3").put("state", "OVERDUE").put("dueOn", "2021-12-01");
            JsonObject scheduled = new JsonObject().put("planEntryId", "p1").put("state", "SCHEDULED").put("dueOn", "2027-06-01");
            io.vertx.core.json.JsonArray tree = new io.vertx.core.json.JsonArray()
                    .add(treeNode(CHAIN_ROOT, null, 1, "アルファ情報処理", "org-alpha", "NONE", "INSPECTION_OVERDUE", CHAIN_N3, scheduled))
                    .add(treeNode(CHAIN_N2, CHAIN_ROOT, 2, "ベータ・システムズ", "org-beta", "ELEMENTS_UNMET", "INSPECTION_OVERDUE", CHAIN_N3, scheduled, "C2"))
                    .add(treeNode(CHAIN_N3, CHAIN_N2, 3, "ガンマ保管", "org-gamma", "INSPECTION_OVERDUE", "INSPECTION_OVERDUE", CHAIN_N3, overdue))
                    .add(treeNode(CHAIN_SIBLING, CHAIN_ROOT, 2, "デルタ運用", "org-delta", "NONE", "NONE", CHAIN_SIBLING, scheduled));
            send(exchange, 200, "application/json", tree.encode());
            return;
        }
        send(exchange, 200, "application/json", new JsonObject().put("id", CHAIN_ENGAGEMENT).put("title", "住民税帳票の印刷業務")
                .put("division", "税務課").put("status", "ACTIVE").encode());
    }

    /** contract-service's invitation: a malformed address is refused beside the field, as its validation does. */
    private static void subcontractorInvitation(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        lastInvitation = exchange.getRequestURI().getRawPath() + " " + body;
        if (!new JsonObject(body).getString("email", "").contains("@")) {
            send(exchange, 400, "application/problem+json", new JsonObject().put("type", "https://itaku.jp/problems/400")
                    .put("title", "入力内容に誤りがあります").put("status", 400).put("detail", "入力内容を確認してください。")
                    .put("errors", new io.vertx.core.json.JsonArray().add(new JsonObject().put("field", "email")
                            .put("message", "メールアドレスの形式が正しくありません。"))).encode());
            return;
        }
        send(exchange, 201, "application/json", new JsonObject().put("id", "u1").put("org", "org-beta").encode());
    }

    /** An intact chain, one denied export, no login events. */
    private static void audit(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        JsonObject body;
        if (path.endsWith("/verification")) {
            body = new JsonObject().put("intact", true).put("records", 1).put("firstSeq", 1).put("headSeq", 1)
                    .put("anchorsChecked", 0).putNull("firstProblem");
        } else if (path.endsWith("/records")) {
            body = new JsonObject().put("total", 1).put("items", new io.vertx.core.json.JsonArray().add(new JsonObject()
                    .put("seq", 1).put("recordedAt", "2026-12-01T01:00:00Z").put("service", "contract-service")
                    .put("userName", "sho-officer").put("action", "EXPORT").put("resourceType", "engagement")
                    .put("path", "/api/contracts/engagements/export").put("rowCount", 0).put("outcome", "DENIED")
                    .put("status", 403).put("channel", "API")));
        } else {
            body = new JsonObject().put("available", false).put("message", "ログインの記録を取得できません。")
                    .put("events", new io.vertx.core.json.JsonArray());
        }
        send(exchange, 200, "application/json", body.encode());
    }

    private static void notAList(HttpExchange exchange) throws IOException {
        send(exchange, 200, "application/json", new JsonObject().put("agencies", "renamed").encode());
    }

    /** Asks for a reason as contract-service does past the threshold; with one, answers the CSV with the reason. */
    private static void bulkExport(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        String reason = query == null ? null : java.util.Arrays.stream(query.split("&"))
                .filter(p -> p.startsWith("bulkReason=")).map(p -> p.substring("bulkReason=".length()))
                .findFirst().orElse(null);
        if (reason == null || reason.length() < 5) {
            String detail = "本日の出力件数が上限（1件）を超えます（本日これまで 0件 ＋ 今回 2件）。大量ダウンロードの理由を5文字以上入力して確認してください。保護管理者に通知されます。";
            send(exchange, 428, "application/problem+json", new JsonObject()
                    .put("type", "https://itaku.jp/problems/428").put("title", "大量ダウンロードの確認が必要です")
                    .put("status", 428).put("detail", detail)
                    .put("errors", new io.vertx.core.json.JsonArray().add(new JsonObject().put("field", "bulkReason")
                            .put("message", detail))).encode());
            return;
        }
        exchange.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"engagements-2026-12-01.csv\"");
        send(exchange, 200, "text/csv; charset=UTF-8", "\uFEFFreason=" + reason);
    }

    private static void created(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String host = exchange.getRequestHeaders().getFirst("Host");
        exchange.getResponseHeaders().add("Location", "http://" + host + "/api/contracts/created/1");
        exchange.sendResponseHeaders(201, -1);
        exchange.close();
    }

    private static void slow(HttpExchange exchange) throws IOException {
        try {
            Thread.sleep(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        send(exchange, 200, "text/plain", "too late");
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        SummaryUpstream.SENT.add(body);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().put("Content-Type", List.of(type));
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
