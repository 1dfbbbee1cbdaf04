package jp.itaku.common.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrictJsonTest {

    enum Kind { ISMS, PRIVACY_MARK }

    record Contact(String name, String note) {
    }

    record Request(String name, String orgCode, String summary, List<String> tags, List<Contact> contacts,
                   Boolean active, Integer count, Kind kind) {
    }

    private final ObjectMapper mapper = strictMapper();

    static ObjectMapper strictMapper() {
        ObjectMapper m = new ObjectMapper();
        new StrictJsonCustomizer().customize(m);
        return m;
    }

    private JsonMappingException refused(String json) {
        return assertThrows(JsonMappingException.class, () -> mapper.readValue(json, Request.class), json);
    }

    private static String path(JsonMappingException e) {
        return UnsafeTextMapper.pathOf(e);
    }

    @Test
    void loneHighSurrogateIsRefusedNamingTheField() {
        JsonMappingException e = refused("{\"name\":\"ab\\ud800\"}");
        assertInstanceOf(UnsafeTextException.class, e);
        assertEquals("name", path(e));
    }

    @Test
    void loneLowSurrogateAndReversedPairAreRefused() {
        assertInstanceOf(UnsafeTextException.class, refused("{\"summary\":\"\\udc00\"}"));
        assertInstanceOf(UnsafeTextException.class, refused("{\"summary\":\"\\ude00\\ud83d\"}"));
    }

    @Test
    void nulIsRefusedEvenInFreeText() {
        JsonMappingException e = refused("{\"summary\":\"a\\u0000b\"}");
        assertInstanceOf(UnsafeTextException.class, e);
        assertEquals("summary", path(e));
    }

    @Test
    void controlCharactersAreRefusedInsideListsAndNestedObjects() {
        assertEquals("tags.[1]", path(refused("{\"tags\":[\"ok\",\"\\u0007\"]}")));
        assertEquals("contacts.[0].name", path(refused("{\"contacts\":[{\"name\":\"a\\u001bb\"}]}")));
        assertInstanceOf(UnsafeTextException.class, refused("{\"summary\":\"\\u0085\"}"));
        assertInstanceOf(UnsafeTextException.class, refused("{\"summary\":\"\\u007f\"}"));
        assertInstanceOf(UnsafeTextException.class, refused("{\"summary\":\"\\uffff\"}"));
    }

    @Test
    void lineBreaksAreRefusedInNamesAndCodesButKeptInFreeText() throws Exception {
        assertEquals("name", path(refused("{\"name\":\"株式会社\\nアルファ\"}")));
        assertEquals("orgCode", path(refused("{\"orgCode\":\"org\\talpha\"}")));
        assertEquals("contacts.[0].name", path(refused("{\"contacts\":[{\"name\":\"a\\rb\"}]}")));
        Request ok = mapper.readValue("{\"summary\":\"一行目\\r\\n二行目\\t終\",\"contacts\":[{\"note\":\"a\\nb\"}]}",
                Request.class);
        assertEquals("一行目\r\n二行目\t終", ok.summary());
        assertEquals("a\nb", ok.contacts().get(0).note());
    }

    @Test
    void numbersBooleansObjectsAndArraysNeverBecomeText() {
        for (String value : List.of("123", "1.5", "true", "{\"a\":1}", "[\"x\"]")) {
            JsonMappingException e = refused("{\"name\":" + value + "}");
            assertEquals("name", path(e), value);
        }
        assertEquals("tags.[0]", path(refused("{\"tags\":[1]}")));
    }

    @Test
    void numbersAreNotCoercedIntoBooleansEnumsOrTruncatedIntegers() {
        assertEquals("active", path(refused("{\"active\":1}")));
        assertEquals("kind", path(refused("{\"kind\":0}")));
        assertEquals("count", path(refused("{\"count\":1.5}")));
    }

    @Test
    void validTextIsKeptExactlyIncludingSurrogatePairsAndJapanese() throws Exception {
        Request r = mapper.readValue("{\"name\":\"株式会社アルファ 😀 𠮷野家\",\"orgCode\":\"org-α\",\"kind\":\"ISMS\","
                + "\"active\":true,\"count\":3,\"tags\":[\"a\",null]}", Request.class);
        assertEquals("株式会社アルファ 😀 𠮷野家", r.name());
        assertEquals("org-α", r.orgCode());
        assertEquals(Kind.ISMS, r.kind());
        assertTrue(r.active());
        assertEquals(3, r.count());
        assertEquals(java.util.Arrays.asList("a", null), r.tags());
    }

    @Test
    void singleLinePropertiesAreNamesCodesAndNumbersByCamelCaseSuffix() {
        for (String p : List.of("name", "contractorName", "orgCode", "corporateNumber", "email", "title", "nodeId")) {
            assertTrue(TextRules.isSingleLine(p), p);
        }
        for (String p : List.of("summary", "measures", "note", "surname", "filename", "Name", "")) {
            assertFalse(TextRules.isSingleLine(p), p);
        }
    }
}
