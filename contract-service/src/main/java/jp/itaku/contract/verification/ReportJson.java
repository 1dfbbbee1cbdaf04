package jp.itaku.contract.verification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON of ARCHITECTURE.md ("Contract verification"): {@code file}, {@code kind}, {@code elements[{id, name, status,
 * evidence[{article, start, end, text}], explanation, suggestedClause}]}.
 */
public final class ReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportJson() {
    }

    public static Map<String, Object> toMap(VerificationReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.file());
        m.put("kind", r.kind());
        List<Map<String, Object>> els = new ArrayList<>();
        for (ElementResult e : r.elements()) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("id", e.id());
            em.put("name", e.name());
            em.put("status", e.status());
            List<Map<String, Object>> evs = new ArrayList<>();
            for (Evidence ev : e.evidence()) {
                Map<String, Object> evm = new LinkedHashMap<>();
                evm.put("article", ev.article());
                evm.put("start", ev.start());
                evm.put("end", ev.end());
                evm.put("text", ev.text());
                evs.add(evm);
            }
            em.put("evidence", evs);
            em.put("explanation", e.explanation());
            if (e.suggestedClause() != null) {
                em.put("suggestedClause", e.suggestedClause());
            }
            els.add(em);
        }
        m.put("elements", els);
        return m;
    }

    /** One line of JSON. */
    public static String toJson(VerificationReport r) {
        try {
            return MAPPER.writeValueAsString(toMap(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
