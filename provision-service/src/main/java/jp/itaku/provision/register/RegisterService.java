package jp.itaku.provision.register;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jp.itaku.provision.agreement.AgreementVersion;
import jp.itaku.provision.investigation.ImprovementRequest;
import jp.itaku.provision.provision.Provision;
import jp.itaku.provision.provision.model.ProvisionState;
import jp.itaku.provision.settings.AgencySetting;
import jp.itaku.provision.settings.model.LegalBasis;
import jp.itaku.provision.settings.SettingsService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class RegisterService {

    @Inject
    SettingsService settings;

    @Inject
    EntityManager em;

    public record Register(String agencyName, String division, List<RegisterRow> rows) {
    }

    /**
     * The register of one division (or of all when none is named). Drafts are left out: nothing has been provided
     * yet. Where an agreement was issued, the register states what was agreed in its latest version.
     */
    public Register of(String division) {
        AgencySetting setting = settings.require();
        boolean all = division == null || division.isBlank();
        Parameters params = Parameters.with("draft", ProvisionState.DRAFT);
        String where = "state <> :draft";
        if (!all) {
            where += " and division = :division";
            params.and("division", division);
        }
        List<Provision> provisions = Provision.list(where,
                Sort.by("division").and("periodStart").and("title").and("id"), params);
        Map<UUID, AgreementVersion> latest = AgreementVersion.<AgreementVersion>list(
                        "version = (select p.currentVersion from Provision p where p.id = provisionId)").stream()
                .collect(Collectors.toMap(v -> v.provisionId, Function.identity()));
        Map<UUID, Long> investigations = counts(em.createQuery(
                "select i.provisionId, count(i) from Investigation i group by i.provisionId", Object[].class));
        Map<UUID, Long> openImprovements = counts(em.createQuery(
                        "select r.provisionId, count(r) from ImprovementRequest r where r.state = :open group by r.provisionId",
                        Object[].class).setParameter("open", ImprovementRequest.State.OPEN));
        List<RegisterRow> rows = provisions.stream().map(p -> {
            AgreementVersion v = latest.get(p.id);
            String basis = v != null ? LegalBasis.inFull(v.legalBasis, v.lawName)
                    : inFull(setting.basisFor(p.legalItem));
            return new RegisterRow(p.id, p.division, p.title, p.informationFile, p.recipient.name,
                    p.recipient.type.label, basis, v != null ? v.regular : p.regular,
                    v != null ? v.periodStart : p.periodStart, v != null ? v.periodEnd : p.periodEnd, p.state.label,
                    p.currentVersion, p.agreedAt, p.startedAt, p.endedAt, investigations.getOrDefault(p.id, 0L),
                    openImprovements.getOrDefault(p.id, 0L));
        }).toList();
        return new Register(setting.agencyName, all ? null : division, rows);
    }

    private static String inFull(LegalBasis basis) {
        return LegalBasis.inFull(basis.provisionArticle(), basis.lawName());
    }

    private static Map<UUID, Long> counts(TypedQuery<Object[]> query) {
        Map<UUID, Long> counts = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put((UUID) row[0], (Long) row[1]);
        }
        return counts;
    }
}
