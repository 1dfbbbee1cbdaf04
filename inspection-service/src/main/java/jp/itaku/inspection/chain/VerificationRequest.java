package jp.itaku.inspection.chain;

/**
 * What {@link VerificationClient} sends contract-service's verifier ({@code POST /api/contracts/verifications}, its
 * {@code TextRequest}): the subcontract's file name and text. Held by the pact {@code ContractServicePactTest}.
 */
public record VerificationRequest(String fileName, String text) {
}
