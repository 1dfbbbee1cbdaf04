package jp.itaku.common.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) in the test JVM on a free port, with quarkus-mailer pointed at it and its mock
 * switched off. Add it once per service, beside {@link ItakuTestResources}:
 * {@code @QuarkusTestResource(value = TestMailServer.class, restrictToAnnotatedClass = false)}; read what arrived
 * with {@link #received()} / {@link #to(String)}, and {@link #purge()} between tests.
 */
public class TestMailServer implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(greenMail.getSmtp().getPort()));
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    public static List<MimeMessage> received() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    /** The mails that reached this address (GreenMail delivers each recipient its own copy). */
    public static List<MimeMessage> to(String address) {
        return Arrays.asList(greenMail.getReceivedMessagesForDomain(address));
    }

    public static void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
