package jp.itaku.contract.verification.structure;

import java.util.ArrayList;
import java.util.List;

/** The main body of the contract or one attachment (別記・別紙・別添・特記事項・仕様書). */
public final class Part {
    /** "" for the main body, else e.g. "別記", "別紙1". */
    public final String name;
    public String title;
    Unit.LabelType articleType;
    public final List<Article> articles = new ArrayList<>();

    Part(String name, String title) {
        this.name = name;
        this.title = title;
    }

    /**
     * A copy of the text before an amendment (the original contract or its 特記事項 attached after a 変更契約・覚書,
     * 「（参考）変更前の…」), as its title says: its clauses count only where the amendment leaves them alone.
     */
    public boolean isOldCopy() {
        return !isMain() && title != null && OLD_COPY.matcher(title).find() && !CONSOLIDATED.matcher(title).find();
    }

    private static final java.util.regex.Pattern OLD_COPY = jp.itaku.contract.verification.clause.Vocabulary.pattern("old-copy");
    private static final java.util.regex.Pattern CONSOLIDATED = jp.itaku.contract.verification.clause.Vocabulary.pattern("consolidated-copy");

    /** Whether {@code p} occurs in the title (remembered per pattern while the title stays the same). */
    public boolean titleFinds(java.util.regex.Pattern p) {
        if (title == null) {
            return false;
        }
        if (title != titleSeen) {
            titleFinds.clear();
            titleSeen = title;
        }
        return titleFinds.computeIfAbsent(p, k -> k.matcher(title).find());
    }

    private String titleSeen;
    private final java.util.Map<java.util.regex.Pattern, Boolean> titleFinds = new java.util.IdentityHashMap<>();

    public boolean isMain() {
        return name.isEmpty();
    }
}
