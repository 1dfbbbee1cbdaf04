package jp.itaku.contract.contractor;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorporateNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"7000012050002" /* 国税庁 */, "1180301018771" /* トヨタ自動車 */, "4000012090001" /* 総務省 */})
    void acceptsPublishedCorporateNumbers(String number) {
        assertTrue(CorporateNumber.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8000012050002", "7000012050003", "1180301018772", "700001205000", "70000120500021", "７000012050002", "abcdefghijklm"})
    void rejectsWrongCheckDigitsAndShapes(String number) {
        assertFalse(CorporateNumber.isValid(number));
    }
}
