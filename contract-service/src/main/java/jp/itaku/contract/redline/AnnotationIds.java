package jp.itaku.contract.redline;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ids for the revisions and comments added to a document: above every {@code w:id} already in its body or its
 * comments, so an existing tracked change or comment is never mistaken for one of ours.
 */
final class AnnotationIds {

    private static final Pattern ID = Pattern.compile("[\\s:]id=\"(\\d{1,9})\"");

    private long next;

    AnnotationIds(XWPFDocument doc) {
        long max = max(doc.getDocument().xmlText());
        if (doc.getDocComments() != null) {
            max = Math.max(max, max(doc.getDocComments().getCtComments().xmlText()));
        }
        next = max + 1;
    }

    BigInteger next() {
        return BigInteger.valueOf(next++);
    }

    private static long max(String xml) {
        long max = 0;
        Matcher m = ID.matcher(xml);
        while (m.find()) {
            max = Math.max(max, Long.parseLong(m.group(1)));
        }
        return max;
    }
}
