package jp.itaku.inspection.selfreport;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

public record StartRequest(@NotNull(message = "自己点検の対象（nodeId）を指定してください。") UUID nodeId) {
}
