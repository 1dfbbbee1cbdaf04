package jp.itaku.gateway.portal.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import jp.itaku.gateway.portal.web.Services;
import jp.itaku.gateway.portal.web.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The request records the portal sends (issue 12): each is serialised, through {@link Services}, to exactly the JSON
 * the service's request record reads — the same names the portal's maps used to carry, nulls included. A renamed
 * component fails here; the service's names are those of its {@code …Request} records (named in each record's doc).
 */
class RequestBodiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID E1 = UUID.fromString("3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e11");
    private static final UUID N1 = UUID.fromString("3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e21");
    private static final UUID N2 = UUID.fromString("3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e22");

    record Sent(String method, String path, String contentType, String body) {
    }

    private HttpServer server;
    private final List<Sent> sent = new ArrayList<>();
    private Services services;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            synchronized (sent) {
                sent.add(new Sent(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                        exchange.getRequestHeaders().getFirst("Content-Type"), body));
            }
            byte[] answer = "{\"id\":\"3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e01\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        services = TestServices.at("http://127.0.0.1:" + server.getAddress().getPort(), "token");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Sent last() {
        return sent.get(sent.size() - 1);
    }

    private void assertSent(String method, String path, String json) throws IOException {
        Sent request = last();
        assertEquals(method + " " + path, request.method() + " " + request.path());
        assertEquals("application/json", request.contentType());
        JsonNode expected = JSON.readTree(json);
        assertEquals(expected, JSON.readTree(request.body()), request.body());
    }

    @Test
    void contractsBodies() throws IOException {
        ContractClient contracts = new ContractClient(services);
        contracts.createEngagement(new EngagementInput("住民税帳票の印刷", "税務課", "OUTSOURCING",
                "3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e09", "HIGH", "2026-04-01", "2027-03-31", null,
                List.of("氏名", "住所"), List.of(new EngagementInput.LocationInput("HANDLING", null, "本社"))));
        assertSent("POST", "/api/contracts/engagements", """
                {"title":"住民税帳票の印刷","division":"税務課","kind":"OUTSOURCING",
                 "contractorId":"3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e09","sensitivity":"HIGH",
                 "periodStart":"2026-04-01","periodEnd":"2027-03-31","recordCount":null,"infoCategories":["氏名","住所"],
                 "locations":[{"purpose":"HANDLING","placeType":null,"description":"本社"}]}""");

        contracts.transition(E1, "DRAFTING", "再提出");
        assertSent("POST", "/api/contracts/engagements/" + E1 + "/transitions", "{\"to\":\"DRAFTING\",\"note\":\"再提出\"}");

        contracts.approve(E1, new ApprovalInput(2, null, List.of(new ApprovalInput.ExceptionInput("C1a", "別途覚書で定める。"))));
        assertSent("POST", "/api/contracts/engagements/" + E1 + "/approval", """
                {"draftVersion":2,"comment":null,"exceptions":[{"elementId":"C1a","reason":"別途覚書で定める。"}]}""");

        UUID node = UUID.fromString("3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e07");
        contracts.inviteSubcontractorUser(node, new InvitationInput("b@example.jp", "山田", "花子"));
        assertSent("POST", "/api/contracts/subcontractors/" + node + "/users",
                "{\"email\":\"b@example.jp\",\"lastName\":\"山田\",\"firstName\":\"花子\"}");
    }

    @Test
    void inspectionsBodies() throws IOException {
        InspectionClient inspections = new InspectionClient(services);
        inspections.requestSubcontract(N1, new SubcontractInput("ベータ印刷", null, false, "封入", "氏名", "東京都",
                "sub.txt", "本文"));
        assertSent("POST", "/api/inspections/nodes/" + N1 + "/subcontracts", """
                {"name":"ベータ印刷","corporateNumber":null,"subsidiary":false,"workPart":"封入","personalInfo":"氏名",
                 "location":"東京都","subcontractFileName":"sub.txt","subcontractText":"本文"}""");

        inspections.decideSubcontract(N2, new SubcontractDecisionInput("REFUSE", "再委託先の体制が不明です。"));
        assertSent("POST", "/api/inspections/nodes/" + N2 + "/decision", "{\"decision\":\"REFUSE\",\"comment\":\"再委託先の体制が不明です。\"}");

        inspections.startCheck(new CheckInput("p1", "2026-12-01", "本社", List.of("山田太郎"), null, null));
        assertSent("POST", "/api/inspections/checks", """
                {"planEntryId":"p1","performedOn":"2026-12-01","place":"本社","attendees":["山田太郎"],"method":null,
                 "methodReason":null}""");

        inspections.startSelfReport(null);
        assertSent("POST", "/api/inspections/self-reports", "{\"nodeId\":\"\"}");

        services.put("/api/inspections/checks/c1/items/MEDIA", new CheckItemInput("FINDING", "未設定", "2027-01-31"));
        assertSent("PUT", "/api/inspections/checks/c1/items/MEDIA", "{\"result\":\"FINDING\",\"note\":\"未設定\",\"deadline\":\"2027-01-31\"}");
        services.post("/api/inspections/checks/c1/completion", new CheckCompletionInput(null));
        assertSent("POST", "/api/inspections/checks/c1/completion", "{\"summary\":null}");
        services.post("/api/inspections/improvements/i1/response", new ImprovementResponseInput("設定しました。"));
        assertSent("POST", "/api/inspections/improvements/i1/response", "{\"response\":\"設定しました。\"}");
        services.post("/api/inspections/improvements/i1/closure", new ClosureInput("確認した。"));
        assertSent("POST", "/api/inspections/improvements/i1/closure", "{\"comment\":\"確認した。\"}");
        services.put("/api/inspections/self-reports/s1/answers",
                new AnswersInput(List.of(new AnswersInput.AnswerInput("Q1", "YES", null))));
        assertSent("PUT", "/api/inspections/self-reports/s1/answers",
                "{\"answers\":[{\"questionId\":\"Q1\",\"answer\":\"YES\",\"comment\":null}]}");
        services.post("/api/inspections/self-reports/s1/review", new ReviewInput("RETURN", "Q3を見直してください。"));
        assertSent("POST", "/api/inspections/self-reports/s1/review", "{\"decision\":\"RETURN\",\"comment\":\"Q3を見直してください。\"}");
    }

    @Test
    void incidentsBodies() throws IOException {
        new InspectionClient(services).fileIncident(new IncidentInput("n1", "帳票1枚の誤送付", "2026-12-01", "2026-12-02",
                null, "委託先の作業員", List.of("要配慮個人情報"), false, true, "委託先", "封入誤り", "氏名", 1, null,
                "確認不足", "なし", "謝罪", null));
        assertSent("POST", "/api/inspections/incidents", """
                {"nodeId":"n1","title":"帳票1枚の誤送付","occurredOn":"2026-12-01","discoveredOn":"2026-12-02",
                 "awareOn":null,"discoverer":"委託先の作業員","categories":["要配慮個人情報"],"myNumber":false,
                 "highEncryption":true,"involvement":"委託先","facts":"封入誤り","items":"氏名","affectedCount":1,
                 "causeParty":null,"cause":"確認不足","secondaryDamage":"なし","individualResponse":"謝罪",
                 "otherNotes":null}""");
        String incident = "/api/inspections/incidents/x";
        services.post(incident + "/steps/TO_CHIEF/acknowledgement", new AcknowledgementInput("確認"));
        assertSent("POST", incident + "/steps/TO_CHIEF/acknowledgement", "{\"note\":\"確認\"}");
        services.post(incident + "/steps", new StepInput("TO_HEAD", null));
        assertSent("POST", incident + "/steps", "{\"step\":\"TO_HEAD\",\"note\":null}");
        services.post(incident + "/reports", new ReportInput("QUICK"));
        assertSent("POST", incident + "/reports", "{\"kind\":\"QUICK\"}");
        services.post(incident + "/measures", new MeasureInput("二重確認", "PLANNED", "2027-01-31", null, null));
        assertSent("POST", incident + "/measures", """
                {"description":"二重確認","status":"PLANNED","dueOn":"2027-01-31","improvementDeadline":null,
                 "inspectionDueOn":null}""");
        services.post(incident + "/signoff", new SignOffInput(null));
        assertSent("POST", incident + "/signoff", "{\"comment\":null}");
        services.post(incident + "/closure", new ClosureInput("完了"));
        assertSent("POST", incident + "/closure", "{\"comment\":\"完了\"}");
    }

    @Test
    void onboardingBodies() throws IOException {
        services.post("/api/contracts/staff", new StaffInvitationInput("a@example.jp", "佐藤", "一郎",
                List.of("procurement-officer")));
        assertSent("POST", "/api/contracts/staff", """
                {"email":"a@example.jp","lastName":"佐藤","firstName":"一郎","roles":["procurement-officer"]}""");
        services.put("/api/contracts/staff/u1/roles", new RolesInput(List.of()));
        assertSent("PUT", "/api/contracts/staff/u1/roles", "{\"roles\":[]}");
        services.post("/api/contracts/agencies", new AgencyInput("city-a", "A市", "LOCAL_GOVERNMENT", null, true,
                new InvitationInput("chief@example.jp", "鈴木", "次郎")));
        assertSent("POST", "/api/contracts/agencies", """
                {"id":"city-a","name":"A市","kind":"LOCAL_GOVERNMENT","citation":null,"contractorTotp":true,
                 "chief":{"email":"chief@example.jp","lastName":"鈴木","firstName":"次郎"}}""");
        services.put("/api/inspections/notice-settings", new NoticeSettingsInput("DAILY_DIGEST"));
        assertSent("PUT", "/api/inspections/notice-settings", "{\"delivery\":\"DAILY_DIGEST\"}");
    }

    @Test
    void provisionsBodies() throws IOException {
        // the approval queue issues the agreement with the same record as ProvisionClient (in the provision pact)
        services.post("/api/provisions/p1/agreements", new ProvisionApi.IssueInput(null));
        assertSent("POST", "/api/provisions/p1/agreements", "{\"amendmentReason\":null}");
    }

    @Test
    void anActionWithoutInputIsSentWithoutABody() {
        services.post("/api/contracts/staff/u1/deactivation");
        Sent request = last();
        assertEquals("POST /api/contracts/staff/u1/deactivation", request.method() + " " + request.path());
        assertEquals("", request.body());
        assertNull(request.contentType());
    }
}
