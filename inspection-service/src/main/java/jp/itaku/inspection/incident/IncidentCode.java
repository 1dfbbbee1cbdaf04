package jp.itaku.inspection.incident;

public record IncidentCode(String code, String mark, String label, String citation) {
}
