package jp.itaku.provision.settings.model;

/**
 * The item of the provision rule a provision relies on (第2項第3号 or 第4号), with its Japanese label (the portal's form
 * offers it; the English one is in the vocabulary's labels-en.properties). The article itself depends on the agency's
 * setting ({@link LegalBasis}).
 */
public enum LegalItem {
    /** Provision to another public body that needs it for its own duties. */
    ITEM_3(3, "第3号（行政機関・独立行政法人等・地方公共団体等への提供）"),
    /** Statistics, academic research, or a clear benefit to the person and other special reasons. */
    ITEM_4(4, "第4号（それ以外の者への提供）");

    public final int number;
    public final String label;

    LegalItem(int number, String label) {
        this.number = number;
        this.label = label;
    }
}
