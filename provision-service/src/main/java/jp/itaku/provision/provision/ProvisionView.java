package jp.itaku.provision.provision;

import jp.itaku.provision.provision.model.AgreementCheck;
import jp.itaku.common.problem.Problem.FieldError;
import jp.itaku.provision.recipient.RecipientView;
import jp.itaku.provision.settings.AgencySetting;
import jp.itaku.provision.settings.model.LegalBasis;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A provision as /api/provisions answers it: its items, the article the next agreement would cite, what is missing. */
public record ProvisionView(UUID id, String division, String title, RecipientView recipient,
                            String informationFile, String legalItem, String legalBasis, String lawName,
                            String safetyMeasureBasis, boolean regular, String regularReason,
                            Boolean measuresNecessary, String necessityReason, boolean writtenAgreementRequired,
                            String purposeOfUse, String businessLegalBasis, String recordScope,
                            String recordItems, String usageMedia, String usageOnline, String usageFrequency,
                            LocalDate periodStart, LocalDate periodEnd, String safetyMeasures,
                            String state, String stateLabel, int currentVersion, List<String> missingItems,
                            List<FieldError> missingFields, List<String> warnings, OffsetDateTime createdAt,
                            String createdBy,
                            OffsetDateTime updatedAt, String updatedBy, OffsetDateTime agreedAt,
                            String agreedBy, OffsetDateTime startedAt, String startedBy,
                            OffsetDateTime endedAt, String endedBy, String endReason) {

    public static ProvisionView of(Provision p) {
        return of(p, AgencySetting.current());
    }

    /** The article shown is the one the next agreement would cite; issued versions keep their own. */
    static ProvisionView of(Provision p, Optional<AgencySetting> setting) {
        LegalBasis basis = setting.map(s -> s.basisFor(p.legalItem)).orElse(null);
        List<String> warnings = p.regular
                ? List.of("定期的な提供として登録されています。法は利用目的以外の目的のための提供を臨時的なものと想定しているため、"
                + "定期的に提供する理由を記録し、継続の要否を見直してください。")
                : List.of();
        List<AgreementCheck.Missing> missing = AgreementCheck.missing(p.terms());
        return new ProvisionView(p.id, p.division, p.title, RecipientView.of(p.recipient), p.informationFile,
                p.legalItem.name(), basis == null ? null : basis.provisionArticle(),
                basis == null ? null : basis.lawName(), basis == null ? null : basis.safetyMeasureArticle(),
                p.regular, p.regularReason, p.measuresNecessary, p.necessityReason, p.writtenAgreementRequired(),
                p.purposeOfUse, p.businessLegalBasis, p.recordScope, p.recordItems, p.usageMedia, p.usageOnline,
                p.usageFrequency, p.periodStart, p.periodEnd, p.safetyMeasures, p.state.name(), p.state.label,
                p.currentVersion, missing.stream().map(AgreementCheck.Missing::label).toList(),
                missing.stream().map(AgreementCheck.Missing::toFieldError).toList(), warnings, p.createdAt,
                p.createdBy, p.updatedAt, p.updatedBy, p.agreedAt, p.agreedBy,
                p.startedAt, p.startedBy, p.endedAt, p.endedBy, p.endReason);
    }
}
