package jp.itaku.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.itaku.common.security.Caller;

/** Who to record as having made a change: the caller, or the system for background and demo work. */
@ApplicationScoped
public class Actor {

    public static final String SYSTEM = "system";

    @Inject
    Caller caller;

    public String name() {
        return io.quarkus.arc.Arc.container().requestContext().isActive() && caller.isAuthenticated()
                ? caller.userName() : SYSTEM;
    }

    public String displayName() {
        return io.quarkus.arc.Arc.container().requestContext().isActive() && caller.isAuthenticated()
                ? caller.displayName() : SYSTEM;
    }
}
