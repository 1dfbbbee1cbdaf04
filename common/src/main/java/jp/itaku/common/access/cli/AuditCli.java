package jp.itaku.common.access.cli;

import jp.itaku.common.access.AccessPruning;
import jp.itaku.common.access.ChainVerifier;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import jp.itaku.common.time.ItakuClock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./itaku audit prune [--tenant T]}: removes records past the retention period (checkpoint first).
 * {@code ./itaku audit verify [--tenant T]}: recomputes every tenant's access-record chain straight from the database
 * (no server needed) and names the first altered, deleted or inserted record. Exit 0 when every chain is intact,
 * 1 when one is broken, 2 on usage or connection errors.
 *
 * <p>Database from {@code ITAKU_DB_URL} / {@code ITAKU_DB_USER} / {@code ITAKU_DB_PASSWORD} (default: the local run's
 * embedded PostgreSQL); anchor key from {@code ITAKU_AUDIT_ANCHOR_KEY} (default: the local run's key).
 */
public final class AuditCli {

    private AuditCli() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !("verify".equals(args[0]) || "prune".equals(args[0]))) {
            err.println("使い方 (usage): ./itaku audit verify [--tenant TENANT]   |   ./itaku audit prune [--tenant TENANT]");
            return 2;
        }
        List<String> only = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if ("--tenant".equals(args[i]) && i + 1 < args.length) {
                only.add(args[++i]);
            } else {
                err.println("不明な引数です (unknown argument): " + args[i]);
                return 2;
            }
        }
        String url = env("ITAKU_DB_URL", "jdbc:postgresql://127.0.0.1:55432/itaku");
        String user = env("ITAKU_DB_USER", "itaku");
        String password = env("ITAKU_DB_PASSWORD", "itaku");
        ChainVerifier verifier = new ChainVerifier(env("ITAKU_AUDIT_ANCHOR_KEY", "itaku-local-anchor-key"));
        if ("prune".equals(args[0])) {
            return prune(url, user, password, only, out, err);
        }
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setReadOnly(true);
            List<String> tenants = only.isEmpty() ? ChainVerifier.tenants(c) : only;
            if (tenants.isEmpty()) {
                out.println("アクセス記録はまだありません (no access records yet)");
                return 0;
            }
            boolean allIntact = true;
            for (String tenant : tenants) {
                ChainVerifier.Report r = verifier.verify(c, tenant, ItakuClock.system().instant());
                if (r.intact()) {
                    out.printf("%-16s 検証済み (VERIFIED)  記録 %d 件  第%d〜%d番  アンカー %d 件  先頭ハッシュ %s%n",
                            tenant, r.records(), r.firstSeq(), r.headSeq(), r.anchorsChecked(), shortHash(r.headHash()));
                } else {
                    allIntact = false;
                    ChainVerifier.Problem p = r.firstProblem();
                    out.printf("%-16s 改ざんを検出 (BROKEN: %s)  第%d番%s%n    %s%n", tenant, p.kind(), p.seq(),
                            p.recordId() == null ? "" : "  記録 " + p.recordId(), p.message());
                }
            }
            return allIntact ? 0 : 1;
        } catch (SQLException e) {
            err.println("データベースに接続できません (cannot read the access records): " + e.getMessage());
            return 2;
        }
    }

    /** Retention: removes records older than each tenant's period, keeping the chain verifiable (checkpoint). */
    static int prune(String url, String user, String password, List<String> only, PrintStream out, PrintStream err) {
        int years = Integer.parseInt(env("ITAKU_AUDIT_RETENTION_YEARS", "5"));
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            List<String> tenants = only.isEmpty() ? ChainVerifier.tenants(c) : only;
            c.commit();
            for (String tenant : tenants) {
                try {
                    AccessPruning.Result r = AccessPruning.prune(c, tenant, years, ItakuClock.system().instant(),
                            "audit-prune:" + user);
                    c.commit();
                    out.printf("%-16s 保存期間 %d 年: %s より前の記録 %d 件を削除しました%s%n", tenant, r.retentionYears(),
                            r.prunedBefore(), r.removed(), r.removed() > 0 ? "（チェックポイント 第" + r.throughSeq() + "番）" : "");
                } catch (SQLException e) {
                    c.rollback();
                    err.println(tenant + ": 削除できませんでした (prune failed): " + e.getMessage());
                    return 2;
                }
            }
            return 0;
        } catch (SQLException e) {
            err.println("データベースに接続できません (cannot reach the database): " + e.getMessage());
            return 2;
        }
    }

    private static String shortHash(String h) {
        return h == null ? "-" : h.substring(0, Math.min(16, h.length()));
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
