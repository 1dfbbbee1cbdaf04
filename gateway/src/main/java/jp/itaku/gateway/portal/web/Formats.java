package jp.itaku.gateway.portal.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import jp.itaku.common.time.ItakuClock;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** How the pages print the services' ISO-8601 values: Japan time, to the minute. */
@TemplateExtension(namespace = "fmt")
public class Formats {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static String time(Object value) {
        if (value == null) {
            return "";
        }
        try {
            return OffsetDateTime.parse(value.toString()).atZoneSameInstant(JAPAN).format(MINUTES);
        } catch (DateTimeParseException e) {
            return value.toString();
        }
    }

    /** Template extensions are static: the one clock is looked up, not injected. */
    private static ItakuClock clock() {
        return Arc.container().instance(ItakuClock.class).get();
    }

    static boolean past(Object date) {
        try {
            return date != null && LocalDate.parse(date.toString()).isBefore(clock().today());
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
