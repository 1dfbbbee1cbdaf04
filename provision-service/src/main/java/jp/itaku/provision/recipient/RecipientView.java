package jp.itaku.provision.recipient;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A recipient (提供先) as /api/provisions/recipients answers it, with its type's label. */
public record RecipientView(UUID id, String name, String type, String typeLabel, String representative,
                            String address, String contactDepartment, String contactName, String contactEmail,
                            String contactPhone, OffsetDateTime createdAt, String createdBy,
                            OffsetDateTime updatedAt, String updatedBy) {
    public static RecipientView of(Recipient r) {
        return new RecipientView(r.id, r.name, r.type.name(), r.type.label, r.representative, r.address,
                r.contactDepartment, r.contactName, r.contactEmail, r.contactPhone, r.createdAt, r.createdBy,
                r.updatedAt, r.updatedBy);
    }
}
