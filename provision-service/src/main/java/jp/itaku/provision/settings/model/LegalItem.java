package jp.itaku.provision.settings.model;

/** The item of the provision rule a provision relies on (第2項第3号 or 第4号). */
public enum LegalItem {
    /** Provision to another public body that needs it for its own duties. */
    ITEM_3(3),
    /** Statistics, academic research, or a clear benefit to the person and other special reasons. */
    ITEM_4(4);

    public final int number;

    LegalItem(int number) {
        this.number = number;
    }
}
