package jp.itaku.inspection.notice;

import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import jp.itaku.common.mail.Delivery;
import jp.itaku.common.testing.TestMailServer;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** The mail tests' shared steps: a person saves their notice settings; what one address received. */
public final class MailSteps {

    private MailSteps() {
    }

    /** The token's holder receives notices at once (PUT /api/inspections/notice-settings). */
    public static void receiveAtOnce(String token) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("delivery", Delivery.IMMEDIATE.name()))
                .put("/api/inspections/notice-settings").then().statusCode(200);
    }

    /** Every mail to {@code address} as "subject, line break, body", oldest first. */
    public static List<String> mails(String address) {
        return TestMailServer.to(address).stream().map(MailSteps::text).toList();
    }

    private static String text(MimeMessage m) {
        try {
            return m.getSubject() + "\n" + m.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
