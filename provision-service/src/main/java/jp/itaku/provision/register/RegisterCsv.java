package jp.itaku.provision.register;

import jp.itaku.common.text.JapaneseDates;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The register as CSV: UTF-8 with BOM so that Excel opens it in Japanese, RFC 4180 quoting. */
final class RegisterCsv {

    static final List<String> HEADER = List.of("担当部署", "件名", "提供する保有個人情報", "提供先", "提供先の種別", "提供の根拠",
            "定期／臨時", "提供期間（開始）", "提供期間（終了）", "状態", "書面の版", "合意日", "提供開始日", "終了日", "実地調査の件数",
            "対応中の改善要求");

    private RegisterCsv() {
    }

    static byte[] render(List<RegisterRow> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, HEADER.stream());
        for (RegisterRow r : rows) {
            line(csv, Stream.of(r.division(), r.title(), r.informationFile(), r.recipientName(), r.recipientType(),
                    r.legalBasis(), r.regular() ? "定期" : "臨時", date(r.periodStart()), date(r.periodEnd()), r.state(),
                    r.agreementVersion() == 0 ? "" : "第" + r.agreementVersion() + "版", date(r.agreedAt()),
                    date(r.startedAt()), date(r.endedAt()), String.valueOf(r.investigations()),
                    String.valueOf(r.openImprovements())));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, Stream<String> cells) {
        csv.append(cells.map(RegisterCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /** Quoted always; a leading formula character is neutralised so that a spreadsheet never runs a cell. */
    private static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String date(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(JapaneseDates.TOKYO).toLocalDate().toString();
    }
}
