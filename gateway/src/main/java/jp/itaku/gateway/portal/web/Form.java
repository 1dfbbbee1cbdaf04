package jp.itaku.gateway.portal.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.HashMap;
import java.util.Map;

/** What the person typed and, after a refusal, each field's message: a re-rendered form keeps both. */
public record Form(Map<String, String> values, Map<String, String> errors, String message) {

    public static Form empty() {
        return new Form(new HashMap<>(), new HashMap<>(), null);
    }

    public static Form of(MultivaluedMap<String, String> posted) {
        Map<String, String> values = new HashMap<>();
        posted.forEach((k, v) -> values.put(k, v == null || v.isEmpty() ? "" : v.get(0)));
        return new Form(values, new HashMap<>(), null);
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public String error(String name) {
        return errors.get(name);
    }

    public boolean invalid(String name) {
        return errors.containsKey(name);
    }

    public Form refused(Problem problem) {
        Map<String, String> fields = new HashMap<>(errors);
        fields.putAll(problem.fields());
        return new Form(values, fields, problem.message());
    }

    public Form withError(String field, String text) {
        Map<String, String> fields = new HashMap<>(errors);
        fields.put(field, text);
        return new Form(values, fields, message == null ? invalid() : message);
    }

    /** "Check what you entered" in the page's language (its request's cookie); Japanese outside a request. */
    private static String invalid() {
        ArcContainer arc = Arc.container();
        if (arc != null && arc.requestContext().isActive()) {
            return arc.instance(Page.class).get().msg().form_invalid();
        }
        return "入力内容を確認してください。";
    }
}
