package jp.itaku.common.mail;

/** How a person wants Itaku's notices: each at once, or all of a day in one mail the next morning. */
public enum Delivery {
    /** 都度送信 — one mail per notice, as soon as it is due. */
    IMMEDIATE("都度送信"),
    /** 日次まとめ — one mail a day listing every notice since the last one. */
    DAILY_DIGEST("1日1回まとめて送信");

    public final String label;

    Delivery(String label) {
        this.label = label;
    }
}
