package jp.itaku.contract.verification.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import jp.itaku.contract.verification.ContractVerifier;
import jp.itaku.contract.verification.DocumentRejectedException;
import jp.itaku.contract.verification.ElementResult;
import jp.itaku.contract.verification.Evidence;
import jp.itaku.contract.verification.ReportJson;
import jp.itaku.contract.verification.VerificationReport;
import jp.itaku.contract.verification.VerifierLimits;

/**
 * {@code ./itaku verify FILE... [--json]}: verifies contract drafts offline (no server, no database). Prints a Japanese
 * table per file, or one JSON object per line with {@code --json}. Exit code 0 when every file was read, 2 when at
 * least one could not be read (the reason is printed on stderr in Japanese), 1 on wrong usage.
 */
public final class VerifyCli {

    private VerifyCli() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        List<String> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("-h") || a.equals("--help")) {
                out.println(usage());
                return 0;
            } else if (a.startsWith("--")) {
                err.println("不明なオプションです: " + a);
                err.println(usage());
                return 1;
            } else {
                files.add(a);
            }
        }
        if (files.isEmpty()) {
            err.println(usage());
            return 1;
        }
        VerifierLimits limits = VerifierLimits.defaults();
        ContractVerifier verifier = new ContractVerifier(limits);
        int rc = 0;
        for (String f : files) {
            Path p = Paths.get(f);
            try {
                long size = Files.size(p);
                if (size > limits.maxBytes()) {
                    throw new DocumentRejectedException(DocumentRejectedException.Reason.TOO_LARGE,
                            "ファイル「" + p.getFileName() + "」は" + String.format("%.1fMB", size / (double) VerifierLimits.MB)
                                    + "あり、上限の" + (limits.maxBytes() / VerifierLimits.MB)
                                    + "MBを超えています。契約書本文と特記事項だけのファイルにしてください。");
                }
                byte[] content = Files.readAllBytes(p);
                VerificationReport r = verifier.verify(p.getFileName().toString(), content);
                if (json) {
                    out.println(ReportJson.toJson(r));
                } else {
                    out.print(table(r));
                }
            } catch (DocumentRejectedException e) {
                err.println(f + ": " + e.getMessage());
                rc = 2;
            } catch (NoSuchFileException e) {
                err.println(f + ": ファイルが見つかりません。パスを確認してください。");
                rc = 2;
            } catch (IOException e) {
                err.println(f + ": ファイルを読み込めません（" + e.getMessage() + "）。アクセス権限を確認してください。");
                rc = 2;
            }
        }
        return rc;
    }

    static String usage() {
        return "使い方: itaku verify ファイル... [--json]\n"
                + "  契約書の案（.txt / .docx / .pdf）が、個人情報の取扱いに関する必要事項（C1a〜W2, D1）を満たすか判定します。\n"
                + "  --json  1ファイルにつき1行のJSONを出力します。";
    }

    /** A readable Japanese table for one report. */
    public static String table(VerificationReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("■ ").append(r.file()).append("（")
                .append(VerificationReport.DISPATCH.equals(r.kind()) ? "労働者派遣契約" : "業務委託契約").append("）\n");
        int sat = 0;
        int mis = 0;
        int con = 0;
        for (ElementResult e : r.elements()) {
            switch (e.status()) {
                case ElementResult.SATISFIED -> sat++;
                case ElementResult.MISSING -> mis++;
                default -> con++;
            }
        }
        sb.append("  充足 ").append(sat).append(" ／ 欠落 ").append(mis).append(" ／ 矛盾 ").append(con).append('\n');
        sb.append("  要素  判定    項目                        根拠\n");
        for (ElementResult e : r.elements()) {
            String mark = switch (e.status()) {
                case ElementResult.SATISFIED -> "○充足";
                case ElementResult.MISSING -> "−欠落";
                default -> "×矛盾";
            };
            String where = e.evidence().isEmpty() ? "" : e.evidence().get(0).article() + "「" + shorten(e.evidence().get(0).text(), 40) + "」";
            if (!ElementResult.SATISFIED.equals(e.status()) && ElementResult.MISSING.equals(e.status())) {
                where = "—";
            }
            sb.append("  ").append(pad(e.id(), 4)).append("  ").append(mark).append("  ").append(padWide(e.name(), 26))
                    .append("  ").append(where).append('\n');
        }
        for (ElementResult e : r.elements()) {
            if (ElementResult.SATISFIED.equals(e.status())) {
                continue;
            }
            sb.append("\n  【").append(e.id()).append(" ").append(e.name()).append("】")
                    .append(ElementResult.CONTRADICTED.equals(e.status()) ? "矛盾" : "欠落").append('\n');
            sb.append("    理由: ").append(e.explanation()).append('\n');
            if (ElementResult.CONTRADICTED.equals(e.status())) {
                for (Evidence ev : e.evidence()) {
                    sb.append("    該当: ").append(ev.article()).append("（").append(ev.start()).append("〜").append(ev.end())
                            .append("文字目）「").append(shorten(ev.text(), 80)).append("」\n");
                }
            }
            if (e.suggestedClause() != null) {
                sb.append("    条項案: ").append(e.suggestedClause()).append('\n');
            }
        }
        sb.append('\n');
        return sb.toString();
    }

    private static String shorten(String s, int max) {
        String one = s.replaceAll("\\s+", "");
        return one.length() <= max ? one : one.substring(0, max) + "…";
    }

    private static String pad(String s, int w) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < w) {
            sb.append(' ');
        }
        return sb.toString();
    }

    /** Pads counting full-width characters as two columns. */
    private static String padWide(String s, int cols) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) < 0x2E80 ? 1 : 2;
        }
        StringBuilder sb = new StringBuilder(s);
        for (; w < cols; w++) {
            sb.append(' ');
        }
        return sb.toString();
    }
}
