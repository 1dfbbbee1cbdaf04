package jp.itaku.provision.investigation;

import jp.itaku.common.time.ItakuClock;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Caller;
import jp.itaku.common.text.JapaneseDates;
import jp.itaku.provision.provision.Provision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@ApplicationScoped
public class InvestigationService {

    @Inject
    ItakuClock clock;

    @Inject
    Caller caller;

    public record InvestigationData(InvestigationTiming timing, LocalDate conductedOn, String investigator,
                                    String place, String findings, InvestigationResult result, String resultNote) {
    }

    @Transactional
    public Investigation record(UUID provisionId, InvestigationData data) {
        return record(provisionId, data, caller.userName());
    }

    @Transactional
    public Investigation record(UUID provisionId, InvestigationData data, String by) {
        Provision provision = Provision.findVisible(provisionId).orElseThrow(() -> ItakuException.notFound("提供"));
        notInFuture("conductedOn", "実施日", data.conductedOn());
        if (data.timing() == InvestigationTiming.BEFORE_PROVISION && provision.startedAt != null) {
            LocalDate started = provision.startedAt.atZoneSameInstant(JapaneseDates.TOKYO).toLocalDate();
            if (data.conductedOn().isAfter(started)) {
                throw ItakuException.invalid("conductedOn", "提供前の調査の実施日は提供開始日（"
                        + JapaneseDates.wareki(started) + "）以前の日付を指定してください。");
            }
        }
        Investigation investigation = new Investigation();
        investigation.id = UUID.randomUUID();
        investigation.provisionId = provisionId;
        investigation.timing = data.timing();
        investigation.conductedOn = data.conductedOn();
        investigation.investigator = data.investigator().strip();
        investigation.place = data.place();
        investigation.findings = data.findings().strip();
        investigation.result = data.result();
        investigation.resultNote = data.resultNote();
        investigation.recordedAt = clock.now();
        investigation.recordedBy = by;
        investigation.persist();
        return investigation;
    }

    public PageResult<ImprovementRequest> improvements(UUID provisionId, ImprovementRequest.State state, boolean overdueOnly,
                                                       int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (provisionId != null) {
            where.append(" and provisionId = :provision");
            params.and("provision", provisionId);
        }
        if (state != null) {
            where.append(" and state = :state");
            params.and("state", state);
        }
        if (overdueOnly) {
            where.append(" and state = :open and deadline < :today");
            params.and("open", ImprovementRequest.State.OPEN).and("today", clock.today());
        }
        var query = ImprovementRequest.find(where.toString(), Sort.by("deadline").and("id"), params);
        return new PageResult<>(query.page(Page.of(page, size)).list(), page, size, query.count(), "deadline");
    }

    @Transactional
    public ImprovementRequest request(UUID provisionId, UUID investigationId, LocalDate requestedOn, String content,
                                      LocalDate deadline) {
        return request(provisionId, investigationId, requestedOn, content, deadline, caller.userName());
    }

    @Transactional
    public ImprovementRequest request(UUID provisionId, UUID investigationId, LocalDate requestedOn, String content,
                                      LocalDate deadline, String by) {
        Provision.findVisible(provisionId).orElseThrow(() -> ItakuException.notFound("提供"));
        if (investigationId != null
                && Investigation.count("id = ?1 and provisionId = ?2", investigationId, provisionId) == 0) {
            throw ItakuException.invalid("investigationId", "指定された実地調査はこの提供の記録にありません。");
        }
        notInFuture("requestedOn", "要求日", requestedOn);
        if (deadline.isBefore(requestedOn)) {
            throw ItakuException.invalid("deadline", "改善の期限は要求日以降の日付を指定してください。");
        }
        ImprovementRequest request = new ImprovementRequest();
        request.id = UUID.randomUUID();
        request.provisionId = provisionId;
        request.investigationId = investigationId;
        request.requestedOn = requestedOn;
        request.content = content.strip();
        request.deadline = deadline;
        request.state = ImprovementRequest.State.OPEN;
        request.requestedBy = by;
        request.recordedAt = clock.now();
        request.persist();
        return request;
    }

    @Transactional
    public ImprovementRequest close(UUID provisionId, UUID requestId, String result, LocalDate completedOn) {
        return close(provisionId, requestId, result, completedOn, caller.userName());
    }

    /** Closes a request with what the recipient did; without a result it stays open. */
    @Transactional
    public ImprovementRequest close(UUID provisionId, UUID requestId, String result, LocalDate completedOn, String by) {
        ImprovementRequest request = ImprovementRequest.<ImprovementRequest>find("id = ?1 and provisionId = ?2",
                        requestId, provisionId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ItakuException.notFound("改善要求"));
        if (request.state == ImprovementRequest.State.CLOSED) {
            throw ItakuException.conflict("この改善要求はすでに完了しています（" + request.closedBy + "）。");
        }
        if (result == null || result.isBlank()) {
            throw ItakuException.invalid("result", "改善の結果（提供先が講じた措置と確認の内容）を入力しないと完了にできません。");
        }
        LocalDate completed = completedOn == null ? clock.today() : completedOn;
        notInFuture("completedOn", "完了日", completed);
        if (completed.isBefore(request.requestedOn)) {
            throw ItakuException.invalid("completedOn", "完了日は要求日以降の日付を指定してください。");
        }
        request.state = ImprovementRequest.State.CLOSED;
        request.result = result.strip();
        request.completedOn = completed;
        request.closedAt = clock.now();
        request.closedBy = by;
        return request;
    }

    private void notInFuture(String field, String label, LocalDate date) {
        if (date.isAfter(clock.today())) {
            throw ItakuException.invalid(field, label + "に未来の日付は指定できません。");
        }
    }
}
