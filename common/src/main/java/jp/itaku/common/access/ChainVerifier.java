package jp.itaku.common.access;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Recomputes a tenant's chain from its checkpoint (or the start) and names the first record that was altered
 * (its hash no longer matches its content), deleted (a gap in the sequence) or inserted (a row that does not link to
 * the one before), then checks every daily anchor: its signature, and that the chain still has the anchored head
 * (which catches a chain rewritten and re-hashed from an altered row onwards). Used by the auditor endpoint and by
 * {@code ./itaku audit verify}.
 */
public final class ChainVerifier {

    public enum ProblemKind { ALTERED, DELETED, INSERTED, ANCHOR_MISMATCH, ANCHOR_FORGED }

    public record Problem(ProblemKind kind, long seq, UUID recordId, String message) {
    }

    public record Report(String tenantId, boolean intact, long records, long firstSeq, long headSeq, String headHash,
                         int anchorsChecked, Problem firstProblem, Instant verifiedAt) {

        @com.fasterxml.jackson.annotation.JsonProperty("status")
        public String status() {
            return intact ? "VERIFIED" : "BROKEN";
        }
    }

    private final String anchorKey;

    public ChainVerifier(String anchorKey) {
        this.anchorKey = anchorKey;
    }

    public static List<String> tenants(Connection c) throws SQLException {
        List<String> tenants = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT tenant_id FROM audit.access_record "
                + "UNION SELECT DISTINCT tenant_id FROM audit.access_anchor ORDER BY 1");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tenants.add(rs.getString(1));
            }
        }
        return tenants;
    }

    public Report verify(Connection c, String tenant, Instant now) throws SQLException {
        AccessRecordStore.Checkpoint cp = AccessRecordStore.latestCheckpoint(c, tenant);
        List<Anchor> anchors = anchors(c, tenant);
        Map<Long, String> anchoredSeqs = new HashMap<>();
        for (Anchor a : anchors) {
            anchoredSeqs.put(a.headSeq(), null);
        }
        long startSeq = cp == null ? 1 : cp.throughSeq() + 1;
        Walk walk = new Walk(startSeq, cp == null ? AccessChain.GENESIS : cp.throughHash());
        AccessRecordStore.forEachInChain(c, tenant, r -> {
            if (r.seq() < startSeq) {
                return; // kept beyond the checkpoint: covered by it
            }
            walk.step(r);
            if (anchoredSeqs.containsKey(r.seq())) {
                anchoredSeqs.put(r.seq(), r.hash());
            }
        });
        Problem problem = walk.problem;
        int checked = 0;
        for (Anchor a : anchors) {
            if (cp != null && a.headSeq() <= cp.throughSeq()) {
                continue;
            }
            checked++;
            if (problem != null) {
                continue;
            }
            if (!constantTimeEquals(a.signature(), sign(anchorKey, tenant, a.date(), a.headSeq(), a.headHash()))) {
                problem = new Problem(ProblemKind.ANCHOR_FORGED, a.headSeq(), null, String.format(
                        "%s の日次アンカー（第%d番）の署名が一致しません。アンカーが書き換えられています。", a.date(), a.headSeq()));
            } else if (!a.headHash().equals(anchoredSeqs.get(a.headSeq()))) {
                problem = new Problem(ProblemKind.ANCHOR_MISMATCH, a.headSeq(), null, String.format(
                        "%s の日次アンカーが示す第%d番の記録のハッシュが一致しません。この番号以前の記録が書き換えられ、"
                                + "チェーンが再計算されています。", a.date(), a.headSeq()));
            }
        }
        return new Report(tenant, problem == null, walk.count, startSeq, walk.lastSeq, walk.lastHash, checked,
                problem, now);
    }

    private static final class Walk {
        long expectedSeq;
        String prevHash;
        long count;
        long lastSeq;
        String lastHash;
        Problem problem;

        Walk(long expectedSeq, String prevHash) {
            this.expectedSeq = expectedSeq;
            this.prevHash = prevHash;
            this.lastSeq = expectedSeq - 1;
            this.lastHash = prevHash;
        }

        void step(AccessRecord r) {
            count++;
            if (problem == null) {
                if (r.seq() > expectedSeq) {
                    problem = new Problem(ProblemKind.DELETED, expectedSeq, r.id(), expectedSeq == r.seq() - 1
                            ? String.format("第%d番の記録が削除されています（次の記録 %s の直前）。", expectedSeq, r.id())
                            : String.format("第%d番から第%d番の記録が削除されています（次の記録 %s の直前）。",
                            expectedSeq, r.seq() - 1, r.id()));
                } else if (r.seq() < expectedSeq) {
                    problem = new Problem(ProblemKind.INSERTED, r.seq(), r.id(), String.format(
                            "記録 %s（第%d番）は同じ番号の記録の後に挿入されています。", r.id(), r.seq()));
                } else if (!AccessChain.hash(r).equals(r.hash())) {
                    problem = new Problem(ProblemKind.ALTERED, r.seq(), r.id(), String.format(
                            "第%d番の記録 %s の内容が記録時から変更されています（ハッシュ不一致）。", r.seq(), r.id()));
                } else if (!prevHash.equals(r.prevHash())) {
                    problem = new Problem(ProblemKind.INSERTED, r.seq(), r.id(), String.format(
                            "第%d番の記録 %s が直前の記録につながっていません（挿入または差し替え）。", r.seq(), r.id()));
                }
            }
            expectedSeq = r.seq() + 1;
            prevHash = r.hash();
            lastSeq = r.seq();
            lastHash = r.hash();
        }
    }

    record Anchor(LocalDate date, long headSeq, String headHash, String signature) {
    }

    static List<Anchor> anchors(Connection c, String tenant) throws SQLException {
        List<Anchor> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT anchor_date, head_seq, head_hash, signature "
                + "FROM audit.access_anchor WHERE tenant_id = ? ORDER BY anchor_date")) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Anchor(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getString(3),
                            rs.getString(4)));
                }
            }
        }
        return list;
    }

    /** HMAC-SHA256 over the anchored head, with a key the database does not hold. */
    public static String sign(String key, String tenant, LocalDate date, long seq, String hash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String text = tenant + "|" + date + "|" + seq + "|" + hash;
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
