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

    public boolean isMain() {
        return name.isEmpty();
    }
}
