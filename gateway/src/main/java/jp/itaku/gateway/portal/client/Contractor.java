package jp.itaku.gateway.portal.client;

import java.util.List;

/** A contractor as contract-service lists it ({@code ContractorSummary}): what the portal shows of it. */
public record Contractor(String id, String name, String corporateNumber, String orgCode, boolean certificationExpired,
                         List<String> expiredCertifications) {
}
