package jp.itaku.contract.verification.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The concept vocabulary files: every file is documented, every line compiles, and the concepts mean what they say. */
class VocabularyTest {

    static List<Path> files() throws IOException, URISyntaxException {
        Path dir = Paths.get(VocabularyTest.class.getResource(Vocabulary.DIR).toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void everyVocabularyFileStartsWithACommentAndEveryLineIsAValidPattern() throws Exception {
        List<Path> files = files();
        assertTrue(files.size() >= 30, "vocabulary files found: " + files.size());
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            assertTrue(lines.get(0).startsWith("# "), f.getFileName() + " must say what the concept is in its first line");
            String name = f.getFileName().toString().replace(".txt", "");
            List<String> entries = Vocabulary.entries(name);
            assertFalse(entries.isEmpty(), name);
            for (String e : entries) {
                Pattern.compile(e); // throws on a broken line, naming it
                assertFalse(e.contains("#"), name + ": trailing comment in an entry: " + e);
            }
        }
    }

    @Test
    void aMissingVocabularyFailsLoudly() {
        assertThrows(IllegalStateException.class, () -> Vocabulary.entries("no-such-concept"));
    }

    @Test
    void subcontractingIsTheActNotTheSubcontractor() {
        Pattern p = Vocabulary.pattern("subcontract");
        assertTrue(p.matcher("業務の一部を協力会社に委託する").find());
        assertTrue(p.matcher("下請けに出す").find());
        assertFalse(p.matcher("再委託先の名称").find());
        assertFalse(p.matcher("下請負人の氏名").find());
    }

    @Test
    void copyingIsTheActNotTheCopy() {
        Pattern p = Vocabulary.pattern("copy");
        assertTrue(p.matcher("名簿の写しを作成する").find());
        assertTrue(p.matcher("データのバックアップを取得する").find());
        assertFalse(p.matcher("複製物を返還する").find());
        assertFalse(p.matcher("コピー機を使用する").find());
    }

    @Test
    void returnIsGivingBackNotReceiving() {
        Pattern p = Vocabulary.pattern("return");
        assertTrue(p.matcher("貸与物品を返納する").find());
        assertFalse(p.matcher("資料の返却を受けた").find());
    }

    @Test
    void approvalWaiverCoversNoticeOnly() {
        Pattern p = Vocabulary.pattern("approval-waived");
        assertTrue(p.matcher("甲の同意を要せず").find());
        assertTrue(p.matcher("甲に通知することなく").find());
        assertFalse(p.matcher("甲の書面による承諾を得て").find());
    }

    @Test
    void erasureSanctionIsNotErasure() {
        Pattern p = Vocabulary.pattern("erase");
        assertTrue(p.matcher("記録媒体を初期化する").find());
        assertFalse(p.matcher("指名停止の処分を受けた").find());
    }

    @Test
    void demandingReportsOrRecordsIsInspectionWhateverIsJoinedToIt() {
        Pattern p = Vocabulary.pattern("inspect");
        assertTrue(p.matcher("帳簿、書類その他の物件の提出を求めることができる").find());
        assertTrue(p.matcher("作業記録又は説明を求める").find());
        assertTrue(p.matcher("実施状況の報告を求めることができる").find());
        assertFalse(p.matcher("調査票の回収を行う").find());
    }

    @Test
    void aSettlementOrAuditCompletedLaterIsATimeAfterTheEnd() {
        Pattern p = Vocabulary.pattern("after-end");
        assertTrue(p.matcher("委託料の支払が完了した後").find());
        assertTrue(p.matcher("会計検査の終了後まで保管する").find());
        assertFalse(p.matcher("業務の期間中").find());
    }

    @Test
    void entrustingAnyoneOutsideAListIsSubcontractingButLettingOtherPersonsHandleDataIsNot() {
        Pattern p = Vocabulary.pattern("subcontract");
        assertTrue(p.matcher("登録した業者以外の者に入力作業を委託せず").find());
        assertFalse(p.matcher("名簿に記載した者以外の者に個人情報を取り扱わせてはならない").find());
    }

    @Test
    void thePreFilterComesFromTheDataFileSoEveryListedWordPassesIt() {
        for (String name : new String[] {"disclose", "use", "copy", "report", "erase", "return"}) {
            for (String prefix : Vocabulary.literalPrefixes(name)) {
                assertTrue(Vocabulary.mentions("乙は、" + prefix + "しなければならない。", name), name + ": " + prefix);
            }
        }
        assertTrue(Vocabulary.mentions("資料を甲に返戻する", "return"));
        assertFalse(Vocabulary.mentions("資料を甲に送付する", "return"));
        // an entry that starts with a group has no literal start: the filter falls back to the pattern
        assertEquals(0, Vocabulary.literalPrefixes("subcontract").length);
        assertTrue(Vocabulary.mentions("業務の一部を協力会社に委託する", "subcontract"));
    }

    @Test
    void aLineWithATopLevelAlternationHasTheLiteralStartOfEachAlternative() {
        // 「返戻|差し戻」 is two words: the pre-filter must let a sentence with only the second one through
        assertEquals(List.of("返戻", "差し戻"), List.of(Vocabulary.literalPrefixes(List.of("返戻|差し戻"))));
        assertEquals(List.of("返", "戻"), List.of(Vocabulary.literalPrefixes(List.of("返(?:し|す)|戻(?:し|す)"))));
        // an alternative that starts with a group or a class has no literal start: no pre-filter for the file at all
        assertEquals(0, Vocabulary.literalPrefixes(List.of("消去", "廃棄|(?:破|裁)断")).length);
        assertEquals(0, Vocabulary.literalPrefixes(List.of("[返還]付|戻す")).length);
        // a | inside a group, a class or after a backslash does not split the line
        assertEquals(List.of("引渡"), List.of(Vocabulary.literalPrefixes(List.of("引渡(?:し|す)"))));
        assertEquals(List.of("a"), List.of(Vocabulary.literalPrefixes(List.of("a[|]b"))));
        assertEquals(List.of("a"), List.of(Vocabulary.literalPrefixes(List.of("a\\|b"))));
        // a quantifier on the last char of an alternative keeps only what is guaranteed
        assertEquals(List.of("処", "廃棄"), List.of(Vocabulary.literalPrefixes(List.of("処分?|廃棄"))));
    }

    @Test
    void oldCharacterFormsMapOneCharToAnotherChar() {
        java.util.Set<Character> olds = new java.util.HashSet<>();
        for (String line : Vocabulary.entries("kyuji")) {
            String[] p = line.split(" ");
            org.junit.jupiter.api.Assertions.assertEquals(2, p.length, line);
            org.junit.jupiter.api.Assertions.assertEquals(1, p[0].length(), line);
            org.junit.jupiter.api.Assertions.assertEquals(1, p[1].length(), line);
            org.junit.jupiter.api.Assertions.assertNotEquals(p[0], p[1], line);
            org.junit.jupiter.api.Assertions.assertTrue(olds.add(p[0].charAt(0)), "listed twice: " + line);
        }
    }

    @Test
    void everyPartyWordHasARoleOfTheClauseModelAndDpaTermsAreBound() {
        java.util.Map<String, String> roles = new java.util.HashMap<>();
        for (String line : Vocabulary.entries("party-roles")) {
            String[] p = line.split(" ");
            jp.itaku.contract.verification.rules.Parties.Role.valueOf(p[0]);
            roles.put(p[1], p[0]);
        }
        org.junit.jupiter.api.Assertions.assertEquals("CLIENT", roles.get("管理者"));
        org.junit.jupiter.api.Assertions.assertEquals("CONTRACTOR", roles.get("処理者"));
        org.junit.jupiter.api.Assertions.assertEquals("CONTRACTOR", roles.get("乙"));
    }

    @Test
    void everyOlderModalEndingNamesAModalityGroup() {
        for (String line : Vocabulary.entries("modality-classical")) {
            String group = line.substring(0, line.indexOf(' '));
            org.junit.jupiter.api.Assertions.assertTrue(java.util.Set.of("negpermit", "prohibit", "oblige", "permit", "negate").contains(group), line);
        }
        org.junit.jupiter.api.Assertions.assertEquals(jp.itaku.contract.verification.rules.Modality.OBLIGE,
                jp.itaku.contract.verification.rules.Modality.after("乙は、直ちに甲に報告すべし。", 0));
        org.junit.jupiter.api.Assertions.assertEquals(jp.itaku.contract.verification.rules.Modality.PROHIBIT,
                jp.itaku.contract.verification.rules.Modality.after("乙は、資料を複写すべからず。", 0));
        org.junit.jupiter.api.Assertions.assertEquals(jp.itaku.contract.verification.rules.Modality.NEG_PERMIT,
                jp.itaku.contract.verification.rules.Modality.after("乙は、これを他に使用することを得ず。", 0));
        org.junit.jupiter.api.Assertions.assertEquals(jp.itaku.contract.verification.rules.Modality.PERMIT,
                jp.itaku.contract.verification.rules.Modality.after("甲は、契約を解除することを得。", 0));
    }

    @Test
    void subprocessorsAndOtherPersonsAreSubcontracting() {
        org.junit.jupiter.api.Assertions.assertTrue(Vocabulary.pattern("subcontract").matcher("サブプロセッサーを起用し").find());
        org.junit.jupiter.api.Assertions.assertTrue(Vocabulary.pattern("subcontract").matcher("本業務を他人に委託する").find());
    }
}
