package jp.itaku.provision.settings;

import jp.itaku.provision.settings.model.AgencyType;
import jp.itaku.provision.settings.model.Citation;
import jp.itaku.common.time.ItakuClock;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Caller;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SettingsService {

    @Inject
    ItakuClock clock;

    @Inject
    Caller caller;

    /** The settings every citation depends on; a clear refusal until the chief protection manager has set them. */
    public AgencySetting require() {
        return AgencySetting.current().orElseThrow(SettingsService::notConfigured);
    }

    static ItakuException notConfigured() {
        return new ItakuException(409, "機関の設定が登録されていません",
                "機関の種別（行政機関／独立行政法人等）と条文の表記（旧法／現行法）がまだ設定されていないため、"
                        + "提供の根拠条文を決められません。総括保護管理者が「機関の設定」を登録してください。", List.of());
    }

    public PageResult<AgencySettingChange> history(int page, int size) {
        var query = AgencySettingChange.findAll(Sort.by("changedAt", Sort.Direction.Descending).and("id"));
        return new PageResult<>(query.page(Page.of(page, size)).list(), page, size, query.count(), "changedAt,desc");
    }

    @Transactional
    public AgencySetting save(String agencyName, AgencyType type, Citation citation) {
        return save(agencyName, type, citation, caller.userName());
    }

    @Transactional
    public AgencySetting save(String agencyName, AgencyType type, Citation citation, String by) {
        AgencySetting setting = AgencySetting.<AgencySetting>findAll().withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseGet(() -> {
                    AgencySetting created = new AgencySetting();
                    created.id = UUID.randomUUID();
                    return created;
                });
        setting.agencyName = agencyName.strip();
        setting.agencyType = type;
        setting.citation = citation;
        setting.updatedAt = clock.now();
        setting.updatedBy = by;
        setting.persist();
        AgencySettingChange.of(setting).persist();
        return setting;
    }
}
