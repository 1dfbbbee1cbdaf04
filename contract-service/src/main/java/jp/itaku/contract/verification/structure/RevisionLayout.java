package jp.itaku.contract.verification.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.itaku.contract.verification.clause.Vocabulary;

/**
 * Old and new wording set side by side by an amendment: a 新旧対照表 (its columns as blocks, as rows split by tabs or
 * bars, or flattened into alternating cells), 「変更前」/「変更後」 headings over blocks, and lines prefixed 「改正前：」.
 * Tells the parser, line by line, which wording a line belongs to ({@link Unit.Version}); the old wording is then out of
 * force ({@code clause/Amendments}). Head words are data (vocabulary/revision-old.txt, revision-new.txt).
 */
final class RevisionLayout {

    private static final String OLD = Vocabulary.alternation("revision-old");
    private static final String NEW = Vocabulary.alternation("revision-new");
    private static final String WORD = "(" + OLD + "|" + NEW + ")(?:の?(?:条文|規定|内容|文言|規定内容))?";
    /** A line that is only one or two heads: 「変更後」「【改正前】」「変更後 変更前」「改正後|改正前」. */
    private static final Pattern HEAD_LINE = Pattern.compile(
            "^[\\[【〔(<]?\\s*" + WORD + "\\s*[\\]】〕)>]?(?:\\s*[|｜/・]?\\s*[\\[【〔(<]?\\s*" + WORD + "\\s*[\\]】〕)>]?)?$");
    /** A head before the clause on the same line: 「【改正後】第11 …」「変更前：第5条 …」「改正前　第5条…」. */
    private static final Pattern HEAD_PREFIX = Pattern.compile(
            "^(?:[\\[【〔(<]\\s*" + WORD + "\\s*[\\]】〕)>]\\s*[:：]?|" + WORD + "\\s*[:：]|" + WORD + "\\s+(?=第\\s*\\d))\\s*");
    private static final Pattern OLD_WORD = Pattern.compile("^(?:" + OLD + ")");
    private static final Pattern CLAUSE_LABEL = Pattern.compile("^第\\s*(\\d+)\\s*(条(?:\\s*の\\s*\\d+)?)?");
    private static final Pattern HEADING = Pattern.compile("^[(【〔\\[][^()【】〔〕]{1,40}[)】〕\\]]$");
    /** A cell of its own in a comparison table: 「（削除）」「（新設）」「（略）」「同左」. */
    private static final Pattern MARKER = Pattern.compile("^[(]?(?:削除|新設|略|同左|同右|省略)[)]?$");
    private static final Pattern OPERATION = Vocabulary.pattern("amendment-operation");
    /** Where a comparison table's columns may be separated on one line. */
    private static final Pattern COLUMN_GAP = Pattern.compile("\\t+|\\s*[|｜]\\s*|[ \\u3000]{3,}");
    private static final Pattern TABLE_TITLE = Pattern.compile("対照表");
    private static final Pattern TABLE_END = Pattern.compile("^[\\s\\u3000]*(?:別記|別紙|別添|別表|[(（【〔]参考)");

    /** The version of a line and how many leading chars (of the trimmed line) a head prefix takes. */
    record Line(boolean head, Unit.Version version, int prefix) {
    }

    private boolean comparison;
    private Unit.Version block = Unit.Version.ORIGINAL;
    private String blockLabel;
    private Unit.Version[] order;
    private int col = -1;
    private Unit.Version pendingHead;
    private int headingRun;

    /** A new part starts: a comparison table when its title says so; any block ends. */
    void newPart(String title) {
        comparison = title != null && TABLE_TITLE.matcher(title).find();
        block = Unit.Version.ORIGINAL;
        blockLabel = null;
        order = null;
        col = -1;
        pendingHead = null;
        headingRun = 0;
    }

    /** Reads one (trimmed, normalised) line; {@code cell}: the line is one cell of a row split at column gaps. */
    Line read(String t, boolean cell) {
        Matcher h = HEAD_LINE.matcher(t);
        if (h.matches() && allowed(h.group(1)) && (h.group(2) == null || allowed(h.group(2)))) {
            Unit.Version first = versionOf(h.group(1));
            if (h.group(2) != null) {
                order = new Unit.Version[]{first, versionOf(h.group(2))};
                col = -1;
                block = Unit.Version.ORIGINAL;
                pendingHead = null;
            } else if (pendingHead != null && pendingHead != first) {
                // two heads in a row with nothing between: the header of two columns flattened into alternating cells
                order = new Unit.Version[]{pendingHead, first};
                col = -1;
                block = Unit.Version.ORIGINAL;
                pendingHead = null;
            } else {
                order = null;
                block = first;
                blockLabel = null;
                pendingHead = first;
            }
            headingRun = 0;
            return new Line(true, block, 0);
        }
        pendingHead = null;
        int prefix = 0;
        Matcher p = HEAD_PREFIX.matcher(t);
        if (p.lookingAt() && p.end() < t.length()) {
            String w = p.group(1) != null ? p.group(1) : p.group(2) != null ? p.group(2) : p.group(3);
            if (allowed(w)) {
                order = null;
                block = versionOf(w);
                blockLabel = null;
                prefix = p.end();
            }
        }
        String rest = t.substring(prefix);
        Matcher label = CLAUSE_LABEL.matcher(rest);
        boolean labelled = label.lookingAt();
        boolean heading = HEADING.matcher(rest).matches();
        if (order != null) {
            boolean start = cell || MARKER.matcher(rest).matches() || heading || (labelled && headingRun != 1);
            if (start) {
                col = (col + 1) % order.length;
            }
            headingRun = heading ? headingRun + 1 : 0;
            return new Line(false, order[Math.max(col, 0)], prefix);
        }
        headingRun = 0;
        if (block != Unit.Version.ORIGINAL && prefix == 0 && !comparison) {
            // outside a comparison table a block ends at the next amendment operation or at another clause's label
            if (OPERATION.matcher(rest).find()) {
                block = Unit.Version.ORIGINAL;
            } else if (labelled) {
                String key = label.group(1) + (label.group(2) == null ? "" : label.group(2).replace(" ", ""));
                if (blockLabel == null) {
                    blockLabel = key;
                } else if (!blockLabel.equals(key)) {
                    block = Unit.Version.ORIGINAL;
                }
            }
        } else if (labelled && blockLabel == null) {
            blockLabel = label.group(1) + (label.group(2) == null ? "" : label.group(2).replace(" ", ""));
        }
        return new Line(false, block, prefix);
    }

    private boolean allowed(String word) {
        // the one-character 新/旧 and 現行 are heads only inside a comparison table
        return comparison || (word.length() > 1 && !word.equals("現行"));
    }

    private static Unit.Version versionOf(String word) {
        return OLD_WORD.matcher(word).lookingAt() ? Unit.Version.OLD : Unit.Version.NEW;
    }

    /** A line that is only two or more column heads separated by column gaps (「変更後　　　　変更前」). */
    private static boolean columnHeader(String trimmed) {
        if (!mayHaveColumnGap(trimmed)) {
            return false; // one column holds at most one head
        }
        String[] cols = COLUMN_GAP.split(trimmed);
        int heads = 0;
        for (String c : cols) {
            if (c.isBlank()) {
                continue;
            }
            Matcher h = HEAD_LINE.matcher(c.strip());
            if (!h.matches() || h.group(1).length() < 2) {
                return false;
            }
            heads++;
        }
        return heads >= 2;
    }

    /** Implied by {@link #COLUMN_GAP}: a tab, a bar, or three spaces (ASCII or ideographic) in a row. */
    private static boolean mayHaveColumnGap(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '|' || c == '｜') {
                return true;
            }
            run = c == ' ' || c == '\u3000' ? run + 1 : 0;
            if (run >= 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line bounds with the rows of a comparison table split into their cells (a tab, a bar or a wide run of
     * spaces between the columns), from a line naming a 対照表 up to the next attachment; {@code cells} receives, per
     * returned line, whether it is one cell of a split row.
     */
    static List<int[]> splitCells(String original, List<int[]> bounds, List<Boolean> cells) {
        List<int[]> out = new ArrayList<>(bounds.size());
        boolean table = false;
        for (int[] b : bounds) {
            String line = original.substring(b[0], b[1]);
            String trimmed = line.strip();
            if (trimmed.length() <= 40 && TABLE_TITLE.matcher(trimmed).find()) {
                table = true;
            } else if (TABLE_END.matcher(line).lookingAt()) {
                table = false;
            } else if (!table && columnHeader(trimmed)) {
                table = true; // 「変更後の規定　　　　変更前の規定」: a table whose title does not say 対照表
            }
            if (!table || trimmed.isEmpty()) {
                out.add(b);
                cells.add(false);
                continue;
            }
            int lead = line.indexOf(trimmed);
            Matcher g = COLUMN_GAP.matcher(line).region(lead, lead + trimmed.length());
            List<int[]> pieces = new ArrayList<>();
            int from = b[0] + lead;
            while (g.find()) {
                int s = b[0] + g.start();
                if (s > from) {
                    pieces.add(new int[]{from, s});
                }
                from = b[0] + g.end();
            }
            if (from < b[0] + lead + trimmed.length()) {
                pieces.add(new int[]{from, b[0] + lead + trimmed.length()});
            }
            if (pieces.size() <= 1) {
                out.add(b);
                cells.add(false);
                continue;
            }
            for (int[] piece : pieces) {
                out.add(piece);
                cells.add(true);
            }
        }
        return out;
    }
}
