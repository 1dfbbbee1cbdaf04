package jp.itaku.inspection.incident;

import java.util.List;

public record IncidentVocabulary(List<IncidentCode> categories, List<IncidentCode> myNumberCategories, List<IncidentCode> causeParties,
                         List<IncidentCode> publications, int quickReportDays) {
}
