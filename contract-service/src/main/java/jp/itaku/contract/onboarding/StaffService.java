package jp.itaku.contract.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.problem.Problem;
import jp.itaku.common.security.Caller;
import jp.itaku.common.security.Roles;
import jp.itaku.common.time.ItakuClock;
import jp.itaku.contract.contractor.Contractor;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Inviting, changing and deactivating people. Every check (address form, address already known, roles the inviter
 * may give, the contractor's organisation) happens before Keycloak is asked to create anyone; each change is
 * recorded in {@code staff_change} with who and when.
 */
@ApplicationScoped
public class StaffService {

    static final List<String> INVITE_ACTIONS_TOTP = List.of("UPDATE_PASSWORD", "CONFIGURE_TOTP");
    static final List<String> INVITE_ACTIONS = List.of("UPDATE_PASSWORD");

    private final KeycloakDirectory directory;
    private final Caller caller;
    private final ItakuClock clock;
    private final EntityManager em;

    StaffService(KeycloakDirectory directory, Caller caller, ItakuClock clock, EntityManager em) {
        this.directory = directory;
        this.caller = caller;
        this.clock = clock;
        this.em = em;
    }

    public record Invitation(String email, String lastName, String firstName, List<String> roles) {
    }

    static ItakuException addressTaken() {
        String message = "このメールアドレスは既に登録されています。";
        return new ItakuException(409, "既に登録されています", message, List.of(new Problem.FieldError("email", message)));
    }

    private String tenant() {
        return caller.tenant().orElseThrow(() -> ItakuException.forbidden("機関に所属していないため、この操作はできません。"));
    }

    /** An agency staff member, invited by a 総括 or 保護管理者; TOTP is always required for agency roles. */
    public Person inviteStaff(Invitation invitation) {
        String tenant = tenant();
        List<String> roles = staffRoles(invitation.roles());
        String email = normalise(invitation.email());
        if (directory.addressTaken(email)) {
            throw addressTaken();
        }
        String id = directory.invite(new KeycloakDirectory.NewPerson(email, invitation.lastName(),
                invitation.firstName(), tenant, null), roles, INVITE_ACTIONS_TOTP);
        record(tenant, id, email, StaffChange.Action.INVITED, roles, null, caller.userName());
        return new Person(id, email, email, invitation.lastName(), invitation.firstName(), true, tenant, null, roles);
    }

    /** A contractor's user, invited from the contractor's page; their {@code org} is the contractor's code. */
    public Person inviteContractorUser(UUID contractorId, Invitation invitation, boolean requireTotp) {
        String tenant = tenant();
        Contractor contractor = Contractor.findVisible(contractorId)
                .orElseThrow(() -> ItakuException.notFound("委託先"));
        if (contractor.orgCode == null || contractor.orgCode.isBlank()) {
            throw ItakuException.conflict("この委託先には組織コードがないため、利用者を招待できません。委託先の組織コードを登録してください。");
        }
        return inviteOrgUser(tenant, contractor.orgCode, invitation, requireTotp, "委託先");
    }

    /**
     * A user of an approved subcontractor (a node below the contractor in the chain), invited by agency staff: the
     * node must be approved and carry an organisation code; its users get that code as their {@code org}.
     */
    public Person inviteSubcontractorUser(ChainNodes.Node node, Invitation invitation, boolean requireTotp) {
        String tenant = tenant();
        if (node.depth() < 2) {
            throw ItakuException.conflict("委託先（連鎖の最上位）の利用者は、委託先の画面から招待してください。");
        }
        if (!ChainNodes.Node.APPROVED.equals(node.status())) {
            throw ItakuException.conflict("承認された再委託先にだけ利用者を招待できます。再委託の承認後に招待してください。");
        }
        if (node.orgCode() == null || node.orgCode().isBlank()) {
            throw ItakuException.conflict("この再委託先には組織コードがないため、利用者を招待できません。");
        }
        return inviteOrgUser(tenant, node.orgCode(), invitation, requireTotp, "再委託先");
    }

    /** A user of a contractor's or subcontractor's organisation: role contractor only, {@code org} = that code. */
    private Person inviteOrgUser(String tenant, String orgCode, Invitation invitation, boolean requireTotp,
                                 String whose) {
        if (invitation.roles() != null && invitation.roles().stream().anyMatch(r -> !Roles.CONTRACTOR.equals(r))) {
            throw ItakuException.invalid("roles", whose + "の利用者に付与できるのは委託先担当者のロールだけです。");
        }
        String email = normalise(invitation.email());
        if (directory.addressTaken(email)) {
            throw addressTaken();
        }
        List<String> roles = List.of(Roles.CONTRACTOR);
        String id = directory.invite(new KeycloakDirectory.NewPerson(email, invitation.lastName(),
                invitation.firstName(), tenant, orgCode), roles, requireTotp ? INVITE_ACTIONS_TOTP : INVITE_ACTIONS);
        record(tenant, id, email, StaffChange.Action.INVITED, roles, orgCode, caller.userName());
        return new Person(id, email, email, invitation.lastName(), invitation.firstName(), true, tenant, orgCode, roles);
    }

    /** Whether the agency requires TOTP of its contractors' users (its choice; required unless turned off). */
    public boolean contractorTotpRequired() {
        return caller.tenant().flatMap(Agency::byId).map(a -> a.contractorTotp).orElse(true);
    }

    public List<Person> subcontractorUsers(ChainNodes.Node node) {
        return node.orgCode() == null || node.orgCode().isBlank() ? List.of() : directory.list(tenant(), node.orgCode());
    }

    /** The first 総括保護管理者 of a new agency, invited by the platform operator. */
    public Person inviteFirstChief(String tenant, Invitation invitation) {
        String email = normalise(invitation.email());
        if (directory.addressTaken(email)) {
            throw addressTaken();
        }
        List<String> roles = List.of(Roles.CHIEF_PROTECTION_MANAGER);
        String id = directory.invite(new KeycloakDirectory.NewPerson(email, invitation.lastName(),
                invitation.firstName(), tenant, null), roles, INVITE_ACTIONS_TOTP);
        record(tenant, id, email, StaffChange.Action.INVITED, roles, null, caller.userName());
        return new Person(id, email, email, invitation.lastName(), invitation.firstName(), true, tenant, null, roles);
    }

    public List<Person> staff() {
        return directory.list(tenant(), null);
    }

    public List<Person> contractorUsers(UUID contractorId) {
        Contractor contractor = Contractor.findVisible(contractorId).orElseThrow(() -> ItakuException.notFound("委託先"));
        if (contractor.orgCode == null) {
            return List.of();
        }
        return directory.list(tenant(), contractor.orgCode);
    }

    public Person changeRoles(String userId, List<String> wanted) {
        String tenant = tenant();
        Person person = staffMember(userId, tenant);
        List<String> roles = staffRoles(wanted);
        // a role the changer may not give may not be taken away by them either
        GrantRules.notGrantable(caller.roles(), person.roles()).ifPresent(role -> {
            throw ItakuException.forbidden("「" + GrantRules.label(role) + "」のロールを持つ利用者のロールは変更できません。");
        });
        if (userId.equals(caller.userId())) {
            throw ItakuException.conflict("自分自身のロールは変更できません。");
        }
        directory.setRoles(userId, roles);
        record(tenant, userId, person.username(), StaffChange.Action.ROLES_CHANGED, roles, null, caller.userName());
        return new Person(person.id(), person.username(), person.email(), person.lastName(), person.firstName(),
                person.enabled(), tenant, null, roles);
    }

    /** Deactivates (or reactivates) a staff member or a contractor user of the caller's agency. */
    public Person setEnabled(String userId, boolean enabled) {
        String tenant = tenant();
        Person person = directory.find(userId, tenant).orElseThrow(() -> ItakuException.notFound("利用者"));
        if (person.org() == null) {
            GrantRules.notGrantable(caller.roles(), person.roles()).ifPresent(role -> {
                throw ItakuException.forbidden("「" + GrantRules.label(role) + "」のロールを持つ利用者は停止・再開できません。");
            });
        } else if (caller.roles().stream().noneMatch(GrantRules.CONTRACTOR_INVITERS::contains)) {
            throw ItakuException.forbidden("委託先の利用者を停止・再開する権限がありません。");
        }
        if (userId.equals(caller.userId())) {
            throw ItakuException.conflict("自分自身を停止することはできません。");
        }
        directory.setEnabled(userId, enabled);
        record(tenant, userId, person.username(), enabled ? StaffChange.Action.REACTIVATED : StaffChange.Action.DEACTIVATED,
                person.roles(), person.org(), caller.userName());
        return new Person(person.id(), person.username(), person.email(), person.lastName(), person.firstName(),
                enabled, tenant, person.org(), person.roles());
    }

    public List<StaffChange> history() {
        return StaffChange.<StaffChange>find("order by changedAt desc, id").page(0, 500).list();
    }

    private Person staffMember(String userId, String tenant) {
        Person person = directory.find(userId, tenant).orElseThrow(() -> ItakuException.notFound("利用者"));
        if (person.org() != null) {
            throw ItakuException.notFound("職員");
        }
        return person;
    }

    /** Checks the roles: known agency roles, at least one, and each one the caller may give. */
    private List<String> staffRoles(List<String> wanted) {
        if (wanted == null || wanted.isEmpty()) {
            throw ItakuException.invalid("roles", "ロールを1つ以上選んでください。");
        }
        List<String> roles = new ArrayList<>(new java.util.LinkedHashSet<>(wanted));
        for (String role : roles) {
            if (!GrantRules.AGENCY_ROLES.containsKey(role)) {
                throw ItakuException.invalid("roles", "「" + role + "」は機関職員のロールではありません。");
            }
        }
        Set<String> mine = caller.roles();
        GrantRules.notGrantable(mine, roles).ifPresent(role -> {
            throw ItakuException.forbidden("「" + GrantRules.label(role) + "」のロールを付与する権限がありません。");
        });
        return roles;
    }

    private static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    @Transactional
    void record(String tenant, String userId, String username, StaffChange.Action action, List<String> roles,
                String org, String by) {
        em.createNativeQuery("insert into contract.staff_change (id, tenant_id, user_id, username, action, roles, "
                        + "org_code, changed_by, changed_at) values (:id, :tenant, :user, :name, :action, :roles, :org, "
                        + ":by, :at)")
                .setParameter("id", UUID.randomUUID()).setParameter("tenant", tenant).setParameter("user", userId)
                .setParameter("name", username).setParameter("action", action.name())
                .setParameter("roles", String.join(",", roles)).setParameter("org", org).setParameter("by", by)
                .setParameter("at", OffsetDateTime.now(clock)).executeUpdate();
    }
}
