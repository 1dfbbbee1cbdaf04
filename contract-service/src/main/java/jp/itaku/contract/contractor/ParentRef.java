package jp.itaku.contract.contractor;

import java.util.UUID;

/** A contractor named as the parent or a subsidiary of another: its id and name. */
public record ParentRef(UUID id, String name) {
}
