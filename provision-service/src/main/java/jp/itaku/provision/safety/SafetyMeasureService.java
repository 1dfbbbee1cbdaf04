package jp.itaku.provision.safety;

import jp.itaku.common.time.ItakuClock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Caller;
import jp.itaku.common.text.JapaneseDates;
import jp.itaku.provision.provision.Provision;
import jp.itaku.provision.provision.model.ProvisionState;
import jp.itaku.provision.settings.model.LegalBasis;
import jp.itaku.provision.settings.SettingsService;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@ApplicationScoped
public class SafetyMeasureService {

    @Inject
    ItakuClock clock;

    @Inject
    Caller caller;

    @Inject
    SettingsService settings;

    @Transactional
    public SafetyMeasureRequest record(UUID provisionId, LocalDate requestedOn, String method, String measures,
                                       String recipientResponse, LocalDate respondedOn) {
        return record(provisionId, requestedOn, method, measures, recipientResponse, respondedOn, caller.userName());
    }

    @Transactional
    public SafetyMeasureRequest record(UUID provisionId, LocalDate requestedOn, String method, String measures,
                                       String recipientResponse, LocalDate respondedOn, String by) {
        Provision provision = Provision.findVisible(provisionId).orElseThrow(() -> ItakuException.notFound("提供"));
        if (provision.state == ProvisionState.ENDED) {
            throw ItakuException.conflict("終了した提供には安全確保の措置の要求を記録できません。");
        }
        if (requestedOn.isAfter(clock.today())) {
            throw ItakuException.invalid("requestedOn", "要求日に未来の日付は指定できません。");
        }
        checkResponse(requestedOn, recipientResponse, respondedOn);
        LegalBasis basis = settings.require().basisFor(provision.legalItem);
        SafetyMeasureRequest request = new SafetyMeasureRequest();
        request.id = UUID.randomUUID();
        request.provisionId = provisionId;
        request.agreementVersion = provision.currentVersion == 0 ? null : provision.currentVersion;
        request.requestedOn = requestedOn;
        request.method = method.strip();
        request.measures = measures.strip();
        request.legalBasis = LegalBasis.inFull(basis.safetyMeasureArticle(), basis.lawName());
        request.recordedAt = clock.now();
        request.recordedBy = by;
        if (recipientResponse != null && !recipientResponse.isBlank()) {
            request.recipientResponse = recipientResponse.strip();
            request.respondedOn = respondedOn;
            request.responseRecordedAt = request.recordedAt;
            request.responseRecordedBy = by;
        }
        request.persist();
        return request;
    }

    /** The recipient's answer, recorded once; the request itself is never rewritten. */
    @Transactional
    public SafetyMeasureRequest recordResponse(UUID provisionId, UUID requestId, String response, LocalDate respondedOn) {
        SafetyMeasureRequest request = SafetyMeasureRequest.<SafetyMeasureRequest>find("id = ?1 and provisionId = ?2",
                        requestId, provisionId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ItakuException.notFound("安全確保の措置の要求"));
        if (request.recipientResponse != null) {
            throw ItakuException.conflict("この要求への回答はすでに記録されています（" + request.responseRecordedBy + "）。");
        }
        checkResponse(request.requestedOn, response, respondedOn);
        request.recipientResponse = response.strip();
        request.respondedOn = respondedOn;
        request.responseRecordedAt = clock.now();
        request.responseRecordedBy = caller.userName();
        return request;
    }

    private void checkResponse(LocalDate requestedOn, String response, LocalDate respondedOn) {
        boolean hasResponse = response != null && !response.isBlank();
        if (hasResponse && respondedOn == null) {
            throw ItakuException.invalid("respondedOn", "回答日を入力してください。");
        }
        if (!hasResponse && respondedOn != null) {
            throw ItakuException.invalid("recipientResponse", "提供先の回答内容を入力してください。");
        }
        if (respondedOn != null && respondedOn.isBefore(requestedOn)) {
            throw ItakuException.invalid("respondedOn", "回答日は要求日以降の日付を指定してください。");
        }
        if (respondedOn != null && respondedOn.isAfter(clock.today())) {
            throw ItakuException.invalid("respondedOn", "回答日に未来の日付は指定できません。");
        }
    }
}
