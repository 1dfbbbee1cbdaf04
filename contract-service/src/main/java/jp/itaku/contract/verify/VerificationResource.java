package jp.itaku.contract.verify;

import jp.itaku.common.ratelimit.RateLimited;
import jp.itaku.common.ratelimit.RateLimits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Roles;
import jp.itaku.contract.verification.ContractVerifier;
import jp.itaku.contract.verification.VerificationReport;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.nio.file.Files;

/** Verifies a contract text without storing anything (inspection-service checks subcontracts through it). */
@Path("/api/contracts/verifications")
public class VerificationResource {

    @Inject
    ContractVerifier verifier;

    @Inject
    VerifierMetrics metrics;

    public record TextRequest(
            @NotBlank(message = "ファイル名を入力してください。") @Size(max = 255, message = "ファイル名は255文字以内で入力してください。") String fileName,
            @NotBlank(message = "検証する契約書の本文を入力してください。") String text) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    @RateLimited(RateLimits.VERIFICATION)
    public VerificationReport verifyFile(@RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ItakuException.invalid("file", "検証する契約書のファイルを「file」として添付してください。");
        }
        try {
            String name = file.fileName() == null || file.fileName().isBlank() ? "upload" : file.fileName();
            byte[] content = Files.readAllBytes(file.uploadedFile());
            return metrics.time("file", () -> verifier.verify(name, content));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read uploaded file", e);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    @RateLimited(RateLimits.VERIFICATION)
    public VerificationReport verifyText(@Valid @NotNull(message = "リクエスト本文が必要です。") TextRequest request) {
        return metrics.time("text", () -> verifier.verifyText(request.fileName(), request.text()));
    }
}
