package jp.itaku.provision;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static jp.itaku.provision.Api.as;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class AgreementPdfTest {

    /** The PDF's text with line breaks and spaces removed, since the layout wraps long values anywhere. */
    static String text(String tenant, String provisionId, int version) throws IOException {
        byte[] pdf = as(tenant, "auditor").get("/api/provisions/" + provisionId + "/agreements/" + version + "/pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s　]", "");
        }
    }

    static String compact(Object value) {
        return String.valueOf(value).replaceAll("[\\s　]", "");
    }

    @Test
    void agreementPdfStatesEveryAgreedItemBothPartiesAndTheCurrentArticle() throws IOException {
        String tenant = Api.readyTenant();
        Map<String, Object> body = Api.complete(Api.recipient(tenant, "PRIVATE_OR_INDIVIDUAL"), "ITEM_4");
        String id = Api.provision(tenant, body);
        Api.issue(tenant, id);
        String text = text(tenant, id, 1);
        for (String item : new String[]{"purposeOfUse", "businessLegalBasis", "recordScope", "recordItems", "usageMedia",
                "usageOnline", "usageFrequency", "safetyMeasures", "informationFile", "title", "division"}) {
            assertTrue(text.contains(compact(body.get(item))), item + " missing from PDF: " + body.get(item));
        }
        for (String label : new String[]{"保有個人情報の提供に関する書面", "提供先における利用目的", "利用する業務の根拠法令",
                "利用する記録範囲", "利用する記録項目", "利用形態", "安全確保の措置", "甲（提供元）", "乙（提供先）",
                "保護管理者", "代表取締役山田太郎", "署名又は記名押印", "テスト省"}) {
            assertTrue(text.contains(label), label + " missing from PDF");
        }
        assertTrue(text.contains("令和7年4月1日から令和8年3月31日まで"), "period in 令和 dates");
        assertTrue(text.contains("個人情報の保護に関する法律第69条第2項第4号"), "current article cited");
        assertTrue(text.contains("個人情報の保護に関する法律第70条"), "safety-measure request article cited");
        assertFalse(text.contains("法第8条"), "no legacy article under the current citation");
    }

    @Test
    void legacyIaaAgreementCitesArticleNineOfItsOwnAct() throws IOException {
        String tenant = Api.newTenant();
        Api.settings(tenant, "INCORPORATED_ADMINISTRATIVE_AGENCY", "LEGACY");
        String id = Api.provision(tenant, Api.complete(Api.recipient(tenant, "LOCAL_GOVERNMENT"), "ITEM_3"));
        Api.issue(tenant, id);
        String text = text(tenant, id, 1);
        assertTrue(text.contains("法第9条第2項第3号（独立行政法人等の保有する個人情報の保護に関する法律）"), text);
        assertTrue(text.contains("法第10条"), "legacy safety-measure request article");
        assertFalse(text.contains("第69条"), "no current article under the legacy citation");
    }
}
