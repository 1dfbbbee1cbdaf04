package jp.itaku.gateway.portal.client;

import java.util.List;

/** An engagement as contract-service shows it ({@code EngagementView}), with its labels. */
public record Engagement(String id, String title, String division, String kind, String kindLabel, Contractor contractor,
                         String sensitivity, String sensitivityLabel, String periodStart, String periodEnd,
                         List<String> infoCategories, int recordCount, List<Location> locations, String state,
                         String stateLabel) {

    public static final String DISPATCH = "DISPATCH";

    /** One place where the personal information is handled or stored. */
    public record Location(String purpose, String purposeLabel, String placeType, String placeTypeLabel,
                           String description, boolean needsReview) {
    }

    public boolean dispatch() {
        return DISPATCH.equals(kind);
    }
}
