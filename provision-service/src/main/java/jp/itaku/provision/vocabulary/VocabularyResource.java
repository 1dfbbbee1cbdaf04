package jp.itaku.provision.vocabulary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jp.itaku.common.security.Roles;

/** The codes and labels of provision-service's vocabulary (no tenant data: the same for every caller). */
@Path("/api/provisions/vocabulary")
public class VocabularyResource {

    private static final Vocabulary VOCABULARY = Vocabulary.of();

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    public Vocabulary get() {
        return VOCABULARY;
    }
}
