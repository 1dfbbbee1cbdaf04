package jp.itaku.gateway.portal.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A service's RFC 9457 answer as a page shows it: the message, and each field's message beside the field. */
public record Problem(int status, String title, String detail, Map<String, String> fields) {

    /**
     * A service's {@code application/problem+json} as the portal reads it (common's problem mapping writes it): the
     * title, the detail, the status it names and the Bean Validation field errors; other members are ignored.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answer(String title, String detail, Integer status, List<FieldError> errors) {
    }

    /** One entry of the answer's {@code errors}: the property path the service validated and its message. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * The refusal as the page shows it, with the HTTP status it came with. A body that is not a problem+json object
     * (empty, HTML from a proxy, a JSON array) is shown as an unexpected answer, never as a 500.
     */
    static Problem parse(int status, String body) {
        return parse(status, body, false);
    }

    /** As {@link #parse(int, String)}, the portal's own fallback words in English when {@code english}. */
    static Problem parse(int status, String body, boolean english) {
        Answer answer = read(body);
        if (answer == null) {
            return english ? new Problem(status, Services.en().error_http_title(status), Services.en().error_unexpected(), Map.of())
                    : new Problem(status, "エラー（HTTP " + status + "）", "サービスから予期しない応答がありました。", Map.of());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (answer.errors() != null) {
            for (FieldError error : answer.errors()) {
                if (error != null) {
                    fields.merge(fieldName(error.field()), error.message() == null ? "" : error.message(),
                            (a, b) -> a + " " + b);
                }
            }
        }
        return new Problem(status, answer.title() != null ? answer.title() : english ? Services.en().error_title() : "エラー",
                answer.detail() == null ? "" : answer.detail(), fields);
    }

    /** The body read as an {@link Answer}; null when it is none (empty, not JSON, not an object). */
    static Answer read(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(body, Answer.class);
        } catch (JsonProcessingException notAProblem) {
            return null;
        }
    }

    /** Bean Validation paths like {@code create.request.title} or {@code locations[0].description}: the form's name. */
    static String fieldName(String path) {
        if (path == null) {
            return "";
        }
        String last = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }

    public String message() {
        return detail == null || detail.isBlank() ? title : detail;
    }

    public String field(String name) {
        return fields.get(name);
    }
}
