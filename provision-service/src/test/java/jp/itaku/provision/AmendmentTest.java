package jp.itaku.provision;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static jp.itaku.provision.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class AmendmentTest {

    @Test
    void amendmentCreatesANewVersionAndKeepsTheOldOneReadable() {
        String tenant = Api.readyTenant();
        String recipient = Api.recipient(tenant, "PRIVATE_OR_INDIVIDUAL");
        Map<String, Object> body = Api.complete(recipient, "ITEM_4");
        String id = Api.provision(tenant, body);
        Api.issue(tenant, id);
        as(tenant, "procurement-officer").post("/api/provisions/" + id + "/start").then().statusCode(200);

        body.put("recordItems", "性別、年齢、検査結果、受診日（氏名・住所を除く）");
        body.put("periodEnd", "2027-03-31");
        as(tenant, "procurement-officer").body(body).put("/api/provisions/" + id).then().statusCode(200)
                .body("state", equalTo("PROVIDING")).body("currentVersion", equalTo(1));
        as(tenant, "protection-manager").body("{}").post("/api/provisions/" + id + "/agreements")
                .then().statusCode(400).body("errors[0].field", equalTo("amendmentReason"));
        as(tenant, "protection-manager").body(Map.of("amendmentReason", "記録項目に受診日を追加し、提供期間を1年延長"))
                .post("/api/provisions/" + id + "/agreements").then().statusCode(201).body("version", equalTo(2));

        as(tenant, "auditor").get("/api/provisions/" + id + "/agreements").then().statusCode(200)
                .body("version", contains(1, 2)).body("latest", contains(false, true));
        as(tenant, "auditor").get("/api/provisions/" + id + "/agreements/1").then().statusCode(200)
                .body("recordItems", equalTo("性別、年齢、検査結果（氏名・住所を除く）"))
                .body("periodEnd", equalTo("2026-03-31"));
        as(tenant, "auditor").get("/api/provisions/" + id + "/agreements/2").then().statusCode(200)
                .body("recordItems", containsString("受診日")).body("periodEnd", equalTo("2027-03-31"))
                .body("amendmentReason", equalTo("記録項目に受診日を追加し、提供期間を1年延長"));
        as(tenant, "auditor").get("/api/provisions/" + id + "/agreements/1/pdf").then().statusCode(200)
                .contentType("application/pdf");
        as(tenant, "auditor").get("/api/provisions/" + id).then()
                .body("state", equalTo("PROVIDING")).body("currentVersion", equalTo(2));
    }

    @Inject
    DataSource db;

    @Test
    void issuedAgreementsCannotBeEditedEvenInTheDatabase() throws SQLException {
        String tenant = Api.readyTenant();
        String id = Api.completeProvision(tenant);
        Api.issue(tenant, id);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "update provision.agreement_version set purpose_of_use = 'x' where provision_id = '" + id + "'"));
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "delete from provision.agreement_version where provision_id = '" + id + "'"));
        }
        as(tenant, "auditor").get("/api/provisions/" + id + "/agreements/1").then()
                .body("purposeOfUse", equalTo("疫学研究のための統計分析"));
    }

    @Test
    void reissuingWithoutChangesIsRefused() {
        String tenant = Api.readyTenant();
        String id = Api.completeProvision(tenant);
        Api.issue(tenant, id);
        as(tenant, "protection-manager").body(Map.of("amendmentReason", "念のため再交付"))
                .post("/api/provisions/" + id + "/agreements").then().statusCode(409)
                .body("detail", containsString("変更がありません"));
        as(tenant, "auditor").get("/api/provisions/" + id + "/agreements").then().body("size()", equalTo(1));
    }

    @Test
    void recipientAndLegalItemAreFixedOnceAnAgreementIsIssued() {
        String tenant = Api.readyTenant();
        String id = Api.completeProvision(tenant);
        Api.issue(tenant, id);
        as(tenant, "procurement-officer").body(Api.complete(Api.recipient(tenant, "PRIVATE_OR_INDIVIDUAL"), "ITEM_4"))
                .put("/api/provisions/" + id).then().statusCode(409).body("detail", containsString("新しい提供として起案"));
    }
}
