package jp.itaku.contract.ledger;

import jp.itaku.common.security.Roles;

import java.util.Set;

/**
 * The events of the ledger that the guideline names (第5-8 台帳, with 第8-4 C3 and C5), and who may record each: a
 * copy or transfer is authorised by the agency; media movements are recorded by the agency's officer or by the
 * contractor that moved them.
 */
public enum LedgerEventKind {
    COPY_AUTHORISED("複製・送信の許可", Set.of(Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER)),
    MEDIA_TAKEN_OUT("媒体の持出し", Set.of(Roles.PROCUREMENT_OFFICER, Roles.CONTRACTOR)),
    MEDIA_RETURNED("媒体の返却", Set.of(Roles.PROCUREMENT_OFFICER, Roles.CONTRACTOR)),
    MEDIA_ERASED("媒体・情報の消去", Set.of(Roles.PROCUREMENT_OFFICER, Roles.CONTRACTOR));

    public final String label;

    /** The roles that may record this kind of event. */
    public final Set<String> recordedBy;

    LedgerEventKind(String label, Set<String> recordedBy) {
        this.label = label;
        this.recordedBy = recordedBy;
    }
}
