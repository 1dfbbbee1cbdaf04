package jp.itaku.gateway.portal.client;

/**
 * {@code POST /api/inspections/nodes/{parentId}/subcontracts}: a contractor asks to re-subcontract part of its work,
 * with the subcontract's text (inspection-service's {@code SubcontractRequest}).
 */
public record SubcontractInput(String name, String corporateNumber, boolean subsidiary, String workPart,
                               String personalInfo, String location, String subcontractFileName, String subcontractText) {
}
