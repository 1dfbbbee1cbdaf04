package jp.itaku.inspection.notice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Caller;
import jp.itaku.common.security.Roles;
import jp.itaku.common.time.ItakuClock;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The caller's own notice settings (通知設定): mails at once or one digest a day, to the address Keycloak holds. */
@Path("/api/inspections/notice-settings")
public class NoticeSettingsResource {

    @Inject
    Caller caller;

    @Inject
    ItakuClock clock;

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public SettingsView get() {
        return NoticeRecipient.<NoticeRecipient>find("username", caller.userName()).firstResultOptional()
                .map(r -> new SettingsView(true, r.email, r.delivery, r.delivery.label, r.updatedAt))
                .orElseGet(() -> new SettingsView(false, caller.email().orElse(null), null, null, null));
    }

    @PUT
    @Transactional
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public SettingsView put(@Valid @NotNull(message = "本文が必要です。") SettingsRequest request) {
        String email = caller.email().orElseThrow(() -> ItakuException.unprocessable(
                "メールアドレスが登録されていないため通知を受け取れません。管理者に登録を依頼してください。"));
        NoticeRecipient recipient = NoticeRecipient.<NoticeRecipient>find("username", caller.userName())
                .firstResultOptional().orElseGet(() -> {
                    NoticeRecipient r = new NoticeRecipient();
                    r.id = UUID.randomUUID();
                    r.username = caller.userName();
                    return r;
                });
        recipient.email = email;
        recipient.orgCode = caller.org().orElse(null);
        recipient.inspector = caller.hasRole(Roles.INSPECTOR);
        recipient.roles = caller.roles().stream().sorted().collect(java.util.stream.Collectors.joining(","));
        recipient.delivery = request.delivery();
        recipient.updatedAt = OffsetDateTime.now(clock);
        recipient.persist();
        return new SettingsView(true, recipient.email, recipient.delivery, recipient.delivery.label, recipient.updatedAt);
    }
}
