package jp.itaku.common.problem;

import com.mongodb.MongoTimeoutException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreOutageMapperTest {

    @Test
    void unreachableDatabaseOrMongoDeepInTheCauseChainIsA503() {
        RuntimeException db = new RuntimeException("tx failed", new IllegalStateException(
                new SQLException("Connection to 127.0.0.1:55432 refused", "08001")));
        assertEquals("データベース", StoreOutageMapper.unreachableStore(db));
        assertEquals("データベース", StoreOutageMapper.unreachableStore(
                new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01"))));
        assertEquals("データベース", StoreOutageMapper.unreachableStore(new RuntimeException(new ConnectException())));
        assertEquals("ファイル保管庫", StoreOutageMapper.unreachableStore(new MongoTimeoutException("no server")));

        Response r = new StoreOutageMapper().runtime(db, null);
        assertEquals(503, r.getStatus());
        assertEquals("5", r.getHeaderString("Retry-After"));
        assertTrue(((Problem) r.getEntity()).detail().contains("処理は行われていません"));
    }

    @Test
    void otherFailuresStayUnexpected() {
        assertNull(StoreOutageMapper.unreachableStore(new IllegalStateException("bug")));
        assertNull(StoreOutageMapper.unreachableStore(new RuntimeException(new SQLException("duplicate key", "23505"))));
    }
}
