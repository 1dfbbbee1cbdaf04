package jp.itaku.common.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Itaku's own notices by e-mail ({@code itaku.mail.*}). The SMTP server itself is quarkus-mailer's
 * ({@code quarkus.mailer.host/port}, env {@code ITAKU_SMTP_HOST} / {@code ITAKU_SMTP_PORT}).
 */
@ConfigMapping(prefix = "itaku.mail")
public interface MailConfig {

    /** Sender of every notice. */
    @WithDefault("Itaku（委託） <noreply@itaku.local>")
    String from();

    /** Put before every subject so that people can filter Itaku's mail. */
    @WithDefault("【Itaku】")
    String subjectPrefix();

    /** The portal's address, for links in mails (no trailing slash). */
    @WithDefault("http://127.0.0.1:8080")
    String portalUrl();
}
