package jp.itaku.inspection.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The deadline rules as a bean, configured once. */
@ApplicationScoped
public class DeadlinesProducer {

    @Produces
    @ApplicationScoped
    IncidentDeadlines deadlines(IncidentConfig config) {
        return new IncidentDeadlines(new JapaneseHolidays(), config.quickReportDays());
    }
}
