package jp.itaku.provision.investigation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An on-site investigation as GET /api/provisions/{id}/investigations answers it, with its labels. */
public record InvestigationView(UUID id, UUID provisionId, String timing, String timingLabel,
                                LocalDate conductedOn, String investigator, String place, String findings,
                                String result, String resultLabel, String resultNote,
                                OffsetDateTime recordedAt, String recordedBy) {
    static InvestigationView of(Investigation i) {
        return new InvestigationView(i.id, i.provisionId, i.timing.name(), i.timing.label, i.conductedOn,
                i.investigator, i.place, i.findings, i.result.name(), i.result.label, i.resultNote,
                i.recordedAt, i.recordedBy);
    }
}
