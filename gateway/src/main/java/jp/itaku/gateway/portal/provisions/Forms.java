package jp.itaku.gateway.portal.provisions;

import jp.itaku.gateway.portal.web.Form;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The forms of one page, by name ({@code issue}, {@code response-<id>} …): the one the person sent comes back with
 * what they typed and the service's messages; the others are empty.
 */
public final class Forms {

    private final Map<String, Form> forms = new HashMap<>();

    static Forms none() {
        return new Forms();
    }

    static Forms with(String name, Form form) {
        Forms forms = new Forms();
        forms.forms.put(name, form);
        return forms;
    }

    public Form of(String name) {
        return forms.getOrDefault(name, Form.empty());
    }

    /** The form of one row (e.g. {@code response-<id>}). */
    public Form forRow(String prefix, Object id) {
        return of(prefix + id);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A date as a date input sends it (ISO); anything else is an error beside the field, in Japanese. */
    static LocalDate date(Form form, String field, Map<String, String> errors) {
        String value = form.value(field).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(field, "日付は「2026-04-01」の形式（年-月-日）で入力してください。");
            return null;
        }
    }

    static UUID uuid(Form form, String field, Map<String, String> errors, String message) {
        String value = form.value(field).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            errors.put(field, message);
            return null;
        }
    }

    /** The form with the page's own errors (bad dates) added to the service's. */
    static Form withErrors(Form form, Map<String, String> errors) {
        Form result = form;
        for (Map.Entry<String, String> e : errors.entrySet()) {
            result = result.withError(e.getKey(), e.getValue());
        }
        return result;
    }
}
