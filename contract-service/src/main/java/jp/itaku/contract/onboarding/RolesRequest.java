package jp.itaku.contract.onboarding;

import jakarta.validation.constraints.NotNull;

import java.util.List;

/** The body of PUT /api/contracts/staff/{id}/roles: the roles the user has from now on. */
public record RolesRequest(@NotNull(message = "ロールを選んでください。") List<String> roles) {
}
