package jp.itaku.gateway.portal.web;

import io.quarkus.qute.TemplateExtension;

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

    static boolean past(Object date) {
        try {
            return date != null && LocalDate.parse(date.toString()).isBefore(LocalDate.now(JAPAN));
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
