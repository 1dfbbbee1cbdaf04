package jp.itaku.contract.redline;

import jp.itaku.contract.support.Docx;
import jp.itaku.contract.verification.ContractVerifier;
import jp.itaku.contract.verification.ElementResult;
import jp.itaku.contract.verification.VerificationReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The redline of a .docx draft: tracked insertions for missing elements, comments, LibreOffice, re-verification. */
class RedlinerTest {

    static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 2, 9, 30, 0, 0, ZoneOffset.ofHours(9));
    static final Revision REVISION = new Revision("Itaku（調達 太郎）", "IT", AT);

    /** A data-entry contract written for this test: every element but copying (C3) and inspection (W2). */
    static final String TWO_MISSING = String.join("\n",
            "住民税課税資料データ入力業務委託契約書",
            "",
            "　青葉町（以下「甲」という。）と株式会社みなとデータ（以下「乙」という。）は、住民税課税資料のデータ入力業務（以下「本業務」という。）について、次のとおり契約を締結する。",
            "",
            "第1条（目的）　甲は、本業務を乙に委託し、乙はこれを受託する。",
            "第2条（期間）　委託期間は、令和8年1月5日から令和8年3月31日までとする。",
            "第3条（委託料）　委託料は、金1,650,000円とする。",
            "第4条（再委託の禁止）　乙は、本業務の全部又は一部を第三者に委託してはならない。ただし、あらかじめ甲の書面による承諾を得たときは、この限りでない。",
            "第5条（契約の解除）　甲は、乙がこの契約又は別記「個人情報取扱特記事項」に違反したときは、この契約を解除することができる。",
            "第6条（損害賠償）　乙は、この契約又は別記「個人情報取扱特記事項」に違反し、甲又は第三者に損害を与えたときは、その損害を賠償しなければならない。",
            "第7条（協議）　この契約に定めのない事項は、甲乙協議して定める。",
            "",
            "　令和7年12月20日",
            "",
            "別記",
            "個人情報取扱特記事項",
            "（秘密の保持）",
            "第１　乙は、本業務に関して知り得た個人情報を他に漏らしてはならない。この契約が終了し、又は解除された後も、同様とする。",
            "（目的外利用の禁止）",
            "第２　乙は、本業務に関して知り得た個人情報を本業務以外の目的に利用し、又は第三者に提供してはならない。",
            "（責任者等の届出）",
            "第３　乙は、個人情報の取扱いの責任者及び本業務に従事する者を定め、本業務の着手前に書面により甲に届け出なければならない。これらを変更するときも、同様とする。",
            "（事故の報告）",
            "第４　乙は、個人情報の漏えい、滅失又は毀損が発生し、又は発生するおそれがあるときは、直ちに甲に報告し、甲の指示に従わなければならない。",
            "（資料の返還）",
            "第５　乙は、本業務が終了したときは、甲から提供を受けた個人情報が記録された資料を直ちに甲に返還しなければならない。",
            "（消去）",
            "第６　乙は、本業務が終了したときは、本業務に用いた電子計算機等に記録された個人情報を復元できない方法により速やかに消去しなければならない。");

    static ContractVerifier verifier;

    @BeforeAll
    static void loadVerifier() {
        verifier = new ContractVerifier();
    }

    static Map<String, String> statuses(VerificationReport report) {
        return report.elements().stream().filter(e -> !"D1".equals(e.id()))
                .collect(Collectors.toMap(ElementResult::id, ElementResult::status, (a, b) -> a, LinkedHashMap::new));
    }

    static List<String> missing(VerificationReport report) {
        return statuses(report).entrySet().stream().filter(e -> !ElementResult.SATISFIED.equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
    }

    @Test
    void aDocxWithTwoMissingElementsComesBackWithTwoTrackedInsertionsAndTwoComments() throws Exception {
        byte[] draft = Docx.of(TWO_MISSING);
        VerificationReport before = verifier.verify("委託契約書.docx", draft);
        assertEquals(List.of("C3", "W2"), missing(before), "the test draft misses exactly C3 and W2: " + statuses(before));

        Redliner.Result result = new Redliner().redline(draft, before, id -> !"D1".equals(id), REVISION);
        assertEquals(2, result.insertions());
        assertEquals(2, result.comments());
        if (System.getProperty("redline.dump") != null) { // -Dredline.dump=<dir> keeps the redline to look at
            Files.write(Path.of(System.getProperty("redline.dump"), "redline.docx"), result.docx());
        }

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(result.docx()))) {
            // the runs of each insertion are in one w:ins by our author at the clock's time, with the clause's text
            List<XmlObject> runInsertions = AcceptedText.select(doc.getDocument().getBody(), "./w:p/w:ins");
            Map<String, String> clauses = before.elements().stream().filter(e -> List.of("C3", "W2").contains(e.id()))
                    .collect(Collectors.toMap(ElementResult::id, ElementResult::suggestedClause));
            assertEquals(4, runInsertions.size(), "a heading line and a clause paragraph per new article");
            for (XmlObject o : runInsertions) {
                CTRunTrackChange ins = (CTRunTrackChange) o;
                assertEquals("Itaku（調達 太郎）", ins.getAuthor());
                assertEquals(AT.toInstant(), ins.getDate().toInstant());
            }
            String inserted = runInsertions.stream().map(RedlinerTest::text).collect(Collectors.joining("\n"));
            assertTrue(inserted.contains(clauses.get("C3")), inserted);
            assertTrue(inserted.contains(clauses.get("W2")), inserted);
            // each paragraph mark is marked inserted too, so rejecting the change leaves no empty paragraph
            assertEquals(4, AcceptedText.select(doc.getDocument().getBody(), "./w:p/w:pPr/w:rPr/w:ins").size());

            // new articles at the end of the special terms, numbered on from 第６ in the draft's own style
            List<String> lines = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int last = lines.indexOf(lines.stream().filter(l -> l.startsWith("第６")).findFirst().orElseThrow());
            assertEquals("（複製等の制限）", lines.get(last + 1));
            assertTrue(lines.get(last + 2).startsWith("第７\u3000乙は、甲の承諾がある場合を除き"), lines.get(last + 2));
            assertEquals("（管理状況の検査）", lines.get(last + 3));
            assertTrue(lines.get(last + 4).startsWith("第８\u3000甲は、"), lines.get(last + 4));

            // two comments in Japanese by the same author, each anchored on its clause by range and reference
            XWPFComment[] comments = doc.getComments();
            assertEquals(2, comments.length);
            assertTrue(comments[0].getText().contains("C3 複製等の制限：欠落"), comments[0].getText());
            assertTrue(comments[0].getText().contains("特記事項の末尾に新しい条（第７）として変更履歴（挿入）で追加しました"),
                    comments[0].getText());
            assertTrue(comments[1].getText().contains("W2 管理状況の検査：欠落"), comments[1].getText());
            for (XWPFComment c : comments) {
                assertEquals("Itaku（調達 太郎）", c.getAuthor());
                String id = c.getId();
                assertEquals(1, withId(doc, "commentRangeStart", id));
                assertEquals(1, withId(doc, "commentRangeEnd", id));
                assertEquals(1, withId(doc, "commentReference", id));
            }
            // everything the draft said is still there, in order
            String all = String.join("\n", lines);
            for (String line : TWO_MISSING.split("\n")) {
                assertTrue(all.contains(line), "lost: " + line);
            }
        }

        // the vendor accepts the changes: the two elements are satisfied, nothing else moved
        VerificationReport accepted = verifier.verify("修正版.docx", AcceptedText.acceptAll(result.docx()));
        Map<String, String> expected = statuses(before);
        expected.put("C3", ElementResult.SATISFIED);
        expected.put("W2", ElementResult.SATISFIED);
        assertEquals(expected, statuses(accepted));
        // and the redline itself, read as uploaded again (insertions are text), also has them
        assertEquals(expected, statuses(verifier.verify("修正案.docx", result.docx())));
    }

    @Test
    void aClauseWhoseArticleIsThereGoesAtTheEndOfThatArticle() throws Exception {
        String text = TWO_MISSING.replace(
                "第６　乙は、本業務が終了したときは、本業務に用いた電子計算機等に記録された個人情報を復元できない方法により速やかに消去しなければならない。",
                "第６　乙は、本業務が終了したときは、その旨を甲に通知するものとする。");
        byte[] draft = Docx.of(text);
        VerificationReport report = verifier.verify("委託契約書.docx", draft);
        assertEquals(List.of("C3", "C5a", "W2"), missing(report), statuses(report).toString());

        Redliner.Result result = new Redliner().redline(draft, report, id -> !"D1".equals(id), REVISION);
        assertEquals(3, result.insertions());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(result.docx()))) {
            List<String> lines = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int erasure = lines.indexOf("第６　乙は、本業務が終了したときは、その旨を甲に通知するものとする。");
            // the erasure clause right after the article headed （消去）, the other two as new articles after it
            assertEquals(report.element("C5a").suggestedClause(), lines.get(erasure + 1));
            assertEquals("（複製等の制限）", lines.get(erasure + 2));
            assertTrue(lines.get(erasure + 3).startsWith("第７"), lines.get(erasure + 3));
            XWPFComment c5a = Arrays.stream(doc.getComments()).filter(c -> c.getText().contains("C5a")).findFirst().orElseThrow();
            assertTrue(c5a.getText().contains("第６（消去）の末尾に変更履歴（挿入）で追加しました"), c5a.getText());
        }
        VerificationReport accepted = verifier.verify("修正版.docx", AcceptedText.acceptAll(result.docx()));
        assertEquals(List.of(), missing(accepted), statuses(accepted).toString());
    }

    @Test
    void theRedlineOpensInLibreOfficeAndConvertsToPdfWithTheInsertedClauses() throws Exception {
        byte[] draft = Docx.of(TWO_MISSING);
        VerificationReport report = verifier.verify("委託契約書.docx", draft);
        byte[] redline = new Redliner().redline(draft, report, id -> !"D1".equals(id), REVISION).docx();
        Path dir = Files.createTempDirectory("itaku-redline-");
        try {
            Path docx = dir.resolve("redline.docx");
            Files.write(docx, redline);
            Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=file://" + dir.resolve("profile"),
                    "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
                    .redirectErrorStream(true).start();
            boolean done = soffice.waitFor(180, TimeUnit.SECONDS);
            String log = new String(soffice.getInputStream().readAllBytes());
            if (!done) {
                soffice.destroyForcibly();
            }
            assertTrue(done, "soffice did not finish: " + log);
            assertEquals(0, soffice.exitValue(), log);
            Path pdf = dir.resolve("redline.pdf");
            assertTrue(Files.exists(pdf), "no PDF: " + log);
            try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
                assertTrue(text.contains("個人情報取扱特記事項"), text);
                assertTrue(text.contains("複製等の制限"), "the inserted heading is in the PDF: " + text);
                assertTrue(text.contains("管理状況の検査"), text);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aContradictingSentenceIsMarkedWithACommentOnExactlyThatSentence() throws Exception {
        String contradicting = "乙は、本業務の処理に必要な範囲で、甲の承諾を得ることなく、本業務の一部を第三者に再委託することができる。";
        String text = TWO_MISSING.replace("ただし、あらかじめ甲の書面による承諾を得たときは、この限りでない。",
                "ただし、あらかじめ甲の書面による承諾を得たときは、この限りでない。" + contradicting);
        byte[] draft = Docx.of(text);
        VerificationReport report = verifier.verify("委託契約書.docx", draft);
        assertEquals(ElementResult.CONTRADICTED, report.element("C2").status(), report.element("C2").explanation());

        Redliner.Result result = new Redliner().redline(draft, report, id -> !"D1".equals(id), REVISION);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(result.docx()))) {
            XWPFComment c2 = Arrays.stream(doc.getComments()).filter(c -> c.getText().contains("C2 "))
                    .findFirst().orElseThrow();
            assertTrue(c2.getText().contains("矛盾"), c2.getText());
            String covered = coveredText(doc, c2.getId());
            assertTrue(report.element("C2").evidence().stream().anyMatch(ev -> ev.text().equals(covered)),
                    "comment covers «" + covered + "»");
            assertTrue(covered.contains("再委託することができる"), covered);
            // the paragraph still reads as before
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().contains(
                    "この限りでない。" + contradicting)));
        }
    }

    static long withId(XWPFDocument doc, String element, String id) {
        return AcceptedText.select(doc.getDocument().getBody(), ".//w:" + element).stream().filter(o -> {
            try (XmlCursor c = o.newCursor()) {
                return id.equals(c.getAttributeText(Wml.w("id")));
            }
        }).count();
    }

    /** The text between a comment's range start and end, in document order. */
    static String coveredText(XWPFDocument doc, String id) {
        StringBuilder s = new StringBuilder();
        boolean inside = false;
        try (XmlCursor c = doc.getDocument().getBody().newCursor()) {
            while (c.hasNextToken()) {
                XmlCursor.TokenType t = c.toNextToken();
                if (t == XmlCursor.TokenType.START) {
                    String local = c.getName().getLocalPart();
                    String at = c.getAttributeText(Wml.w("id"));
                    if ("commentRangeStart".equals(local) && id.equals(at)) {
                        inside = true;
                    } else if ("commentRangeEnd".equals(local) && id.equals(at)) {
                        return s.toString();
                    } else if (inside && "t".equals(local)) {
                        s.append(c.getTextValue());
                    }
                }
            }
        }
        assertFalse(inside, "comment range " + id + " not closed");
        return s.toString();
    }

    static String text(XmlObject o) {
        StringBuilder s = new StringBuilder();
        for (XmlObject t : AcceptedText.select(o, ".//w:t")) {
            try (XmlCursor c = t.newCursor()) {
                s.append(c.getTextValue());
            }
        }
        return s.toString();
    }
}
