package jp.itaku.gateway.security;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every post form of the portal's templates carries the CSRF token (issue 19): a form without it is refused with 403
 * before its resource runs, so it simply does not work in a browser — as the onboarding pages' forms did not.
 */
class FormsCarryCsrfTokenTest {

    private static final Pattern POST_FORM = Pattern.compile("<form\\b[^>]*method=\"post\"[^>]*>(.*?)</form>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final String TOKEN = "name=\"{inject:csrf.parameterName}\" value=\"{inject:csrf.token}\"";

    @Test
    void everyPostFormOfEveryTemplateCarriesTheToken() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher form = POST_FORM.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (form.find()) {
                    if (!form.group(1).contains(TOKEN)) {
                        String head = form.group().substring(0, form.group().indexOf('>') + 1);
                        missing.add(file.getFileName() + ": " + head);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
