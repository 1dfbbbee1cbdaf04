package jp.itaku.gateway.portal.web;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.LinkedHashMap;
import java.util.Map;

/** A service's RFC 9457 answer as a page shows it: the message, and each field's message beside the field. */
public record Problem(int status, String title, String detail, Map<String, String> fields) {

    static Problem parse(int status, String body) {
        try {
            JsonObject json = new JsonObject(body);
            Map<String, String> fields = new LinkedHashMap<>();
            JsonArray errors = json.getJsonArray("errors");
            if (errors != null) {
                for (Object e : errors) {
                    if (e instanceof JsonObject error) {
                        fields.merge(fieldName(error.getString("field")), error.getString("message", ""),
                                (a, b) -> a + " " + b);
                    }
                }
            }
            return new Problem(status, json.getString("title", "エラー"), json.getString("detail", ""), fields);
        } catch (RuntimeException notJson) {
            return new Problem(status, "エラー（HTTP " + status + "）", "サービスから予期しない応答がありました。", Map.of());
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
