package jp.itaku.inspection.vocabulary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jp.itaku.common.security.Roles;

/** The codes and labels of inspection-service's vocabulary (no tenant data: the same for every caller). */
@Path("/api/inspections/vocabulary")
public class VocabularyResource {

    private static final Vocabulary VOCABULARY = Vocabulary.of();

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public Vocabulary get() {
        return VOCABULARY;
    }
}
