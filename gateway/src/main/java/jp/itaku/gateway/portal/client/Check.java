package jp.itaku.gateway.portal.client;

import java.util.List;

/** An inspection's log ({@code CheckView}): the checklist item by item, evidence, the improvement requests made. */
public record Check(String id, String nodeName, String performedOn, String place, List<String> attendees,
                    String inspector, String status, List<Item> items, List<Improvement> improvements,
                    List<EvidenceFile> evidence) {

    public static final String DRAFT = "DRAFT";

    /** One item of the guideline's checklist and what the inspector recorded. */
    public record Item(String code, String category, String text, String reference, String result, String note,
                       String deadline) {
    }
}
