package jp.itaku.inspection.plan;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jp.itaku.inspection.chain.ChainNode;
import jp.itaku.inspection.engagement.Engagement;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** An inspector's open plan entries as an iCalendar feed: one all-day event on each due date. */
@ApplicationScoped
public class CalendarFeed {

    @Inject
    EntityManager em;

    public String of(String inspector) {
        Calendar calendar = new Calendar().withProdId("-//Itaku//inspection-service//JA").withDefaults().getFluentTarget();
        em.createQuery("select p, n, e from PlanEntry p join ChainNode n on n.id = p.nodeId "
                        + "join Engagement e on e.id = p.engagementId where p.status = :open and p.assignee = :me "
                        + "order by p.dueOn", Tuple.class)
                .setParameter("open", PlanEntry.Status.OPEN).setParameter("me", inspector)
                .getResultList()
                .forEach(row -> calendar.add(event(row.get(0, PlanEntry.class), row.get(1, ChainNode.class),
                        row.get(2, Engagement.class))));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VEvent event(PlanEntry entry, ChainNode node, Engagement engagement) {
        VEvent event = new VEvent(entry.dueOn, "検査期限：" + node.name + "（" + engagement.title + "）");
        event.add(new Uid(entry.id + "@inspection.itaku.jp"));
        if (node.location != null) {
            event.add(new Location(node.location));
        }
        event.add(new Description("方法：" + method(entry.method)
                + (entry.methodReason == null ? "" : "（理由：" + entry.methodReason + "）")
                + "\n実施者：" + (entry.inspectedBy == PlanEntry.InspectedBy.AGENCY ? "委託元（自ら実施）" : "上位の委託先を通じて実施")
                + "\n秘匿性：" + engagement.sensitivity.label + "（" + entry.intervalMonths + "か月ごと）"));
        return event;
    }

    private static String method(PlanEntry.Method method) {
        return switch (method) {
            case ONSITE -> "実地検査";
            case REMOTE -> "リモート検査";
            case DOCUMENT -> "書面検査";
        };
    }
}
