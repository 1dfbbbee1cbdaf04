package jp.itaku.contract.redline;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.util.List;

/**
 * Where a suggested clause goes: after the paragraph {@code after}, as the given paragraphs (a new article may bring
 * a heading line of its own), described for the comment (「第9条（再委託の禁止）の末尾に」). Clauses added to an
 * existing article go in before new articles placed after the same paragraph.
 */
record Placement(XWPFParagraph after, List<String> paragraphs, String description, boolean newArticle) {
}
