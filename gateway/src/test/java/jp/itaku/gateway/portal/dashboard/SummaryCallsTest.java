package jp.itaku.gateway.portal.dashboard;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.gateway.SummaryUpstream;
import jp.itaku.gateway.UpstreamServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The dashboard and the approval queue read the drafts and the pending re-subcontracting requests of all
 * engagements with one summary call each (SummaryUpstream plays both services and counts what it is asked), and show
 * what they showed when they asked per engagement. The pages are written to target/summary-calls/ for comparison.
 */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = UpstreamServer.class, restrictToAnnotatedClass = false)
class SummaryCallsTest {

    private static String render(String token, String page) throws IOException {
        SummaryUpstream.REQUESTS.clear();
        String html = given().auth().oauth2(token).when().get(page).then().statusCode(200).extract().asString();
        Path out = Path.of("target", "summary-calls", page.substring(1) + ".html");
        Files.createDirectories(out.getParent());
        Files.writeString(out, html.replaceAll("name=\"csrf-token\" value=\"[^\"]*\"", "").replaceAll("value=\"[A-Za-z0-9_-]{20,}\"", ""),
                StandardCharsets.UTF_8);
        return html;
    }

    private static List<String> perEngagement(List<String> requests) {
        return requests.stream().filter(p -> p.matches("/api/(contracts|inspections)/engagements/.+")).toList();
    }

    @Test
    void dashboardReadsTheLatestDraftsInOneCall() throws IOException {
        String chief = TestTokens.user("sho-chief").tenant("demo-sho").roles("chief-protection-manager").sign();
        String html = render(chief, "/dashboard");
        List<String> requests = List.copyOf(SummaryUpstream.REQUESTS);
        assertEquals(List.of(), perEngagement(requests), "no call per engagement: " + requests);
        assertEquals(1, requests.stream().filter("/api/contracts/drafts/latest"::equals).count(), requests.toString());
        // missing in the latest drafts: C2 in two, D1 in two (counted as before, dispatch or not), C3 in one
        assertThat(html, allOf(containsString("最新の契約書案で欠落が多い要素"),
                containsString("C2 再委託の制限又は事前承認"), containsString("D1 派遣労働者の秘密保持"),
                containsString("<tr><th scope=\"row\">C2 再委託の制限又は事前承認</th><td>2</td></tr>"),
                containsString("<tr><th scope=\"row\">C3 目的外利用及び第三者提供の禁止</th><td>1</td></tr>"),
                not(containsString("C4 事故等の報告</th>"))));
    }

    @Test
    void approvalQueueReadsDraftsAndPendingRequestsInOneCallEach() throws IOException {
        String manager = TestTokens.user("sho-manager").tenant("demo-sho").roles("protection-manager").sign();
        String html = render(manager, "/approvals");
        List<String> requests = List.copyOf(SummaryUpstream.REQUESTS);
        assertEquals(List.of(), perEngagement(requests), "no call per engagement: " + requests);
        assertEquals(1, requests.stream().filter("/api/contracts/drafts/latest"::equals).count(), requests.toString());
        assertEquals(1, requests.stream().filter("/api/inspections/subcontract-requests"::equals).count(), requests.toString());
        assertEquals(0, requests.stream().filter("/api/inspections/engagements"::equals).count(), requests.toString());
        assertThat(html, allOf(
                containsString("第2版（draft-v2.txt）"),
                containsString("name=\"exceptions.C4\""),
                // D1 is excepted for the dispatch engagement only
                containsString("id=\"exception-5e000000-0000-4000-8000-000000000002-D1\""),
                not(containsString("id=\"exception-5e000000-0000-4000-8000-000000000001-D1\"")),
                not(containsString("健診データの入力業務</a>")),
                containsString("ベータ印刷株式会社（健診データの入力業務、第2層）"),
                containsString("C2: 欠落 — 再委託の条項がありません。")));
    }
}
