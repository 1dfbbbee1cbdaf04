package jp.itaku.provision.provision;

import jp.itaku.provision.provision.model.ProvisionRules;
import jp.itaku.provision.provision.model.ProvisionState;
import jp.itaku.common.time.ItakuClock;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Caller;
import jp.itaku.provision.recipient.Recipient;
import jp.itaku.provision.settings.SettingsService;

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
        ProvisionRules.edit(provision.state, provision.currentVersion > 0,
                !provision.recipient.id.equals(data.recipientId()), provision.legalItem != data.legalItem()).orThrow();
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
        ProvisionRules.start(provision.state, provision.terms()).orThrow();
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
        ProvisionRules.end(provision.state).orThrow();
        provision.state = ProvisionState.ENDED;
        provision.endedAt = clock.now();
        provision.endedBy = by;
        provision.endReason = reason;
        return provision;
    }

    private void apply(Provision provision, ProvisionData data, String by) {
        Recipient recipient = Recipient.findVisible(data.recipientId())
                .orElseThrow(() -> ItakuException.invalid("recipientId", "指定された提供先が見つかりません。"));
        ProvisionRules.draft(recipient.type, data.legalItem(), data.periodStart(), data.periodEnd(),
                data.measuresNecessary(), data.necessityReason()).orThrow();
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
}
