package jp.itaku.provision.recipient;

import jp.itaku.common.time.ItakuClock;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Caller;
import jp.itaku.provision.provision.Provision;

import java.time.OffsetDateTime;
import java.util.UUID;

@ApplicationScoped
public class RecipientService {

    @Inject
    ItakuClock clock;

    @Inject
    Caller caller;

    public record RecipientData(String name, RecipientType type, String representative, String address,
                                String contactDepartment, String contactName, String contactEmail, String contactPhone) {
    }

    public PageResult<Recipient> list(int page, int size) {
        var query = Recipient.findAll(Sort.by("name").and("id"));
        return new PageResult<>(query.page(Page.of(page, size)).list(), page, size, query.count(), "name");
    }

    @Transactional
    public Recipient create(RecipientData data) {
        return create(data, caller.userName());
    }

    @Transactional
    public Recipient create(RecipientData data, String by) {
        Recipient recipient = new Recipient();
        recipient.id = UUID.randomUUID();
        recipient.createdAt = clock.now();
        recipient.createdBy = by;
        apply(recipient, data, by);
        recipient.persist();
        return recipient;
    }

    @Transactional
    public Recipient update(UUID id, RecipientData data) {
        Recipient recipient = Recipient.findVisible(id).orElseThrow(() -> ItakuException.notFound("提供先"));
        if (recipient.type != data.type() && Provision.count("recipient.id", id) > 0) {
            // the type decides the legal item and whether P3 applies to the provisions already made
            throw ItakuException.conflict("この提供先にはすでに提供が登録されているため、種別は変更できません。"
                    + "種別が異なる場合は別の提供先として登録してください。");
        }
        apply(recipient, data, caller.userName());
        return recipient;
    }

    private void apply(Recipient recipient, RecipientData data, String by) {
        recipient.name = data.name().strip();
        recipient.type = data.type();
        recipient.representative = data.representative();
        recipient.address = data.address();
        recipient.contactDepartment = data.contactDepartment();
        recipient.contactName = data.contactName();
        recipient.contactEmail = data.contactEmail();
        recipient.contactPhone = data.contactPhone();
        recipient.updatedAt = clock.now();
        recipient.updatedBy = by;
    }
}
