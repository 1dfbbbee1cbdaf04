package jp.itaku.common.mail;

import java.util.Objects;

/**
 * One notice as a person reads it: a Japanese subject and a plain-text body (rendered by the sending service's own
 * Qute template), and optionally the portal path it is about ({@code /plan/…}), turned into a link.
 */
public record Notice(String subject, String body, String portalPath) {

    public Notice {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    public Notice(String subject, String body) {
        this(subject, body, null);
    }
}
