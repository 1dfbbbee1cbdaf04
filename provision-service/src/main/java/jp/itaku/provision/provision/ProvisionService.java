package jp.itaku.provision.provision;

import jp.itaku.common.time.ItakuClock;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.problem.Problem.FieldError;
import jp.itaku.common.security.Caller;
import jp.itaku.provision.recipient.Recipient;
import jp.itaku.provision.settings.LegalItem;
import jp.itaku.provision.settings.SettingsService;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProvisionService {

    @Inject
    ItakuClock clock;

    @Inject
    Caller caller;

    @Inject
    SettingsService settings;

    public PageResult<Provision> list(String division, ProvisionState state, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (division != null && !division.isBlank()) {
            where.append(" and division = :division");
            params.and("division", division);
        }
        if (state != null) {
            where.append(" and state = :state");
            params.and("state", state);
        }
        var query = Provision.find(where.toString(), Sort.by("createdAt", Sort.Direction.Descending).and("id"), params);
        return new PageResult<>(query.page(Page.of(page, size)).list(), page, size, query.count(), "createdAt,desc");
    }

    @Transactional
    public Provision create(ProvisionData data) {
        return create(data, caller.userName());
    }

    @Transactional
    public Provision create(ProvisionData data, String by) {
        settings.require();
        Provision provision = new Provision();
        provision.id = UUID.randomUUID();
        provision.state = ProvisionState.DRAFT;
        provision.createdAt = clock.now();
        provision.createdBy = by;
        apply(provision, data, by);
        provision.persist();
        return provision;
    }

    /** Edits the working draft; once agreed, the edits are the next amendment and the issued versions stay as they are. */
    @Transactional
    public Provision update(UUID id, ProvisionData data) {
        return update(id, data, caller.userName());
    }

    @Transactional
    public Provision update(UUID id, ProvisionData data, String by) {
        Provision provision = Provision.lockVisible(id);
        if (provision.state == ProvisionState.ENDED) {
            throw ItakuException.conflict("終了した提供は変更できません。");
        }
        if (provision.currentVersion > 0
                && (!provision.recipient.id.equals(data.recipientId()) || provision.legalItem != data.legalItem())) {
            throw ItakuException.conflict("書面を交付した提供の提供先と提供の根拠（号）は変更できません。"
                    + "別の提供先・根拠で提供する場合は新しい提供として起案してください。");
        }
        apply(provision, data, by);
        return provision;
    }

    @Transactional
    public Provision start(UUID id) {
        return start(id, caller.userName());
    }

    @Transactional
    public Provision start(UUID id, String by) {
        Provision provision = Provision.lockVisible(id);
        boolean withoutAgreement = provision.state == ProvisionState.DRAFT && !provision.writtenAgreementRequired();
        if (provision.state != ProvisionState.AGREED && !withoutAgreement) {
            throw ItakuException.conflict(provision.state == ProvisionState.DRAFT
                    ? "書面（合意）を交付してから提供を開始してください。"
                    : "「" + provision.state.label + "」の提供は開始できません。");
        }
        if (withoutAgreement && (provision.necessityReason == null || provision.necessityReason.isBlank())) {
            throw ItakuException.unprocessable("措置を不要と判断した理由を記録してから提供を開始してください。");
        }
        provision.state = ProvisionState.PROVIDING;
        provision.startedAt = clock.now();
        provision.startedBy = by;
        return provision;
    }

    @Transactional
    public Provision end(UUID id, String reason) {
        return end(id, reason, caller.userName());
    }

    @Transactional
    public Provision end(UUID id, String reason, String by) {
        Provision provision = Provision.lockVisible(id);
        if (provision.state != ProvisionState.AGREED && provision.state != ProvisionState.PROVIDING) {
            throw ItakuException.conflict("「" + provision.state.label + "」の提供は終了できません。");
        }
        provision.state = ProvisionState.ENDED;
        provision.endedAt = clock.now();
        provision.endedBy = by;
        provision.endReason = reason;
        return provision;
    }

    private void apply(Provision provision, ProvisionData data, String by) {
        Recipient recipient = Recipient.findVisible(data.recipientId())
                .orElseThrow(() -> ItakuException.invalid("recipientId", "指定された提供先が見つかりません。"));
        List<FieldError> errors = new ArrayList<>();
        if (data.periodStart() != null && data.periodEnd() != null && data.periodEnd().isBefore(data.periodStart())) {
            errors.add(new FieldError("periodEnd", "提供期間の終了日は開始日以降の日付を指定してください。"));
        }
        if (data.legalItem() == LegalItem.ITEM_3 && !recipient.type.isPublicBody()) {
            errors.add(new FieldError("legalItem", "第3号による提供は行政機関・独立行政法人等・地方公共団体・地方独立行政法人に限られます。"
                    + "民間事業者・個人への提供は第4号を指定してください。"));
        }
        if (!recipient.type.isAdministrativeOrganOrIaa()
                && (data.measuresNecessary() != null || !isBlank(data.necessityReason()))) {
            errors.add(new FieldError("measuresNecessary", "措置の要否は提供先が行政機関・独立行政法人等の場合にだけ記録します"
                    + "（それ以外の提供先には書面と安全確保の措置が常に必要です）。"));
        }
        if (!errors.isEmpty()) {
            throw ItakuException.invalid(errors);
        }
        provision.division = data.division().strip();
        provision.title = data.title().strip();
        provision.recipient = recipient;
        provision.informationFile = data.informationFile().strip();
        provision.legalItem = data.legalItem();
        provision.regular = data.regular();
        provision.regularReason = data.regularReason();
        provision.measuresNecessary = data.measuresNecessary();
        provision.necessityReason = data.necessityReason();
        provision.purposeOfUse = data.purposeOfUse();
        provision.businessLegalBasis = data.businessLegalBasis();
        provision.recordScope = data.recordScope();
        provision.recordItems = data.recordItems();
        provision.usageMedia = data.usageMedia();
        provision.usageOnline = data.usageOnline();
        provision.usageFrequency = data.usageFrequency();
        provision.periodStart = data.periodStart();
        provision.periodEnd = data.periodEnd();
        provision.safetyMeasures = data.safetyMeasures();
        provision.updatedAt = clock.now();
        provision.updatedBy = by;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
