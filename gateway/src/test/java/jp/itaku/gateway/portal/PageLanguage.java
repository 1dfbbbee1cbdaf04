package jp.itaku.gateway.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * For the page tests of the English portal: the Japanese runs (kana, kanji, full-width forms) a page has left once
 * the given data (what the test's services answered that a page shows as it is) and the configuration are taken out.
 */
public final class PageLanguage {

    private PageLanguage() {
    }

    public static List<String> japaneseLeft(String html, List<String> data) {
        String rest = html;
        for (String d : data) {
            rest = rest.replace(d, " ");
        }
        for (String c : PortalLanguageTest.CONFIGURED) {
            rest = rest.replace(c, " ");
        }
        List<String> found = new ArrayList<>();
        Matcher m = PortalLanguageTest.JAPANESE.matcher(rest);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /**
     * The Japanese runs of a page that no answer of the test upstreams contained (for pages whose services send
     * labels without their codes, such as the ledger's): what the portal itself said in Japanese.
     */
    public static List<String> notFromUpstream(String html) {
        return PortalLanguageTest.ownJapanese(html, List.copyOf(jp.itaku.gateway.SummaryUpstream.SENT));
    }
}
