package jp.itaku.contract.verification.structure;

import java.util.ArrayList;
import java.util.List;

/** An article (条, or 第N / N. / 一 in attachments) with its heading and units. */
public final class Article {
    public final Part part;
    public final String label;
    /** Article number, or -1. */
    public final int number;
    public String heading;
    public final List<Unit> units = new ArrayList<>();

    Article(Part part, String label, int number, String heading) {
        this.part = part;
        this.label = label;
        this.number = number;
        this.heading = heading;
    }

    public String displayLabel() {
        return part.isMain() ? label : part.name + " " + label;
    }
}
