package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.itaku.contract.verification.cli.VerifyCli;

/** {@code itaku verify FILE... [--json]}: table by default, one JSON object per file, exit code 2 on unreadable input. */
class VerifyCliTest {

    @TempDir
    Path dir;

    record Run(int rc, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = VerifyCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Path draft(String name) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, BadInputTest.DRAFT, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void printsJapaneseTableByDefault() throws Exception {
        Run r = run(draft("a.txt").toString());
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().contains("秘密保持"), r.out());
        assertTrue(r.out().contains("○充足"), r.out());
        assertTrue(r.out().contains("条項案"), r.out());
    }

    @Test
    void printsOneJsonObjectPerFile() throws Exception {
        Run r = run(draft("a.txt").toString(), draft("b.txt").toString(), "--json");
        assertEquals(0, r.rc(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length);
        JsonNode n = new ObjectMapper().readTree(lines[0]);
        assertEquals("a.txt", n.get("file").asText());
        assertEquals("outsourcing", n.get("kind").asText());
        assertEquals(12, n.get("elements").size());
        JsonNode c1a = n.get("elements").get(0);
        assertEquals("C1a", c1a.get("id").asText());
        assertEquals("satisfied", c1a.get("status").asText());
        JsonNode ev = c1a.get("evidence").get(0);
        for (String f : new String[]{"article", "start", "end", "text"}) {
            assertTrue(ev.has(f), f);
        }
        assertTrue(c1a.has("explanation"));
    }

    @Test
    void exitsWithTwoAndJapaneseMessageOnUnreadableInput() throws Exception {
        Path empty = dir.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        Run r = run(draft("ok.txt").toString(), empty.toString(), dir.resolve("none.txt").toString());
        assertEquals(2, r.rc());
        assertTrue(r.out().contains("ok.txt"), "readable files are still reported");
        assertTrue(r.err().contains("空"), r.err());
        assertTrue(r.err().contains("見つかりません"), r.err());
    }

    @Test
    void exitsWithOneOnUsageError() {
        assertEquals(1, run().rc());
        assertEquals(1, run("--bogus", "x.txt").rc());
    }
}
