package jp.itaku.common.access;

/** How an attempt ended. */
public enum AccessOutcome {
    /** The data was read or the change was made. */
    ALLOWED("許可"),
    /** Refused for lack of rights or not visible to the caller (401, 403, 404). */
    DENIED("拒否"),
    /** A bulk download held back until the user confirms with a reason (428). */
    CONFIRMATION_REQUIRED("確認待ち"),
    /** Refused for another reason (bad input, conflict, error): nothing was read or changed. */
    FAILED("失敗");

    private final String label;

    AccessOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static AccessOutcome ofStatus(int status) {
        if (status < 400) {
            return ALLOWED;
        }
        if (status == 401 || status == 403 || status == 404) {
            return DENIED;
        }
        if (status == 428) {
            return CONFIRMATION_REQUIRED;
        }
        return FAILED;
    }
}
