package jp.itaku.contract.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the 監査報告書 reads the other services' part (with the auditor's own token). */
@ConfigMapping(prefix = "itaku.audit-report")
public interface AuditReportConfig {

    @WithDefault("${itaku.inspection.url}")
    String inspectionUrl();

    /** ITAKU_PROVISIONS_URL as the gateway's route (and the k8s config map); ITAKU_PROVISION_URL is the older name. */
    @WithDefault("${ITAKU_PROVISIONS_URL:${ITAKU_PROVISION_URL:http://127.0.0.1:8083}}")
    String provisionUrl();
}
