package jp.itaku.common.mail;

import jakarta.inject.Inject;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jp.itaku.common.text.JapaneseDates;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Sends Itaku's own notices through quarkus-mailer (SMTP; never a mock: tests run a real in-process SMTP server,
 * {@code jp.itaku.common.testing.TestMailServer}). Blocking: call it from a scheduled job or a worker thread, after
 * the transaction that decided to notify has committed (or record the notice first and mail it from a job, as the
 * inspection reminders do), so that a mail server that is down never rolls back the business change.
 *
 * <p>Services write the Japanese text with their own Qute templates; this class adds the subject prefix, the portal
 * link and the footer, and composes daily digests ({@code templates/mail/digest.txt}).
 */
@ApplicationScoped
public class NoticeMailer {

    @Inject
    Mailer mailer;

    @Inject
    MailConfig config;

    @Inject
    @Location("mail/digest.txt")
    Template digest;

    @Inject
    @Location("mail/notice.txt")
    Template single;

    /** One notice, now. */
    public void send(String to, Notice notice) {
        String body = single.data("notice", notice).data("link", link(notice)).render();
        mailer.send(Mail.withText(to, config.subjectPrefix() + notice.subject(), body).setFrom(config.from()));
    }

    /** Every notice of {@code day} for one person in one mail (nothing is sent for an empty list). */
    public void sendDigest(String to, LocalDate day, List<Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        List<Map<String, Object>> items = notices.stream()
                .map(n -> Map.<String, Object>of("notice", n, "link", link(n))).toList();
        String subject = config.subjectPrefix() + JapaneseDates.wareki(day) + "のお知らせ（" + notices.size() + "件）";
        String body = digest.data("day", JapaneseDates.wareki(day)).data("items", items).data("count", notices.size())
                .render();
        mailer.send(Mail.withText(to, subject, body).setFrom(config.from()));
    }

    private String link(Notice notice) {
        return notice.portalPath() == null ? "" : config.portalUrl() + notice.portalPath();
    }
}
