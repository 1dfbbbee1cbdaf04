package jp.itaku.common.access;

import java.nio.charset.StandardCharsets;

/**
 * The monthly analysis as CSV for Excel: UTF-8 with BOM, CRLF, every cell quoted, and cells that a spreadsheet would
 * run as a formula (starting with = + - @, tab or CR) neutralised with a leading apostrophe.
 */
public final class AnalysisCsv {

    private AnalysisCsv() {
    }

    public static byte[] render(AccessAnalysis.Analysis a) {
        StringBuilder s = new StringBuilder("\uFEFF");
        row(s, "対象月", a.month().toString(), "アクセス件数", Long.toString(a.total()), "拒否", Long.toString(a.denied()),
                "時間外", Long.toString(a.offHours()), "大量ダウンロード", Long.toString(a.bulk()), "運用管理者によるアクセス",
                Long.toString(a.platformStaff()));
        row(s, "利用者", "氏名", "ロール", "アクセス件数", "閲覧・出力した記録数", "出力・ダウンロード回数", "拒否", "時間外", "大量ダウンロード");
        for (AccessAnalysis.UserLine u : a.users()) {
            row(s, u.userName(), u.displayName(), u.roles(), Long.toString(u.accesses()), Long.toString(u.rows()),
                    Long.toString(u.exports()), Long.toString(u.denied()), Long.toString(u.offHours()),
                    Long.toString(u.bulk()));
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder s, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append('"').append(cell(cells[i]).replace("\"", "\"\"")).append('"');
        }
        s.append("\r\n");
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
