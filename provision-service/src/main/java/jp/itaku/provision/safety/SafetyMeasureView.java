package jp.itaku.provision.safety;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A safety-measure request with the recipient's answer, as the provision's follow-up answers it. */
public record SafetyMeasureView(UUID id, UUID provisionId, Integer agreementVersion, LocalDate requestedOn,
                                String method, String measures, String legalBasis, String recipientResponse,
                                LocalDate respondedOn, OffsetDateTime responseRecordedAt,
                                String responseRecordedBy, OffsetDateTime recordedAt, String recordedBy) {
    static SafetyMeasureView of(SafetyMeasureRequest r) {
        return new SafetyMeasureView(r.id, r.provisionId, r.agreementVersion, r.requestedOn, r.method, r.measures,
                r.legalBasis, r.recipientResponse, r.respondedOn, r.responseRecordedAt, r.responseRecordedBy,
                r.recordedAt, r.recordedBy);
    }
}
