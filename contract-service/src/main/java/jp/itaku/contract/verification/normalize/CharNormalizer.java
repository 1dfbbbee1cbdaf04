package jp.itaku.contract.verification.normalize;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Character-level normalisation that keeps a map back to the original offsets: NFKC (full-width digits and letters to
 * ASCII, half-width katakana to full-width, including voiced marks written as separate half-width chars), all kinds of
 * spaces to one space, dash variants to '-', kanji numerals in article/paragraph/item numbers (第十二条 → 第12条), and
 * older writing ({@link OldStyle}: 旧字体 → 新字体, katakana okurigana → hiragana).
 */
public final class CharNormalizer {

    private static final String[] CACHE = new String[0x10000];
    private static final Pattern KANJI_REF = Pattern.compile("(第|前)\\s*([〇一二三四五六七八九十百千]+)\\s*(条|項|号)");

    private CharNormalizer() {
    }

    /** Normalises orig[from, to) (one line, no line breaks). */
    public static NLine normalize(String orig, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        int[] st = new int[to - from + 4]; // grown on the rare char that NFKC expands (㈱ → (株))
        int[] en = new int[st.length];
        int n = 0;
        boolean lastSpace = false;
        int i = from;
        while (i < to) {
            int cp = orig.codePointAt(i);
            int len = Character.charCount(cp);
            String out;
            if (isSpace(cp)) {
                if (!lastSpace) {
                    if (n + 1 > st.length) {
                        st = grow(st);
                        en = grow(en);
                    }
                    sb.append(' ');
                    st[n] = i;
                    en[n] = i + len;
                    n++;
                    lastSpace = true;
                } else {
                    en[n - 1] = i + len;
                }
                i += len;
                continue;
            }
            lastSpace = false;
            if (cp >= 0xFF61 && cp <= 0xFF9D && i + 1 < to && (orig.charAt(i + 1) == '\uFF9E' || orig.charAt(i + 1) == '\uFF9F')) {
                out = Normalizer.normalize(orig.substring(i, i + 2), Normalizer.Form.NFKC);
                len = 2;
            } else if (cp >= 0x2460 && cp <= 0x2473) {
                out = new String(Character.toChars(cp)); // keep circled numbers: they mark paragraphs
            } else if (cp < 0x10000) {
                out = nfkc((char) cp);
            } else {
                out = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
            }
            for (int k = 0; k < out.length(); k++) {
                if (n + 1 > st.length) {
                    st = grow(st);
                    en = grow(en);
                }
                sb.append(out.charAt(k));
                st[n] = i;
                en[n] = i + len;
                n++;
            }
            i += len;
        }
        if (OldStyle.katakanaOkurigana(sb)) {
            OldStyle.toHiragana(sb); // 「乙ハ…スベシ」 → 「乙は…すべし」, one char for one
        }
        NLine line = new NLine(sb.toString(), java.util.Arrays.copyOf(st, n), java.util.Arrays.copyOf(en, n));
        if (line.s.indexOf('第') >= 0 || line.s.indexOf('前') >= 0) {
            line = kanjiNumbers(line);
        }
        return line;
    }

    private static NLine kanjiNumbers(NLine line) {
        Matcher m = KANJI_REF.matcher(line.s);
        if (!m.find()) {
            return line;
        }
        StringBuilder sb = new StringBuilder(line.s.length());
        int[] st = new int[line.length() * 2 + 8];
        int[] en = new int[line.length() * 2 + 8];
        int n = 0;
        int pos = 0;
        do {
            for (int k = pos; k < m.start(2); k++) {
                sb.append(line.s.charAt(k));
                st[n] = line.start[k];
                en[n] = line.end[k];
                n++;
            }
            String digits = Integer.toString(kanjiToInt(m.group(2)));
            int s0 = line.start[m.start(2)];
            int e0 = line.end[m.end(2) - 1];
            for (int k = 0; k < digits.length(); k++) {
                sb.append(digits.charAt(k));
                st[n] = s0;
                en[n] = e0;
                n++;
            }
            pos = m.end(2);
        } while (m.find());
        for (int k = pos; k < line.length(); k++) {
            sb.append(line.s.charAt(k));
            st[n] = line.start[k];
            en[n] = line.end[k];
            n++;
        }
        return new NLine(sb.toString(), java.util.Arrays.copyOf(st, n), java.util.Arrays.copyOf(en, n));
    }

    /** 十二 → 12, 二十三 → 23, 一〇 → 10, 百五 → 105. */
    public static int kanjiToInt(String k) {
        int total = 0;
        int current = 0;
        boolean positional = k.indexOf('十') < 0 && k.indexOf('百') < 0 && k.indexOf('千') < 0;
        if (positional) {
            for (int i = 0; i < k.length(); i++) {
                total = total * 10 + digit(k.charAt(i));
            }
            return total;
        }
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            switch (c) {
                case '十' -> {
                    total += (current == 0 ? 1 : current) * 10;
                    current = 0;
                }
                case '百' -> {
                    total += (current == 0 ? 1 : current) * 100;
                    current = 0;
                }
                case '千' -> {
                    total += (current == 0 ? 1 : current) * 1000;
                    current = 0;
                }
                default -> current = digit(c);
            }
        }
        return total + current;
    }

    private static int digit(char c) {
        return switch (c) {
            case '一' -> 1;
            case '二' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> 0;
        };
    }

    public static boolean isSpace(int cp) {
        if (cp > 0x3000) {
            return cp == 0xFEFF; // above U+3000 only the BOM (Character.isWhitespace is false there): most Japanese text
        }
        return cp == ' ' || cp == '\t' || cp == 0x3000 || cp == 0xA0 || cp == 0xFEFF || cp == 0x200B || cp == '\f'
                || cp == 0x2002 || cp == 0x2003 || cp == 0x2009 || cp == 0x0B || (Character.isWhitespace(cp) && cp != '\n' && cp != '\r');
    }

    static String nfkc(char c) {
        String s = CACHE[c];
        if (s == null) {
            if (c >= 0xD800 && c <= 0xDFFF) {
                s = String.valueOf(c);
            } else {
                s = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                s = switch (s) {
                    case "\u2010", "\u2011", "\u2012", "\u2013", "\u2212", "\uFF0D" -> "-";
                    case "\u301C" -> "~";
                    default -> s;
                };
                if (s.isEmpty()) {
                    s = String.valueOf(c);
                }
                if (s.length() == 1 && OldStyle.newForm(s.charAt(0)) != s.charAt(0)) {
                    s = String.valueOf(OldStyle.newForm(s.charAt(0))); // 旧字体 → 新字体 (條 → 条)
                }
            }
            CACHE[c] = s;
        }
        return s;
    }

    private static int[] grow(int[] a) {
        return java.util.Arrays.copyOf(a, a.length * 2 + 8);
    }
}
