package jp.itaku.contract.onboarding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code itaku.onboarding.*}: where invitations lead and how long their links live. */
@ConfigMapping(prefix = "itaku.onboarding")
public interface OnboardingConfig {

    /** The realm the people live in (the admin client's own realm is {@code quarkus.keycloak.admin-client.realm}). */
    @WithDefault("itaku")
    String realm();

    /** The client whose login the invitation link continues to once the required actions are done. */
    @WithDefault("itaku-portal")
    String clientId();

    /** Where the browser lands after the required actions (the portal). */
    @WithDefault("http://127.0.0.1:8080/")
    String redirectUri();

    /** How long the link in the invitation mail stays valid. */
    @WithDefault("P3D")
    Duration invitationLifespan();

    /** How long a contractor's users keep access after its last engagement ended. */
    @WithDefault("P90D")
    Duration contractorGrace();

    /** When {@link ContractorAccessExpiry} runs (Asia/Tokyo); {@code off} in tests. */
    @WithDefault("0 30 3 * * ?")
    String expiryCron();
}
