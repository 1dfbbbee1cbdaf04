package jp.itaku.e2e;

import io.restassured.path.json.JsonPath;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static io.restassured.RestAssured.given;

/**
 * The local mail server of `./itaku up` (GreenMail standalone): what reached an address, read through its REST API
 * ({@code GET /api/user/<address>/messages/INBOX}) and parsed as the MIME message it is.
 */
public final class Mailbox {

    static final String API = System.getProperty("e2e.mail", "http://127.0.0.1:8025");

    public record Mail(String subject, String text) {
    }

    private Mailbox() {
    }

    public static List<Mail> of(String address) {
        var response = given().when().get(API + "/api/user/" + address + "/messages/INBOX");
        if (response.statusCode() != 200) {
            return List.of();
        }
        List<Mail> mails = new ArrayList<>();
        for (String raw : JsonPath.from(response.asString()).<String>getList("mimeMessage")) {
            try {
                MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                        new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
                mails.add(new Mail(message.getSubject(), text(message.getContent())));
            } catch (Exception e) {
                throw new AssertionError("unreadable mail to " + address + ": " + e, e);
            }
        }
        return mails;
    }

    /**
     * Waits (up to 60 s) until at least {@code count} mails reached the address. A notice job that hits a refused SMTP
     * connection sends again on its next run (every 10 s): in a clean-clone run one send hung 30 s on a pooled
     * connection, got "421 Service shutting down" and went out on the retry — after a 30 s wait had given up.
     */
    public static List<Mail> await(String address, int count) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        List<Mail> mails = of(address);
        while (mails.size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            mails = of(address);
        }
        if (mails.size() < count) {
            throw new AssertionError(count + " mail(s) expected at " + address + " within 60 s, got " + mails);
        }
        return mails;
    }

    private static String text(Object content) throws Exception {
        if (content instanceof MimeMultipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i).getContent())).append('\n');
            }
            return all.toString();
        }
        return String.valueOf(content);
    }
}
