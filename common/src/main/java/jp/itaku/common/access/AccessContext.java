package jp.itaku.common.access;

import jakarta.enterprise.context.RequestScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * What a resource tells the recorder about the current call when the answer itself does not show it: how many rows
 * an export or a file carried ({@link #rows}), which ids it touched beyond those in the path ({@link #ids}).
 */
@RequestScoped
public class AccessContext {

    private Integer rows;
    private final List<String> ids = new ArrayList<>();
    private boolean recorded;

    /** The number of personal-information records this call returned or exported. */
    public void rows(int count) {
        this.rows = count;
    }

    public void ids(Object... more) {
        for (Object id : more) {
            if (id != null) {
                ids.add(id.toString());
            }
        }
    }

    Integer rows() {
        return rows;
    }

    List<String> ids() {
        return ids;
    }

    boolean recorded() {
        return recorded;
    }

    void markRecorded() {
        recorded = true;
    }
}
