package jp.itaku.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link UpstreamServer} answers for the dashboard and the approval queue
 * ({@code jp.itaku.gateway.portal.dashboard.SummaryCallsTest}): three engagements (two under review), their drafts
 * both per engagement and as contract-service's summary, a chain with one pending re-subcontracting request both per
 * engagement and as inspection-service's summary — the same data either way — and every GET it receives in
 * {@link #REQUESTS}, so that a test counts the calls a page makes.
 */
public final class SummaryUpstream {

    public static final ConcurrentLinkedQueue<String> REQUESTS = new ConcurrentLinkedQueue<>();
    /** Every body {@link UpstreamServer} answered with: the data a page may show as the services stored it. */
    public static final ConcurrentLinkedQueue<String> SENT = new ConcurrentLinkedQueue<>();

    static final String E1 = "5e000000-0000-4000-8000-000000000001";
    static final String E2 = "5e000000-0000-4000-8000-000000000002";
    static final String E3 = "5e000000-0000-4000-8000-000000000003";
    static final String PENDING = "5e000000-0000-4000-8000-0000000000a2";

    private static final Pattern DRAFTS = Pattern.compile("/api/contracts/engagements/([0-9a-f-]{36})/drafts(?:/(\\d+))?");

    /** id, title, kind, state, the versions' open elements (id:status), the latest first. */
    private record Fixture(String id, String title, String kind, String state, List<List<String>> versions) {
    }

    private static final List<Fixture> ENGAGEMENTS = List.of(
            new Fixture(E1, "住民税帳票の印刷業務", "OUTSOURCING", "UNDER_REVIEW",
                    List.of(List.of("C2:missing", "D1:missing", "C4:contradicted"), List.of("C2:missing", "C3:missing", "D1:missing"))),
            new Fixture(E2, "窓口業務の派遣", "DISPATCH", "UNDER_REVIEW", List.of(List.of("C2:missing", "D1:missing"))),
            new Fixture(E3, "健診データの入力業務", "OUTSOURCING", "IN_PROGRESS", List.of(List.of("C3:missing"))));

    private static final Map<String, String> NAMES = Map.of("C1a", "秘密保持", "C2", "再委託の制限又は事前承認",
            "C3", "目的外利用及び第三者提供の禁止", "C4", "事故等の報告", "D1", "派遣労働者の秘密保持");

    private SummaryUpstream() {
    }

    static void register(HttpServer server) {
        server.createContext("/api/contracts/engagements", SummaryUpstream::engagements);
        server.createContext("/api/contracts/drafts/latest", SummaryUpstream::latestDrafts);
        server.createContext("/api/inspections/subcontract-requests", SummaryUpstream::pendingRequests);
        server.createContext("/api/inspections/plan/summary", exchange -> send(exchange, 200, new JsonObject()
                .put("overdue", 1).put("due", 2).put("done", 3).put("scheduled", 4).encode()));
        server.createContext("/api/inspections/incidents", exchange -> send(exchange, 200,
                new JsonObject().put("items", new JsonArray()).put("total", 0).encode()));
    }

    private static List<Fixture> inState(String query) {
        String state = query != null && query.contains("state=") ? query.replaceAll(".*state=([A-Z_]+).*", "$1") : null;
        return ENGAGEMENTS.stream().filter(f -> state == null || f.state().equals(state)).toList();
    }

    private static void engagements(HttpExchange exchange) throws IOException {
        String path = record(exchange);
        Matcher drafts = DRAFTS.matcher(path);
        boolean read = "GET".equals(exchange.getRequestMethod());
        if (read && path.equals("/api/contracts/engagements")) {
            JsonArray items = new JsonArray();
            inState(exchange.getRequestURI().getQuery()).forEach(f -> items.add(new JsonObject().put("id", f.id())
                    .put("title", f.title()).put("division", "税務課").put("kind", f.kind()).put("state", f.state())
                    .put("stateLabel", f.state()).put("contractor", new JsonObject().put("name", "株式会社" + f.title()))));
            send(exchange, 200, new JsonObject().put("items", items).put("total", items.size()).encode());
        } else if (read && drafts.matches()) {
            Fixture f = ENGAGEMENTS.stream().filter(e -> e.id().equals(drafts.group(1))).findFirst().orElseThrow();
            int latest = f.versions().size();
            if (drafts.group(2) == null) {
                JsonArray list = new JsonArray();
                for (int v = 1; v <= latest; v++) {
                    list.add(draft(f, v));
                }
                send(exchange, 200, list.encode());
            } else {
                int v = Integer.parseInt(drafts.group(2));
                JsonArray elements = new JsonArray().add(new JsonObject().put("id", "C1a").put("name", NAMES.get("C1a"))
                        .put("status", "satisfied").put("statusLabel", "充足").put("evidence", new JsonArray()));
                open(f, v).forEach(elements::add);
                send(exchange, 200, new JsonObject().put("draft", draft(f, v)).put("elements", elements).encode());
            }
        } else {
            // an engagement's detail and every write: refused, as PortalPagesTest and PortalSecurityTest expect
            send(exchange, 403, new JsonObject().put("type", "https://itaku.jp/problems/403").put("title", "権限がありません")
                    .put("status", 403).put("detail", "この操作には保護管理者のロールが必要です。").encode(), "application/problem+json");
        }
    }

    /** Version {@code v} (1-based; the fixture lists the latest first). */
    private static List<String> codes(Fixture f, int v) {
        return f.versions().get(f.versions().size() - v);
    }

    private static JsonObject draft(Fixture f, int v) {
        List<String> codes = codes(f, v);
        return new JsonObject().put("version", v).put("fileName", "draft-v" + v + ".txt").put("kind", "outsourcing")
                .put("kindLabel", "業務委託契約").put("satisfied", 1)
                .put("missing", codes.stream().filter(c -> c.endsWith(":missing")).count())
                .put("contradicted", codes.stream().filter(c -> c.endsWith(":contradicted")).count())
                .put("uploadedAt", "2026-12-01T10:00:00+09:00").put("uploadedBy", "sho-officer");
    }

    private static List<JsonObject> open(Fixture f, int v) {
        return codes(f, v).stream().map(c -> {
            String id = c.substring(0, c.indexOf(':'));
            String status = c.substring(c.indexOf(':') + 1);
            return new JsonObject().put("id", id).put("name", NAMES.get(id)).put("status", status)
                    .put("statusLabel", status.equals("missing") ? "欠落" : "矛盾")
                    .put("required", !id.equals("D1") || f.kind().equals("DISPATCH"))
                    .put("evidence", new JsonArray());
        }).toList();
    }

    private static void latestDrafts(HttpExchange exchange) throws IOException {
        record(exchange);
        JsonArray list = new JsonArray();
        for (Fixture f : inState(exchange.getRequestURI().getQuery())) {
            int latest = f.versions().size();
            JsonArray open = new JsonArray();
            open(f, latest).forEach(o -> open.add(o.copy().put("evidence", (Object) null)));
            list.add(new JsonObject().put("engagementId", f.id()).put("draft", draft(f, latest)).put("openElements", open));
        }
        send(exchange, 200, list.encode());
    }

    private static JsonObject node(String id, String engagementId, String parentId, int depth, String name, String status) {
        return new JsonObject().put("id", id).put("engagementId", engagementId).put("parentId", parentId).put("depth", depth)
                .put("name", name).put("workPart", "印刷の一部").put("personalInfo", "氏名、住所").put("location", "埼玉県")
                .put("status", status).put("subcontractFileName", "再委託契約書.txt")
                .put("verification", new JsonObject().put("elements", new JsonArray()
                        .add(new JsonObject().put("id", "C2").put("status", "missing").put("explanation", "再委託の条項がありません。"))))
                .put("requestedAt", "2026-11-30T10:00:00+09:00").put("requestedBy", "alpha-user");
    }

    private static void pendingRequests(HttpExchange exchange) throws IOException {
        record(exchange);
        send(exchange, 200, new JsonArray().add(new JsonObject().put("node", node(PENDING, E3, E3, 2, "ベータ印刷株式会社", "PENDING"))
                .put("engagementTitle", "健診データの入力業務")).encode());
    }

    /** Notes a GET (also for UpstreamServer's own contexts the pages read); answers the path. */
    static String record(HttpExchange exchange) {
        String path = exchange.getRequestURI().getRawPath();
        if ("GET".equals(exchange.getRequestMethod())) {
            REQUESTS.add(path);
        }
        return path;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, body, "application/json");
    }

    private static void send(HttpExchange exchange, int status, String body, String type) throws IOException {
        SENT.add(body);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
