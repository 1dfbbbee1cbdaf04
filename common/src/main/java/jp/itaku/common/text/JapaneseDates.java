package jp.itaku.common.text;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates the way Japanese public documents write them (令和7年4月1日). */
public final class JapaneseDates {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static final DateTimeFormatter WAREKI =
            DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN);

    private JapaneseDates() {
    }

    public static String wareki(LocalDate date) {
        return date == null ? "" : WAREKI.format(JapaneseDate.from(date)).replace("令和1年", "令和元年");
    }

    public static String wareki(OffsetDateTime time) {
        return time == null ? "" : wareki(time.atZoneSameInstant(TOKYO).toLocalDate());
    }

    /** Today in Tokyo by {@code clock} (inject the service's {@code java.time.Clock}). */
    public static LocalDate today(java.time.Clock clock) {
        return LocalDate.ofInstant(clock.instant(), TOKYO);
    }
}
