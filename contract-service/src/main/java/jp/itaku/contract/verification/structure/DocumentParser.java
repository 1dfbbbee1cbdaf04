package jp.itaku.contract.verification.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.itaku.contract.verification.normalize.CharNormalizer;
import jp.itaku.contract.verification.normalize.NLine;

/**
 * Splits a draft into parts (main body, 別記・別紙 attachments), articles (条 / 第N / N. / 一), paragraphs and items
 * ((1) ① ア …), removes page headers/footers left by text extraction and joins hard-wrapped lines, producing the
 * normalised body text with a map back to the original offsets. Linear in the size of the text.
 */
public final class DocumentParser {

    private static final Pattern FOOTER = Pattern.compile(
            "^(?:[-―—ー~]\\s*\\d{1,3}\\s*[-―—ー~]|\\d{1,3}\\s*/\\s*\\d{1,3}|(?:page|p\\.|ページ)\\s*\\d{1,3}(?:\\s*/\\s*\\d{1,3})?|\\d{1,3})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTACHMENT = Pattern.compile("^(別記|別紙|別添|別表|別冊)\\s*(\\d{0,2})(?:\\s*[「(].*|\\s+[^。、]{2,40})?$");
    /** The words an attachment's title line ends with (literal; \\( for a parenthesis). */
    private static final String ATTACHMENT_TITLE_WORDS =
            "特記事項|特約条項|特約事項|仕様書|遵守事項|仕様書\\(抜粋\\)|取扱要領|特記仕様|特記仕様書|取扱基準|管理基準|対照表";
    private static final Pattern ATTACHMENT_TITLE = Pattern.compile("^[^。、]{0,40}(" + ATTACHMENT_TITLE_WORDS + ")$");
    /**
     * A reference attachment that opens with its 参考 mark (「（参考）原契約 別記 特記事項（写）」), a caption naming
     * only the copy (「（原契約）」), or a copy of the original contract (「原契約（写）」): a part of its own, so that its clauses are told apart from the amendment's.
     */
    private static final Pattern REFERENCE_TITLE = Pattern.compile("^(?:[(【〔\\[]参考[)】〕\\]]|参考[:：])[^。]{1,60}$"
            // a bracketed caption that only names the copy: 「（原契約）」「【変更前の特記事項】」「（参考）」
            + "|^[(【〔\\[](?:参考|原契約(?:書|の写し|の条文|条文|抜粋|\\(抜粋\\)|\\(写し?\\))?|(?:変更前|改正前)の[^()【】〔〕\\[\\]。]{1,20})[)】〕\\]]$|^[^。、]{0,40}原\\s*契\\s*約[^。、]{0,30}(?:\\(写し?\\)|写し?)$");
    /** A part heading in brackets: 「【別添】サービス約款（抜粋）」「〔別紙〕」「[特記事項]」「《仕様書》」 (group 1 inside, 2 after). */
    private static final Pattern BRACKET_MARK = Pattern.compile("^[【〔\\[《]\\s*([^【】〔〕\\[\\]《》]{1,34}?)\\s*[】〕\\]》]\\s*(.*)$");
    private static final Pattern PART_MARK = Pattern.compile("^(?:" + jp.itaku.contract.verification.clause.Vocabulary.alternation("part-mark") + ")$");
    private static final Pattern NUMBERED_ATTACHMENT = Pattern.compile("^(別記|別紙|別添|別表|別冊)\\s*(\\d{0,2})$");
    private static final Pattern BODY_MARK = Pattern.compile("^(?:" + jp.itaku.contract.verification.clause.Vocabulary.alternation("body-mark") + ")$");
    private static final Pattern HEADING_LINE = Pattern.compile("^[(【〔\\[]([^()【】〔〕]{1,40})[)】〕\\]]$");
    private static final Pattern CHAPTER = Pattern.compile("^第\\s*\\d+\\s*[章節款](\\s.*|[^。]*)?$");

    private static final Pattern L_ARTICLE = Pattern.compile("^第\\s*(\\d+)\\s*条(?:\\s*の\\s*(\\d+))?");
    private static final Pattern L_TOKKI = Pattern.compile("^第\\s*(\\d+)(?=\\s|[(【]|$)");
    /** A section number of a 仕様書 (「5.6　管理状況の確認」「2.3.1」): a numbered unit, like 「5.」. */
    private static final Pattern L_SECTION = Pattern.compile("^(\\d{1,3})(?:[.．]\\d{1,3}){1,3}(?=\\s|$)");
    private static final Pattern L_DOTNUM = Pattern.compile("^(\\d{1,3})\\s*[.．](?!\\d)");
    private static final Pattern L_NUM = Pattern.compile("^(\\d{1,3})(?=\\s)");
    private static final Pattern L_PAREN = Pattern.compile("^[(]\\s*(\\d{1,3}|[一二三四五六七八九十]+|[ア-ン])\\s*[)]");
    private static final Pattern L_CIRCLED = Pattern.compile("^([①-⑳])");
    private static final Pattern L_KANJI = Pattern.compile("^([一二三四五六七八九十]{1,3})(?:(?=\\s)|、|\\.)");
    private static final Pattern L_KATA = Pattern.compile("^([アイウエオカキクケコサシスセソタチツテト])(?=\\s)");
    /** 「【20】派遣終了時の…」: a numbered field of a form; it never continues the line before. */
    private static final Pattern FIELD_LABEL = Pattern.compile("^【[^】]{1,12}】");
    private static final Pattern INLINE_HEADING = Pattern.compile("^\\s*[(【〔]([^()【】〔〕。]{1,40})[)】〕]");
    private static final Pattern UNNUMBERED_ITEM = Pattern.compile("(とき|場合|こと|者)。?$");
    /** 「・名簿は…使いません。」: a bulleted line, an item of the lead sentence before it whatever its ending (plain drafts). */
    private static final Pattern BULLET_ITEM = Pattern.compile("^[・●○■□◆◇▪](?=\\S)");
    private static final Pattern DELETED = Pattern.compile("[(]?削除[)]?。?");
    private static final Pattern PREDICATE_END = Pattern.compile("(とき|場合|こと|もの|する|した|しない|ない|ある|いる|る|た|う|す|。)$");

    private DocumentParser() {
    }

    private record Label(Unit.LabelType type, String text, int number, int end) {
    }

    public static ParsedDocument parse(String original) {
        // ---- split lines
        List<int[]> bounds = new ArrayList<>();
        int n = original.length();
        int ls = 0;
        for (int i = 0; i < n; i++) {
            char c = original.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f') {
                bounds.add(new int[]{ls, i});
                if (c == '\r' && i + 1 < n && original.charAt(i + 1) == '\n') {
                    i++;
                }
                ls = i + 1;
            }
        }
        bounds.add(new int[]{ls, n});
        List<Boolean> cells = new ArrayList<>();
        bounds = RevisionLayout.splitCells(original, bounds, cells);
        int lineCount = bounds.size();
        NLine[] nl = new NLine[lineCount];
        String[] trimmed = new String[lineCount];
        boolean[] indent = new boolean[lineCount];
        int[] lead = new int[lineCount];
        Map<String, Integer> counts = new HashMap<>();
        String title = null;
        for (int i = 0; i < lineCount; i++) {
            int[] b = bounds.get(i);
            nl[i] = CharNormalizer.normalize(original, b[0], b[1]);
            String s = nl[i].s;
            int a = 0;
            while (a < s.length() && s.charAt(a) == ' ') {
                a++;
            }
            lead[i] = a;
            indent[i] = a > 0;
            trimmed[i] = s.strip();
            if (!trimmed[i].isEmpty() && trimmed[i].length() < 60) {
                counts.merge(trimmed[i], 1, Integer::sum);
                if (title == null && !FOOTER.matcher(trimmed[i]).matches()) {
                    title = trimmed[i];
                }
            }
        }
        // ---- page footers and running headers
        boolean[] drop = new boolean[lineCount];
        boolean[] pageBreak = new boolean[lineCount];
        for (int i = 0; i < lineCount; i++) {
            String t = trimmed[i];
            if (!t.isEmpty() && t.length() <= 16 && FOOTER.matcher(t).matches()) {
                drop[i] = true;
                pageBreak[i] = true;
                int j = i + 1;
                while (j < lineCount && trimmed[j].isEmpty()) {
                    j++;
                }
                if (j < lineCount && isRunningHeader(trimmed[j], counts, title)) {
                    drop[j] = true;
                }
                int k = i - 1;
                while (k >= 0 && trimmed[k].isEmpty()) {
                    k--;
                }
                if (k >= 0 && k != 0 && isRunningHeader(trimmed[k], counts, title) && !trimmed[k].equals(title)) {
                    drop[k] = true; // running footer text just above the page number
                }
            }
        }
        // ---- build units
        Buf buf = new Buf(n + 16);
        StringBuilder sb = buf.sb;
        List<Unit> units = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        Part part = new Part("", title);
        parts.add(part);
        RevisionLayout layout = new RevisionLayout();
        layout.newPart(title);
        Article article = null;
        Unit unit = null;
        String pendingHeading = null;
        boolean blankSince = false;
        boolean breakSince = false;
        boolean awaitingAttachmentTitle = false;
        boolean seenArticle = false;
        Unit lastLead = null;

        for (int i = 0; i < lineCount; i++) {
            if (drop[i]) {
                if (pageBreak[i]) {
                    breakSince = true;
                }
                continue;
            }
            String t = trimmed[i];
            if (t.isEmpty()) {
                blankSince = true;
                continue;
            }
            lines.add(t);
            NLine line = nl[i];
            // a part heading in brackets: 【別記】…, 〔別紙〕, 《仕様書》, 【契約書本文】
            Matcher bm = t.length() <= 60 && t.length() >= 3 && isOpenBracket(t.charAt(0)) ? BRACKET_MARK.matcher(t) : null;
            if (bm != null && bm.matches() && !REFERENCE_TITLE.matcher(t).matches()) {
                String inner = bm.group(1).strip();
                String rest = bm.group(2).strip();
                if (rest.startsWith("「") && rest.endsWith("」")) {
                    rest = rest.substring(1, rest.length() - 1);
                }
                if (rest.isEmpty() && BODY_MARK.matcher(inner).matches()) {
                    // the contract's own body: a caption before the first article, a return to the body after an attachment
                    if (seenArticle && part != parts.get(0)) {
                        part = parts.get(0);
                        layout.newPart(part.title);
                        article = null;
                    }
                    unit = null;
                    pendingHeading = null;
                    lastLead = null;
                    awaitingAttachmentTitle = false;
                    blankSince = false;
                    breakSince = false;
                    continue;
                }
                if (seenArticle && rest.indexOf('。') < 0 && PART_MARK.matcher(inner).matches()) {
                    Matcher na = NUMBERED_ATTACHMENT.matcher(inner);
                    String name = na.matches() ? na.group(1) + na.group(2) : "別添";
                    String partTitle = na.matches() ? (rest.isEmpty() ? null : rest) : rest.isEmpty() ? inner : inner + " " + rest;
                    part = new Part(name, partTitle);
                    parts.add(part);
                    layout.newPart(part.title);
                    article = null;
                    unit = null;
                    pendingHeading = null;
                    lastLead = null;
                    awaitingAttachmentTitle = part.title == null;
                    blankSince = false;
                    breakSince = false;
                    continue;
                }
            }
            // attachments
            Matcher am = ATTACHMENT.matcher(t);
            if (am.matches() && t.length() <= 40 && seenArticle) {
                String name = am.group(1) + am.group(2);
                String sameLineTitle = t.substring(am.end(2)).strip();
                if (sameLineTitle.startsWith("「") && sameLineTitle.endsWith("」")) {
                    sameLineTitle = sameLineTitle.substring(1, sameLineTitle.length() - 1);
                }
                part = new Part(name, sameLineTitle.isEmpty() ? null : sameLineTitle);
                parts.add(part);
                layout.newPart(part.title);
                article = null;
                unit = null;
                pendingHeading = null;
                awaitingAttachmentTitle = part.title == null;
                blankSince = false;
                breakSince = false;
                continue;
            }
            if (awaitingAttachmentTitle && !cells.get(i) && t.length() <= 50 && t.indexOf('。') < 0 && parseLabel(line, lead[i]) == null
                    && !HEADING_LINE.matcher(t).matches()) {
                part.title = t;
                layout.newPart(t);
                awaitingAttachmentTitle = false;
                continue;
            }
            awaitingAttachmentTitle = false;
            boolean reference = seenArticle && t.length() <= 60 && REFERENCE_TITLE.matcher(t).matches();
            if (seenArticle && (reference || (endsAsAttachmentTitle(t) && ATTACHMENT_TITLE.matcher(t).matches()))
                    && parseLabel(line, lead[i]) == null
                    && (unit == null || endsSentence(sb, unit) || blankSince)) {
                part = new Part(reference ? "参考" : "別添", t);
                parts.add(part);
                layout.newPart(t);
                article = null;
                unit = null;
                pendingHeading = null;
                continue;
            }
            RevisionLayout.Line rev = layout.read(t, cells.get(i));
            if (rev.head()) {
                // 「変更後」「【改正前】」: a column or block head, no text of its own
                unit = null;
                pendingHeading = null;
                lastLead = null;
                blankSince = false;
                continue;
            }
            Unit.Version version = rev.version();
            if (unit != null && unit.version != version) {
                unit = null; // the other column's wording never continues this one's sentence
                lastLead = null;
            }
            int from = lead[i] + rev.prefix();
            if (rev.prefix() > 0) {
                t = t.substring(rev.prefix()).strip();
            }
            Matcher hm = HEADING_LINE.matcher(t);
            if (hm.matches()) {
                pendingHeading = hm.group(1).strip();
                unit = null;
                blankSince = false;
                breakSince = false;
                continue;
            }
            if (CHAPTER.matcher(t).matches()) {
                unit = null;
                continue;
            }
            Label label = parseLabel(line, from);
            if (label != null) {
                if (label.type == Unit.LabelType.ARTICLE) {
                    part.articleType = Unit.LabelType.ARTICLE;
                } else if (part.articleType == null && label.type != Unit.LabelType.CIRCLED
                        && label.type != Unit.LabelType.KATA) {
                    part.articleType = label.type;
                }
                int restStart = label.end;
                String heading = null;
                Matcher ih = INLINE_HEADING.matcher(line.s).region(restStart, line.length());
                ih.useTransparentBounds(true).useAnchoringBounds(true);
                if (ih.lookingAt()) {
                    heading = ih.group(1).strip();
                    restStart = ih.end();
                } else {
                    String rest = line.s.substring(restStart).strip();
                    // a numbered item under a lead sentence that introduces a list of matters is the lead's content,
                    // not a heading, however short
                    boolean itemOfLead = lastLead != null && itemOf(lastLead, label, unit)
                            && label.type != Unit.LabelType.ARTICLE && label.type != part.articleType;
                    // 「2　委託者　東西県（以下「県」という。）」 defines a party: body text, not a heading
                    // 「第10　削除」: a deleted clause's text, not its heading (the new wording of an amendment)
                    if (!itemOfLead && !rest.isEmpty() && rest.length() <= 25 && rest.indexOf('、') < 0 && !rest.contains("以下「")
                            && !DELETED.matcher(rest).matches()
                            && !PREDICATE_END.matcher(rest).find() && nextStartsBody(trimmed, drop, i)) {
                        heading = rest;
                        restStart = line.length();
                    } else {
                        // 「17 契約解除に当たって講ずる措置 甲は、…」: a heading separated from the body by a space
                        int a = restStart;
                        while (a < line.length() && line.s.charAt(a) == ' ') {
                            a++;
                        }
                        int sp = line.s.indexOf(' ', a);
                        if (sp > a + 1 && sp - a <= 30 && sp + 1 < line.length()) {
                            String seg = line.s.substring(a, sp);
                            if (!seg.matches(".*[、。()「」0-9,].*") && !PREDICATE_END.matcher(seg).find()) {
                                heading = seg;
                                restStart = sp + 1;
                            }
                        }
                    }
                }
                boolean leadsItem = lastLead != null && itemOf(lastLead, label, unit);
                boolean articleLevel = label.type == Unit.LabelType.ARTICLE || label.type == part.articleType;
                if (articleLevel) {
                    article = new Article(part, label.text, label.number, heading != null ? heading : pendingHeading);
                    part.articles.add(article);
                    seenArticle = true;
                    unit = newUnit(units, part, article, Unit.LabelType.NONE, null, buf, bounds.get(i)[0]);
                    unit.version = version;
                    lastLead = null;
                } else {
                    if (article == null) {
                        article = new Article(part, part.isMain() ? "前文" : "", -1, null);
                        part.articles.add(article);
                    }
                    unit = newUnit(units, part, article, label.type, label.text, buf, bounds.get(i)[0]);
                    unit.heading = heading;
                    unit.version = version;
                }
                pendingHeading = null;
                // item of a "次の各号" lead?
                if (leadsItem && lastLead != null && unit.article == lastLead.article) {
                    unit.lead = lastLead;
                } else {
                    lastLead = null;
                }
                append(buf, line, restStart);
                unit.nEnd = buf.len;
                if (isLeadSentence(sb, unit)) {
                    lastLead = unit;
                }
            } else {
                char first = t.charAt(0);
                boolean closes = first == ')' || first == '」' || first == '』' || first == '、' || first == '。' || first == '】';
                boolean field = FIELD_LABEL.matcher(t).lookingAt();
                boolean join = unit != null && (unit.nEnd == unit.nStart
                        || ((closes || !endsSentence(sb, unit)) && (!blankSince || breakSince) && !field));
                if (!join) {
                    if (pendingHeading != null && (article == null || !article.units.isEmpty())) {
                        // a heading line followed by an unnumbered paragraph (e.g. Word's automatic numbering lost
                        // in extraction): the heading names a new article
                        article = new Article(part, "（" + pendingHeading + "）", -1, pendingHeading);
                        part.articles.add(article);
                        lastLead = null;
                    } else if (article == null) {
                        article = new Article(part, part.isMain() ? "前文" : "", -1, null);
                        part.articles.add(article);
                    } else if (pendingHeading != null && article.heading == null) {
                        article.heading = pendingHeading;
                    }
                    pendingHeading = null;
                    Unit leadOfItem = lastLead != null && lastLead.article == article
                            && (UNNUMBERED_ITEM.matcher(t).find() || BULLET_ITEM.matcher(t).lookingAt())
                            ? lastLead : null;
                    unit = newUnit(units, part, article, Unit.LabelType.NONE, null, buf, bounds.get(i)[0]);
                    unit.version = version;
                    if (leadOfItem != null) {
                        unit.lead = leadOfItem; // 「…次の各号…」 followed by items whose numbers were lost
                    } else {
                        lastLead = null;
                    }
                }
                if (join && unit.nEnd - unit.nStart >= 2 && from < line.length()) {
                    // hyphenation from text extraction: "con-" + "tract" → "contract"
                    char last = sb.charAt(buf.len - 1);
                    char before = sb.charAt(buf.len - 2);
                    char next = line.s.charAt(from);
                    if ((last == '-' || last == '\u00AD') && isAsciiLetter(before) && next >= 'a' && next <= 'z') {
                        buf.dropLast();
                    }
                }
                append(buf, line, from);
                unit.nEnd = buf.len;
                if (isLeadSentence(sb, unit)) {
                    lastLead = unit;
                }
            }
            blankSince = false;
            breakSince = false;
        }
        return new ParsedDocument(original, sb.toString(), Arrays.copyOf(buf.os, buf.len), Arrays.copyOf(buf.oe, buf.len), units,
                parts, title, lines);
    }

    /** The words ATTACHMENT_TITLE ends with: a cheap test before the regex, which backtracks over the whole line. */
    private static final String[] ATTACHMENT_TITLE_ENDS = ATTACHMENT_TITLE_WORDS.replace("\\", "").split("\\|");

    private static boolean endsAsAttachmentTitle(String t) {
        for (String e : ATTACHMENT_TITLE_ENDS) {
            if (t.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOpenBracket(char c) {
        return c == '【' || c == '〔' || c == '[' || c == '《';
    }

    private static boolean isRunningHeader(String t, Map<String, Integer> counts, String title) {
        if (t.isEmpty() || t.length() > 60 || t.indexOf('。') >= 0) {
            return false;
        }
        return counts.getOrDefault(t, 0) >= 2 || t.equals(title)
                || (title != null && t.length() >= 4 && (t.startsWith(title) || title.startsWith(t)));
    }

    private static boolean nextStartsBody(String[] trimmed, boolean[] drop, int i) {
        for (int j = i + 1; j < trimmed.length; j++) {
            if (drop[j]) {
                continue;
            }
            return true; // a heading-like rest is a heading whatever follows (body or next label)
        }
        return true;
    }

    private static int rank(Unit.LabelType t) {
        return switch (t) {
            case PAREN, KANJI, DOTNUM -> 2;
            case KATA -> 3;
            default -> 1;
        };
    }

    /**
     * Whether a labelled line is an item of the lead sentence before it: a lower-ranked label ((1), ア under an article
     * or paragraph), or circled numbers under a lead that is not itself circled — ① opens the lead's list and ②③
     * continue it while they follow its items (circled numbers also number paragraphs, so only right after a lead).
     */
    private static boolean itemOf(Unit lead, Label label, Unit prev) {
        if (rank(label.type) > rank(lead.labelType)) {
            return true;
        }
        return label.type == Unit.LabelType.CIRCLED && lead.labelType != Unit.LabelType.CIRCLED
                && (label.number == 1 ? prev == lead : prev != null && prev.lead == lead && prev.labelType == Unit.LabelType.CIRCLED);
    }

    private static boolean isLeadSentence(StringBuilder sb, Unit u) {
        int from = u.nStart;
        int to = u.nEnd;
        if (to - from < 4) {
            return false;
        }
        String s = sb.substring(Math.max(from, to - 200), to); // the tail only: keeps parsing linear
        return s.contains("各号") || s.contains("次のいずれか") || s.contains("次に掲げる") || s.contains("次の事項")
                || s.endsWith(":") || s.endsWith("。") && s.contains("次の");
    }

    private static boolean endsSentence(StringBuilder sb, Unit u) {
        if (u.nEnd <= u.nStart) {
            return false;
        }
        char c = sb.charAt(u.nEnd - 1);
        return c == '。' || c == ':' || c == '」' && u.nEnd - u.nStart < 3;
    }

    private static final class Buf {
        final StringBuilder sb;
        int[] os;
        int[] oe;
        int len;

        Buf(int cap) {
            sb = new StringBuilder(cap);
            os = new int[cap];
            oe = new int[cap];
        }

        void dropLast() {
            len--;
            sb.setLength(len);
        }

        void add(char c, int s, int e) {
            if (len == os.length) {
                os = Arrays.copyOf(os, len * 2 + 16);
                oe = Arrays.copyOf(oe, len * 2 + 16);
            }
            sb.append(c);
            os[len] = s;
            oe[len] = e;
            len++;
        }
    }

    private static Unit newUnit(List<Unit> units, Part part, Article article, Unit.LabelType type, String label,
                                Buf buf, int origPos) {
        if (buf.len > 0) {
            buf.add('\n', origPos, origPos);
        }
        Unit u = new Unit(part, article, type, label, units.size());
        u.nStart = buf.len;
        u.nEnd = buf.len;
        units.add(u);
        article.units.add(u);
        return u;
    }

    /** Appends line[from..] to the body, dropping spaces except between two ASCII letters/digits. */
    private static void append(Buf buf, NLine line, int from) {
        String s = line.s;
        StringBuilder sb = buf.sb;
        for (int k = from; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == ' ') {
                if (buf.len > 0 && k + 1 < s.length() && isAsciiAlnum(sb.charAt(sb.length() - 1))
                        && isAsciiAlnum(s.charAt(k + 1))) {
                    // keep one space between latin words
                } else {
                    continue;
                }
            }
            // hyphenation at line end: "con-" + "tract" is handled by keeping the hyphen; harmless for Japanese
            buf.add(c, line.start[k], line.end[k]);
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** The first characters of the L_* label patterns (keep in step with them): 第, digits, (, ①-⑳, 一-十, ア-ト. */
    private static boolean mayStartLabel(char c) {
        return c == '第' || (c >= '0' && c <= '9') || c == '(' || (c >= '①' && c <= '⑳') || "一二三四五六七八九十".indexOf(c) >= 0
                || "アイウエオカキクケコサシスセソタチツテト".indexOf(c) >= 0;
    }

    private static Label parseLabel(NLine line, int from) {
        if (from < line.length() && !mayStartLabel(line.s.charAt(from))) {
            return null; // no label pattern below can start with this character
        }
        String s = line.s.substring(from);
        Matcher m;
        if ((m = L_ARTICLE.matcher(s)).lookingAt()) {
            String lab = "第" + m.group(1) + "条" + (m.group(2) != null ? "の" + m.group(2) : "");
            return new Label(Unit.LabelType.ARTICLE, lab, Integer.parseInt(m.group(1)), from + m.end());
        }
        if ((m = L_TOKKI.matcher(s)).lookingAt()) {
            return new Label(Unit.LabelType.TOKKI, "第" + m.group(1), Integer.parseInt(m.group(1)), from + m.end());
        }
        if ((m = L_SECTION.matcher(s)).lookingAt()) {
            return new Label(Unit.LabelType.DOTNUM, m.group(), -1, from + m.end());
        }
        if ((m = L_DOTNUM.matcher(s)).lookingAt()) {
            return new Label(Unit.LabelType.DOTNUM, m.group(1) + ".", Integer.parseInt(m.group(1)), from + m.end());
        }
        if ((m = L_NUM.matcher(s)).lookingAt()) {
            return new Label(Unit.LabelType.NUM, m.group(1), Integer.parseInt(m.group(1)), from + m.end());
        }
        if ((m = L_PAREN.matcher(s)).lookingAt()) {
            String g = m.group(1);
            int num = Character.isDigit(g.charAt(0)) ? Integer.parseInt(g) : -1;
            return new Label(Unit.LabelType.PAREN, "(" + g + ")", num, from + m.end());
        }
        if ((m = L_CIRCLED.matcher(s)).lookingAt()) {
            return new Label(Unit.LabelType.CIRCLED, m.group(1), m.group(1).charAt(0) - '①' + 1, from + m.end());
        }
        if ((m = L_KANJI.matcher(s)).lookingAt()) {
            return new Label(Unit.LabelType.KANJI, m.group(1), CharNormalizer.kanjiToInt(m.group(1)), from + m.end());
        }
        if ((m = L_KATA.matcher(s)).lookingAt()) {
            return new Label(Unit.LabelType.KATA, m.group(1), -1, from + m.end());
        }
        return null;
    }
}
