package jp.itaku.api.provision;

import java.util.UUID;

/**
 * A provision to a third party as GET /api/provisions lists it (provision-service's ProvisionView): the part other
 * services read — what, by which division, to whom, and its state with the provider's own label.
 */
public record ProvisionSummary(UUID id, String division, String title, Recipient recipient, String state,
                               String stateLabel) {

    /** The recipient (提供先) inside a provision (provision-service's RecipientView): its name. */
    public record Recipient(UUID id, String name) {
    }

    /** The recipient's name, or "" when the provision came without one. */
    public String recipientName() {
        return recipient == null || recipient.name() == null ? "" : recipient.name();
    }
}
