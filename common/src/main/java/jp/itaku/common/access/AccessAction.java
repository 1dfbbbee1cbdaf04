package jp.itaku.common.access;

/** What a caller did with records that carry personal information (guideline 第6-3). */
public enum AccessAction {
    READ("閲覧"),
    LIST("一覧"),
    EXPORT("出力"),
    DOWNLOAD("ダウンロード"),
    CREATE("登録"),
    UPDATE("更新"),
    DELETE("削除");

    private final String label;

    AccessAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A change commits together with its record; a read is recorded in a transaction of its own. */
    public boolean isChange() {
        return this == CREATE || this == UPDATE || this == DELETE;
    }

    /** Counts towards the per-user daily bulk-download threshold (S3). */
    public boolean countsAsDownload() {
        return this == EXPORT || this == DOWNLOAD;
    }
}
