package jp.itaku.contract.contractor;

import jp.itaku.common.time.ItakuClock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.contract.Actor;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ContractorService {

    @Inject
    ItakuClock clock;

    @Inject
    Actor actor;

    @Inject
    ObjectMapper json;

    @Inject
    jakarta.enterprise.event.Event<OrgCodeChanged> orgCodeChanged;

    public PageResult<Contractor> list(int page, int size) {
        var query = Contractor.findAll(Sort.by("name").and("id"));
        return new PageResult<>(query.page(Page.of(page, size)).list(), page, size, query.count(), "name");
    }

    public Contractor get(UUID id) {
        return Contractor.findVisible(id).orElseThrow(() -> ItakuException.notFound("委託先"));
    }

    @Transactional
    public Contractor create(ContractorRequest request) {
        Contractor contractor = new Contractor();
        contractor.id = UUID.randomUUID();
        contractor.createdAt = clock.now();
        contractor.createdBy = actor.name();
        apply(contractor, request);
        contractor.persist();
        flushChecked();
        return contractor;
    }

    @Transactional
    public Contractor update(UUID id, ContractorRequest request) {
        Contractor contractor = get(id);
        String previousOrg = contractor.orgCode;
        apply(contractor, request);
        if (!java.util.Objects.equals(previousOrg, contractor.orgCode)) {
            orgCodeChanged.fire(new OrgCodeChanged(contractor.id, contractor.orgCode));
        }
        contractor.updatedAt = clock.now();
        contractor.updatedBy = actor.name();
        flushChecked();
        return contractor;
    }

    /** Two officers registering the same 法人番号 at once: the unique index decides, the loser gets the same 400. */
    private static void flushChecked() {
        try {
            Contractor.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (e instanceof org.hibernate.exception.ConstraintViolationException
                    || e.getCause() instanceof org.hibernate.exception.ConstraintViolationException) {
                throw ItakuException.invalid("corporateNumber", "この法人番号の委託先はすでに登録されています。");
            }
            throw e;
        }
    }

    private void apply(Contractor contractor, ContractorRequest request) {
        String number = request.corporateNumber();
        if (number != null && !CorporateNumber.isValid(number)) {
            throw ItakuException.invalid("corporateNumber",
                    "法人番号のチェックデジット（先頭の1桁）が一致しません。国税庁法人番号公表サイトで番号を確認してください。");
        }
        if (number != null && Contractor.count("corporateNumber = :n and id <> :id",
                Parameters.with("n", number).and("id", contractor.id)) > 0) {
            throw ItakuException.invalid("corporateNumber", "この法人番号の委託先はすでに登録されています。");
        }
        if (request.parentId() != null) {
            checkParent(contractor.id, request.parentId());
        }
        contractor.name = request.name().strip();
        contractor.corporateNumber = number;
        contractor.address = request.address();
        contractor.contacts = write(request.contacts() == null ? List.of() : request.contacts());
        contractor.parentId = request.parentId();
        contractor.orgCode = request.orgCode();
    }

    /** The parent must be another contractor of the same agency and must not be one of its own subsidiaries. */
    private void checkParent(UUID self, UUID parentId) {
        Set<UUID> seen = new HashSet<>();
        UUID current = parentId;
        while (current != null) {
            if (current.equals(self) || !seen.add(current)) {
                throw ItakuException.invalid("parentId", "親会社に自社又は自社の子会社を指定することはできません。");
            }
            Contractor parent = Contractor.findVisible(current).orElse(null);
            if (parent == null) {
                throw ItakuException.invalid("parentId", "指定された親会社の委託先が見つかりません。");
            }
            current = parent.parentId;
        }
    }

    public List<Contractor> subsidiaries(UUID id) {
        return Contractor.list("parentId", Sort.by("name"), id);
    }

    @Transactional
    public Certification addCertification(UUID contractorId, CertificationRequest request) {
        get(contractorId);
        Certification c = new Certification();
        c.id = UUID.randomUUID();
        c.contractorId = contractorId;
        c.kind = request.kind();
        c.name = request.name() == null || request.name().isBlank() ? request.kind().label : request.name().strip();
        c.number = request.number().strip();
        c.issuer = request.issuer();
        c.validUntil = request.validUntil();
        c.createdAt = clock.now();
        c.createdBy = actor.name();
        c.persist();
        return c;
    }

    public List<Certification> certifications(UUID contractorId) {
        return Certification.list("contractorId", Sort.by("validUntil").descending(), contractorId);
    }

    @Transactional
    public Incident addIncident(UUID contractorId, IncidentRequest request) {
        get(contractorId);
        Incident i = new Incident();
        i.id = UUID.randomUUID();
        i.contractorId = contractorId;
        i.occurredOn = request.occurredOn();
        i.summary = request.summary().strip();
        i.measures = request.measures();
        i.createdAt = clock.now();
        i.createdBy = actor.name();
        i.persist();
        return i;
    }

    public List<Incident> incidents(UUID contractorId) {
        return Incident.list("contractorId", Sort.by("occurredOn").descending(), contractorId);
    }

    /** Records the officer's answers; each answered item keeps who answered it and when. */
    @Transactional
    public List<ChecklistEntry> answerChecklist(UUID contractorId, List<ChecklistAnswer> answers) {
        get(contractorId);
        Set<ChecklistItem> items = new HashSet<>();
        for (ChecklistAnswer a : answers) {
            if (!items.add(a.item())) {
                throw ItakuException.invalid("items", "チェック項目「" + a.item().label + "」が重複しています。");
            }
        }
        for (ChecklistAnswer a : answers) {
            ChecklistEntry entry = ChecklistEntry.<ChecklistEntry>find("contractorId = ?1 and item = ?2", contractorId, a.item())
                    .firstResultOptional().orElseGet(() -> {
                        ChecklistEntry e = new ChecklistEntry();
                        e.id = UUID.randomUUID();
                        e.contractorId = contractorId;
                        e.item = a.item();
                        return e;
                    });
            entry.fulfilled = a.fulfilled();
            entry.note = a.note();
            entry.checkedAt = clock.now();
            entry.checkedBy = actor.name();
            entry.persist();
        }
        return checklist(contractorId);
    }

    public List<ChecklistEntry> checklist(UUID contractorId) {
        return ChecklistEntry.list("contractorId", Sort.by("item"), contractorId);
    }

    public List<Contact> contacts(Contractor contractor) {
        try {
            return json.readValue(contractor.contacts == null ? "[]" : contractor.contacts, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored contacts of contractor " + contractor.id + " are not JSON", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
