package jp.itaku.inspection.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jp.itaku.inspection.incident.Incident;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** How many incidents (第9, jp.itaku.inspection.incident) are still open per chain node, in one query. */
@ApplicationScoped
public class OpenIncidents {

    @Inject
    EntityManager em;

    /** Incidents are recorded by this service, so a 0 in the ledger means "none open". */
    public boolean tracked() {
        return true;
    }

    public Map<UUID, Long> perNode(Collection<UUID> nodeIds) {
        Map<UUID, Long> open = new HashMap<>();
        if (nodeIds.isEmpty()) {
            return open;
        }
        em.createQuery("select i.nodeId, count(i) from Incident i where i.status = :open and i.nodeId in :ids "
                        + "group by i.nodeId", Object[].class)
                .setParameter("open", Incident.Status.OPEN).setParameter("ids", nodeIds)
                .getResultList().forEach(r -> open.put((UUID) r[0], (Long) r[1]));
        return open;
    }
}
