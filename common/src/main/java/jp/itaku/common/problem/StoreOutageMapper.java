package jp.itaku.common.problem;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * A store that cannot be reached (PostgreSQL restarting, MongoDB down) is a temporary outage, not a failure of the
 * request: 503 with a Japanese problem and Retry-After, logged as a warning without a stack trace (issue 18).
 * Everything else goes on to {@link ProblemMappers#unexpected}.
 */
public class StoreOutageMapper {

    private static final Logger LOG = Logger.getLogger(StoreOutageMapper.class);

    @ServerExceptionMapper
    public Response runtime(RuntimeException e, UriInfo uri) {
        String store = unreachableStore(e);
        if (store == null) {
            return new ProblemMappers().unexpected(e, uri);
        }
        LOG.warnf("%s unreachable at %s: %s", store, uri == null ? "?" : uri.getPath(), rootMessage(e));
        Problem problem = Problem.of(503, "サービスを一時的に利用できません",
                "データの保存先（" + store + "）に一時的に接続できません。処理は行われていません。"
                        + "しばらく待ってから再度お試しください。");
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "5")
                .entity(uri == null ? problem : problem.at(uri.getPath())).build();
    }

    /** "データベース" / "ファイル保管庫" when the cause chain says the store could not be reached, else null. */
    static String unreachableStore(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MongoTimeoutException || t instanceof MongoSocketException) {
                return "ファイル保管庫";
            }
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return "データベース";
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57P01")
                    || sql.getSQLState().equals("57P02") || sql.getSQLState().equals("57P03"))) {
                return "データベース"; // connection exception, admin/crash shutdown, cannot connect now
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
