package jp.itaku.contract.redline;

import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;

/** Who the tracked changes and comments are by, and when (from the injected clock). */
public record Revision(String author, String initials, OffsetDateTime at) {

    public Revision {
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("a revision needs an author");
        }
        if (at == null) {
            throw new IllegalArgumentException("a revision needs a time");
        }
    }

    Calendar calendar() {
        return GregorianCalendar.from(at.toZonedDateTime());
    }
}
