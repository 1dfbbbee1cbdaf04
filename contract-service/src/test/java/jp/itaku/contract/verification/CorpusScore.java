package jp.itaku.contract.verification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Runs the verifier over the labelled corpus and scores it (used by the corpus test and from a main for development). */
final class CorpusScore {

    private static final jp.itaku.contract.verification.input.DocumentReader READER =
            new jp.itaku.contract.verification.input.DocumentReader(VerifierLimits.defaults());

    record Mismatch(String file, String element, String expected, String actual, String explanation) {
    }

    final Map<String, int[]> perElement = new LinkedHashMap<>(); // right, total, falsePass, negatives
    final List<Mismatch> mismatches = new ArrayList<>();
    final List<String> offsetErrors = new ArrayList<>();
    int files;
    int kindErrors;

    static Path corpusDir() {
        return corpusDir("contracts");
    }

    /** A labelled dev set under ../shared ("contracts", "contracts-2"). */
    static Path corpusDir(String name) {
        String prop = System.getProperty("itaku.shared.dir");
        if (prop != null && !prop.isBlank()) {
            return Paths.get(prop).resolve(name);
        }
        Path here = Paths.get("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("contract-service"))) {
                return p.resolve("../shared/" + name).normalize();
            }
        }
        return here.resolve("../shared/" + name).normalize();
    }

    /** Contradicted labels decided "contradicted", as a share of all contradicted labels. */
    int contradictionsCaught;
    int contradictionLabels;

    double contradictionsCaughtRate() {
        return contradictionLabels == 0 ? 1.0 : (double) contradictionsCaught / contradictionLabels;
    }

    static List<Path> drafts(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("\\d{3}-.*\\.(txt|docx|pdf)")).sorted().toList();
        }
    }

    static CorpusScore run(ContractVerifier verifier, List<Path> drafts) throws IOException {
        ObjectMapper om = new ObjectMapper();
        CorpusScore sc = new CorpusScore();
        for (Element e : Element.values()) {
            sc.perElement.put(e.id(), new int[4]);
        }
        for (Path txt : drafts) {
            String name = txt.getFileName().toString();
            Path json = txt.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".json");
            JsonNode label = om.readTree(json.toFile());
            byte[] bytes = Files.readAllBytes(txt);
            // offsets refer to the text the verifier read: the file itself for .txt, the extracted text otherwise
            String text = name.endsWith(".txt") ? new String(bytes, StandardCharsets.UTF_8)
                    : READER.read(name, bytes).text();
            VerificationReport r = verifier.verify(name, bytes);
            sc.files++;
            if (!label.get("kind").asText().equals(r.kind())) {
                sc.kindErrors++;
                sc.mismatches.add(new Mismatch(txt.getFileName().toString(), "kind", label.get("kind").asText(), r.kind(), ""));
            }
            for (ElementResult er : r.elements()) {
                String expected = label.get("elements").get(er.id()).asText();
                int[] c = sc.perElement.get(er.id());
                c[1]++;
                if (!expected.equals("satisfied")) {
                    c[3]++;
                }
                if (expected.equals("contradicted")) {
                    sc.contradictionLabels++;
                    if (er.status().equals("contradicted")) {
                        sc.contradictionsCaught++;
                    }
                }
                if (expected.equals(er.status())) {
                    c[0]++;
                } else {
                    sc.mismatches.add(new Mismatch(txt.getFileName().toString(), er.id(), expected, er.status(),
                            er.explanation() + " " + er.evidence()));
                    if (er.status().equals("satisfied")) {
                        c[2]++;
                    }
                }
                for (Evidence ev : er.evidence()) {
                    int cps = text.codePointCount(0, text.length());
                    if (ev.start() < 0 || ev.end() > cps || ev.start() >= ev.end()) {
                        sc.offsetErrors.add(txt.getFileName() + " " + er.id() + " bad range " + ev);
                        continue;
                    }
                    int s = text.offsetByCodePoints(0, ev.start());
                    int e = text.offsetByCodePoints(0, ev.end());
                    if (!text.substring(s, e).equals(ev.text())) {
                        sc.offsetErrors.add(txt.getFileName() + " " + er.id() + " text differs at " + ev.start());
                    }
                }
                if (er.status().equals("satisfied") && er.evidence().isEmpty()) {
                    sc.offsetErrors.add(txt.getFileName() + " " + er.id() + " satisfied without evidence");
                }
            }
        }
        return sc;
    }

    int right() {
        return perElement.values().stream().mapToInt(c -> c[0]).sum();
    }

    int total() {
        return perElement.values().stream().mapToInt(c -> c[1]).sum();
    }

    int falsePasses() {
        return perElement.values().stream().mapToInt(c -> c[2]).sum();
    }

    int negatives() {
        return perElement.values().stream().mapToInt(c -> c[3]).sum();
    }

    double accuracy() {
        return (double) right() / total();
    }

    /** False passes as a share of all decisions. */
    double falsePassRate() {
        return (double) falsePasses() / total();
    }

    String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-5s %-24s %9s %9s %12s%n", "要素", "名称", "正解率", "正解/件数", "誤って充足"));
        for (Map.Entry<String, int[]> e : perElement.entrySet()) {
            int[] c = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-5s %-24s %8.1f%% %5d/%-4d %6d/%-4d%n", e.getKey(),
                    Element.byId(e.getKey()).japaneseName(), 100.0 * c[0] / c[1], c[0], c[1], c[2], c[3]));
        }
        sb.append(String.format(Locale.ROOT, "全体: %d件中 %d件正解 (%.2f%%)、誤って充足 %d件 (全判定の%.2f%%, 非充足ラベル%d件中)、kind誤り %d件、根拠オフセット誤り %d件、矛盾の検出 %d/%d件%n",
                total(), right(), 100 * accuracy(), falsePasses(), 100 * falsePassRate(), negatives(), kindErrors,
                offsetErrors.size(), contradictionsCaught, contradictionLabels));
        for (Mismatch m : mismatches) {
            sb.append("  ✗ ").append(m.file()).append(' ').append(m.element()).append(" 期待=").append(m.expected())
                    .append(" 実際=").append(m.actual()).append("  ").append(m.explanation()).append('\n');
        }
        for (String o : offsetErrors) {
            sb.append("  ✗ offset ").append(o).append('\n');
        }
        return sb.toString();
    }

    /** The measures: accuracy, false passes as a share of the non-compliant labels (and of all decisions), contradictions caught. */
    String summary() {
        return String.format(Locale.ROOT,
                "files %d, decisions %d: accuracy %.3f (%d/%d), false passes %.3f of non-compliant (%d/%d; %.3f of all), contradictions caught %.3f (%d/%d), kind errors %d, offset errors %d",
                files, total(), accuracy(), right(), total(), negatives() == 0 ? 0.0 : (double) falsePasses() / negatives(),
                falsePasses(), negatives(), falsePassRate(), contradictionsCaughtRate(), contradictionsCaught, contradictionLabels,
                kindErrors, offsetErrors.size());
    }

    /** {@code CorpusScore DIR [--brief]}: scores the labelled drafts (.txt/.docx/.pdf with a .json beside each) in DIR. */
    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Paths.get(args[0]) : corpusDir();
        CorpusScore sc = run(new ContractVerifier(), drafts(dir));
        if (args.length > 1 && args[1].equals("--brief")) {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, int[]> e : sc.perElement.entrySet()) {
                int[] c = e.getValue();
                sb.append(String.format(Locale.ROOT, "%s %.3f (%d/%d, false passes %d/%d)%n", e.getKey(), (double) c[0] / c[1], c[0], c[1], c[2], c[3]));
            }
            System.out.print(sb);
        } else {
            System.out.println(sc.table());
        }
        System.out.println(sc.summary());
    }
}
