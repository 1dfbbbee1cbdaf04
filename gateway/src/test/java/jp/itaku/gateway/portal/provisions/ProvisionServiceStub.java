package jp.itaku.gateway.portal.provisions;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

/**
 * provision-service as the provision pages' tests need it: one draft with two agreement items missing, a create that
 * is refused with field errors, an issue refused with 422, another agency's id that answers 404. Records the bodies
 * it receives ({@link #RECEIVED}). {@link #PROXY_ERROR} answers a proxy's HTML 500 (no problem+json), {@link #GARBLED} a
 * 200 that is no provision (a JSON array).
 */
public class ProvisionServiceStub implements QuarkusTestResourceLifecycleManager {

    static final String DRAFT = "7a0c1d2e-0000-4000-8000-000000000001";
    static final String FOREIGN = "7a0c1d2e-0000-4000-8000-000000000009";
    static final String PROXY_ERROR = "7a0c1d2e-0000-4000-8000-000000000008";
    static final String GARBLED = "7a0c1d2e-0000-4000-8000-000000000007";
    static final String RECIPIENT = "7a0c1d2e-0000-4000-8000-000000000002";
    static final ConcurrentLinkedQueue<String> RECEIVED = new ConcurrentLinkedQueue<>();

    private HttpServer server;

    static final String RECIPIENT_JSON = """
            {"id":"%s","name":"株式会社<提供先>","type":"PRIVATE_OR_INDIVIDUAL","typeLabel":"民間事業者・個人",
             "representative":null,"address":null,"contactDepartment":null,"contactName":null,"contactEmail":null,
             "contactPhone":null,"updatedAt":"2026-12-01T10:00:00+09:00","updatedBy":"sho-officer"}""".formatted(RECIPIENT);

    static final String DRAFT_JSON = """
            {"id":"%s","division":"総務課","title":"住民健診結果の提供","recipient":%s,"informationFile":"健康診断結果ファイル",
             "legalItem":"ITEM_4","legalBasis":"個人情報の保護に関する法律第69条第2項第4号","lawName":"個人情報の保護に関する法律",
             "safetyMeasureBasis":"個人情報の保護に関する法律第70条","regular":false,"regularReason":null,
             "measuresNecessary":null,"necessityReason":null,"writtenAgreementRequired":true,
             "purposeOfUse":"疫学研究のための統計分析","businessLegalBasis":null,"recordScope":"令和5年度の受診者",
             "recordItems":null,"usageMedia":"DVD-R","usageOnline":"なし","usageFrequency":"年1回",
             "periodStart":"2026-04-01","periodEnd":"2027-03-31","safetyMeasures":"施錠保管",
             "state":"DRAFT","stateLabel":"起案","currentVersion":0,
             "missingItems":["利用する業務の根拠法令","利用する記録項目"],
             "missingFields":[{"field":"businessLegalBasis","message":"「利用する業務の根拠法令」が入力されていません。"},
                              {"field":"recordItems","message":"「利用する記録項目」が入力されていません。"}],
             "warnings":[],"createdAt":"2026-12-01T10:00:00+09:00","createdBy":"sho-officer",
             "agreedAt":null,"agreedBy":null,"startedAt":null,"startedBy":null,"endedAt":null,"endedBy":null,"endReason":null}
            """.formatted(DRAFT, RECIPIENT_JSON);

    /** provision-service's GET /api/provisions/vocabulary, as its Vocabulary answers it. */
    static final String VOCABULARY_JSON = """
            {"provisionStates":[{"code":"DRAFT","label":"起案","labelEn":"Draft"},{"code":"AGREED","label":"合意済","labelEn":"Agreed"},
              {"code":"PROVIDING","label":"提供中","labelEn":"Providing"},{"code":"ENDED","label":"終了","labelEn":"Ended"}],
             "recipientTypes":[{"code":"PRIVATE_OR_INDIVIDUAL","label":"民間事業者・個人","labelEn":"Private business or individual"},
              {"code":"LOCAL_GOVERNMENT","label":"地方公共団体・地方独立行政法人","labelEn":"Local government or local IAA"},
              {"code":"ADMINISTRATIVE_ORGAN","label":"行政機関","labelEn":"Administrative organ"},
              {"code":"INCORPORATED_ADMINISTRATIVE_AGENCY","label":"独立行政法人等","labelEn":"Incorporated administrative agency"}],
             "investigationTimings":[{"code":"BEFORE_PROVISION","label":"提供前","labelEn":"Before provision"},
              {"code":"AT_ANY_TIME","label":"随時","labelEn":"At any time"}],
             "investigationResults":[{"code":"SATISFACTORY","label":"適切","labelEn":"Satisfactory"},
              {"code":"IMPROVEMENT_REQUIRED","label":"改善を要する","labelEn":"Improvement required"}],
             "improvementStates":[{"code":"OPEN","label":"対応中","labelEn":"Open"},{"code":"CLOSED","label":"完了","labelEn":"Closed"}],
             "agencyTypes":[],"citations":[],
             "legalItems":[{"code":"ITEM_3","label":"第3号（行政機関・独立行政法人等・地方公共団体等への提供）","labelEn":"Item 3 (to public bodies)"},
              {"code":"ITEM_4","label":"第4号（それ以外の者への提供）","labelEn":"Item 4 (to others)"}]}""";

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/api/provisions", ProvisionServiceStub::handle);
            server.start();
            return Map.of("itaku.routes.provisions", "http://127.0.0.1:" + server.getAddress().getPort());
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

    private static void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!body.isEmpty()) {
            RECEIVED.add(method + " " + path + " " + body);
        }
        String draft = "/api/provisions/" + DRAFT;
        if (path.equals("/api/provisions/vocabulary")) {
            send(exchange, 200, VOCABULARY_JSON);
        } else if (path.equals("/api/provisions/settings")) {
            send(exchange, 200, """
                    {"agencyName":"デモ省","agencyType":"ADMINISTRATIVE_ORGAN","agencyTypeLabel":"行政機関","citation":"CURRENT",
                     "citationLabel":"個人情報の保護に関する法律","provisionArticleItem3":"個人情報の保護に関する法律第69条第2項第3号",
                     "provisionArticleItem4":"個人情報の保護に関する法律第69条第2項第4号","safetyMeasureArticle":"個人情報の保護に関する法律第70条"}""");
        } else if (path.equals("/api/provisions/recipients")) {
            send(exchange, 200, "{\"items\":[" + RECIPIENT_JSON + "],\"page\":0,\"size\":200,\"total\":1}");
        } else if (path.equals("/api/provisions") && method.equals("POST")) {
            problem(exchange, 400, "入力内容に誤りがあります", "入力内容を確認してください。",
                    "{\"field\":\"create.request.title\",\"message\":\"件名を入力してください。\"},"
                            + "{\"field\":\"periodEnd\",\"message\":\"提供期間の終了日は開始日以降の日付を指定してください。\"}");
        } else if (path.equals("/api/provisions")) {
            send(exchange, 200, "{\"items\":[" + DRAFT_JSON + "],\"page\":0,\"size\":200,\"total\":1}");
        } else if (path.equals("/api/provisions/" + PROXY_ERROR)) {
            send(exchange, 500, "text/html", "<html><body>Internal Server Error</body></html>");
        } else if (path.equals("/api/provisions/" + GARBLED)) {
            send(exchange, 200, "[1]");
        } else if (path.equals(draft)) {
            send(exchange, 200, DRAFT_JSON);
        } else if (path.equals(draft + "/agreements") && method.equals("POST")) {
            problem(exchange, 422, "書面に必要な事項が入力されていません",
                    "次の事項が入力されていないため書面を交付できません：利用する業務の根拠法令、利用する記録項目",
                    "{\"field\":\"businessLegalBasis\",\"message\":\"「利用する業務の根拠法令」が入力されていません。\"}");
        } else if (path.equals(draft + "/agreements") || path.equals(draft + "/safety-measure-requests")
                || path.equals(draft + "/investigations")) {
            send(exchange, 200, "[]");
        } else if (path.equals(draft + "/improvement-requests")) {
            send(exchange, 200, "{\"items\":[],\"page\":0,\"size\":200,\"total\":0}");
        } else if (path.equals("/api/provisions/register")) {
            send(exchange, 200, """
                    {"agencyName":"デモ省","division":null,"rows":[{"provisionId":"%s","division":"総務課","title":"住民健診結果の提供",
                     "informationFile":"健康診断結果ファイル","recipientName":"株式会社提供先","recipientType":"民間事業者・個人",
                     "legalBasis":"個人情報の保護に関する法律第69条第2項第4号","regular":false,"periodStart":"2026-04-01",
                     "periodEnd":"2027-03-31","state":"合意済","agreementVersion":1,"investigations":1,"openImprovements":1}]}
                    """.formatted(DRAFT));
        } else {
            problem(exchange, 404, "見つかりません", "提供が見つかりません。", "");
        }
    }

    private static void problem(HttpExchange exchange, int status, String title, String detail, String errors)
            throws IOException {
        send(exchange, status, "application/problem+json", "{\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"errors\":[" + errors + "]}");
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "application/json", body);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().put("Content-Type", List.of(type));
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
