package jp.itaku.gateway.portal.client;

import java.util.List;

/** One organisation in an engagement's subcontracting chain ({@code NodeView}), with its request and decision. */
public record ChainNode(String id, String engagementId, String parentId, int depth, String name, String orgCode,
                        String workPart,
                        String personalInfo, String location, String status, String subcontractFileName,
                        SubcontractVerification verification, String requestedAt, String requestedBy, String decidedAt,
                        String decisionComment) {

    public static final String ACTIVE = "ACTIVE";
    public static final String PENDING = "PENDING";

    public boolean active() {
        return ACTIVE.equals(status);
    }

    public boolean pending() {
        return PENDING.equals(status);
    }

    /** contract-service's verification of the subcontract's text, as inspection-service stored it. */
    public record SubcontractVerification(List<Element> elements) {
    }

    public record Element(String id, String status, String explanation) {
    }
}
