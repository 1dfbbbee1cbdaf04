package jp.itaku.common.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain over a tenant's access records: {@code hash = SHA-256(prevHash | seq | SHA-256(canonical fields))}, the first
 * record's {@code prevHash} being {@link #GENESIS} (or the hash a pruning checkpoint kept). Changing, removing or
 * inserting a row breaks the chain at that row. Plain Java: the service, the auditor endpoint and
 * {@code ./itaku audit verify} compute it the same way.
 */
public final class AccessChain {

    public static final String GENESIS = "0".repeat(64);

    private AccessChain() {
    }

    /** The record's link: {@code SHA-256(prevHash | seq | contentHash)}. */
    public static String hash(AccessRecord r) {
        return link(r.prevHash(), r.seq(), contentHash(r));
    }

    /**
     * The chain link over ASCII only, so that the database can compute it in the same statement that places the
     * record (jp.itaku.common.access.AccessRecordStore#append): one round trip per record.
     */
    public static String link(String prevHash, long seq, String contentHash) {
        return sha256(prevHash + "|" + seq + "|" + contentHash);
    }

    /** SHA-256 over every field but the chain's own ({@code seq}, {@code prevHash}, {@code hash}). */
    public static String contentHash(AccessRecord r) {
        StringBuilder s = new StringBuilder(512);
        field(s, r.id() == null ? null : r.id().toString());
        field(s, r.tenantId());
        field(s, r.recordedAt() == null ? null : r.recordedAt().toString());
        field(s, r.service());
        field(s, r.userId());
        field(s, r.userName());
        field(s, r.displayName());
        field(s, r.roles());
        field(s, r.orgCode());
        field(s, r.action());
        field(s, r.resourceType());
        field(s, r.resourceIds());
        field(s, r.path());
        field(s, r.query());
        field(s, Integer.toString(r.rowCount()));
        field(s, r.outcome());
        field(s, Integer.toString(r.status()));
        field(s, r.clientAddress());
        field(s, r.channel());
        field(s, Boolean.toString(r.bulk()));
        field(s, r.bulkReason());
        return sha256(s.toString());
    }

    /** Length-prefixed, so that no two different records give the same text. */
    private static void field(StringBuilder s, String value) {
        if (value == null) {
            s.append("-|");
        } else {
            s.append(value.length()).append(':').append(value).append('|');
        }
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
