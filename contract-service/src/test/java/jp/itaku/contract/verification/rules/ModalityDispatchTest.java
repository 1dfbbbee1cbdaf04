package jp.itaku.contract.verification.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The search for the modal ending by first character must find what the one alternation finds, and nothing else. */
class ModalityDispatchTest {

    private static final List<Path> CORPORA = List.of(Paths.get("src/test/resources/verification-own-corpus"),
            Paths.get("../../shared/contracts"), Paths.get("../../shared/contracts-2"));

    @Test
    void sameStartAndKindFromEveryPositionOfEverySentence() throws IOException {
        assertTrue(Modality.dispatching(), "every alternative's first characters should be known");
        int sentences = 0;
        for (Path dir : CORPORA) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    for (String line : Files.readString(p, StandardCharsets.UTF_8).split("\n")) {
                        for (String s : line.split("(?<=。)")) {
                            sentences++;
                            for (int from = 0; from <= s.length(); from++) {
                                assertArrayEquals(Modality.findWithoutDispatch(s, from), Modality.findWithDispatch(s, from),
                                        p.getFileName() + ": " + s + " from " + from);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(sentences > 1000, "only " + sentences + " sentences");
    }

    @Test
    void ownSentencesOfEveryKind() {
        for (String s : List.of("受注者は、発注者の承諾なく再委託してはならない。", "乙は、個人情報を複製することができる。",
                "委託者は、これを承認しないことができない。", "当社は、データを保管することがあります。", "受託者は報告しなければならない",
                "県が認めた場合は、この限りではない。", "再委託先を選定せず、", "町に知らせてください。", "他言致ス間敷候。")) {
            for (int from = 0; from <= s.length(); from++) {
                assertArrayEquals(Modality.findWithoutDispatch(s, from), Modality.findWithDispatch(s, from), s + " from " + from);
            }
        }
    }
}
