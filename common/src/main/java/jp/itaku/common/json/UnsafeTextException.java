package jp.itaku.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON string that cannot be stored unchanged (see {@link TextRules}); Jackson adds the field path. */
public class UnsafeTextException extends MismatchedInputException {

    private final String reason;

    UnsafeTextException(JsonParser parser, String reason) {
        super(parser, "unsafe text: " + reason, String.class);
        this.reason = reason;
    }

    /** Japanese description of what was found, e.g. "NUL 文字". */
    public String reason() {
        return reason;
    }
}
