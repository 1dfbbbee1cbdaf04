package jp.itaku.contract.verify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jp.itaku.contract.verification.ContractVerifier;

/** One verifier for the whole service: it is thread-safe and loading its dictionaries is not free. */
@ApplicationScoped
public class VerifierProducer {

    @Produces
    @ApplicationScoped
    ContractVerifier verifier() {
        return new ContractVerifier();
    }
}
