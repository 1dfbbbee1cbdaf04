package jp.itaku.inspection.incident;

import jakarta.validation.constraints.NotNull;

public record ReportRequest(@NotNull(message = "報告の種別（QUICK＝速報 または FINAL＝確報）を指定してください。") IncidentReport.Kind kind) {
}
