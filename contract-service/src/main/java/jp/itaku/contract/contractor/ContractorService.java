package jp.itaku.contract.contractor;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Caller;

import java.time.OffsetDateTime;
import java.util.UUID;

@ApplicationScoped
public class ContractorService {

    @Inject
    Caller caller;

    public PageResult<Contractor> list(int page, int size) {
        var query = Contractor.findAll(Sort.by("name").and("id"));
        return new PageResult<>(query.page(Page.of(page, size)).list(), page, size, query.count(), "name");
    }

    @Transactional
    public Contractor create(String name, String corporateNumber, String orgCode) {
        if (corporateNumber != null
                && Contractor.count("corporateNumber = :n", Parameters.with("n", corporateNumber)) > 0) {
            throw ItakuException.invalid("corporateNumber", "この法人番号の委託先はすでに登録されています。");
        }
        Contractor contractor = new Contractor();
        contractor.id = UUID.randomUUID();
        contractor.name = name.strip();
        contractor.corporateNumber = corporateNumber;
        contractor.orgCode = orgCode;
        contractor.createdAt = OffsetDateTime.now();
        contractor.createdBy = caller.userName();
        contractor.persist();
        return contractor;
    }
}
