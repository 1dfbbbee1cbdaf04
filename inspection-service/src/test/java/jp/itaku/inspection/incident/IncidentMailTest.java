package jp.itaku.inspection.incident;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jp.itaku.common.mail.Delivery;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestMailServer;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.inspection.FakeContractService;
import jp.itaku.inspection.notice.MailSteps;
import jp.itaku.inspection.notice.NoticeDelivery;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static jp.itaku.common.testing.TestTokens.TENANT_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The incident reporting line by mail (issue 15 item 5): each notice of the line reaches the role's holders. */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeContractService.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = TestMailServer.class, restrictToAnnotatedClass = false)
class IncidentMailTest {

    @Inject
    NoticeDelivery delivery;

    private static String registered(String tenant, String role) {
        String address = role + "-" + UUID.randomUUID() + "@" + tenant + ".example.jp";
        MailSteps.receiveAtOnce(TestTokens.user(address).tenant(tenant).roles(role).email(address).sign());
        return address;
    }

    private static List<String> about(String address, String title) {
        return MailSteps.mails(address).stream().filter(m -> m.contains(title)).toList();
    }

    @Test
    void aReportableIncidentMailsTheManagerAndTheChiefAtOnceAndNobodyElse() {
        String manager = registered(TENANT_A, "protection-manager");
        String chief = registered(TENANT_A, "chief-protection-manager");
        String inspector = registered(TENANT_A, "inspector");
        String otherAgency = registered(TENANT_B, "protection-manager");
        IncidentResourceTest.Chain c = IncidentResourceTest.chain();
        String title = "委託業務用PCの紛失 " + UUID.randomUUID();
        Map<String, Object> body = IncidentResourceTest.notice(c.gamma(), title);
        body.put("categories", List.of("SENSITIVE"));
        IncidentResourceTest.filed(TestTokens.contractor(TENANT_A, c.gammaOrg()), body);

        delivery.deliver(Delivery.IMMEDIATE);
        delivery.deliver(Delivery.IMMEDIATE);

        List<String> toManager = about(manager, title);
        assertEquals(1, toManager.size(), toManager.toString());
        assertTrue(toManager.get(0).startsWith("【Itaku】事故等の報告がありました：" + title), toManager.get(0));
        assertTrue(toManager.get(0).contains("受付を確認してください"), toManager.get(0));
        List<String> toChief = about(chief, title);
        assertEquals(1, toChief.size(), toChief.toString());
        assertTrue(toChief.get(0).startsWith("【Itaku】個人情報保護委員会への報告対象の事故等：" + title), toChief.get(0));
        assertTrue(toChief.get(0).contains("速報期限"), toChief.get(0));
        assertEquals(List.of(), about(inspector, title), "not the inspector's line");
        assertEquals(List.of(), about(otherAgency, title), "not another agency's manager");
    }
}
