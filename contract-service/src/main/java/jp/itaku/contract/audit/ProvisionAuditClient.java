package jp.itaku.contract.audit;

import jp.itaku.api.provision.AgencySettings;
import jp.itaku.api.provision.InvestigationSummary;
import jp.itaku.api.provision.ProvisionSummary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * What the 監査報告書 reads from provision-service, as the caller sees it there: the provisions (of one division or
 * all, up to {@code maxPages} pages), each provision's on-site investigations, and the agency's registered name. The
 * pact {@code ProvisionServicePactTest} runs these calls against Pact's mock; provision-service replays them.
 */
public final class ProvisionAuditClient {

    public static final String PROVISIONS = "/api/provisions";
    public static final String SETTINGS = "/api/provisions/settings";

    private final ServiceCall call;
    private final int maxPages;

    public ProvisionAuditClient(ServiceCall call, int maxPages) {
        this.call = call;
        this.maxPages = maxPages;
    }

    /** The provisions of {@code division}, or of every division when it is null or blank. */
    public List<ProvisionSummary> provisions(String division) throws Unavailable {
        String query = division == null || division.isBlank() ? ""
                : "?division=" + URLEncoder.encode(division.strip(), StandardCharsets.UTF_8).replace("+", "%20");
        return call.allItems(PROVISIONS + query, ProvisionSummary.class, maxPages);
    }

    /** A provision's investigations, oldest first. */
    public List<InvestigationSummary> investigations(UUID provisionId) throws Unavailable {
        return call.list(PROVISIONS + "/" + provisionId + "/investigations", InvestigationSummary.class);
    }

    /** The agency's setting; {@link Unavailable} also when none is saved yet (404). */
    public AgencySettings settings() throws Unavailable {
        return call.one(SETTINGS, AgencySettings.class);
    }
}
