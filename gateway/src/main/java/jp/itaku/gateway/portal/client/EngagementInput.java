package jp.itaku.gateway.portal.client;

import java.util.List;

/**
 * {@code POST /api/contracts/engagements}: a new engagement as the officer's form typed it — contract-service's
 * {@code EngagementRequest}. Codes, dates, the contractor's id and the count stay as typed (strings): the service
 * reads them into its types and answers a field error for one it cannot read.
 */
public record EngagementInput(String title, String division, String kind, String contractorId, String sensitivity,
                              String periodStart, String periodEnd, String recordCount, List<String> infoCategories,
                              List<LocationInput> locations) {

    /** One place where the information is handled or stored ({@code LocationRequest}). */
    public record LocationInput(String purpose, String placeType, String description) {
    }
}
