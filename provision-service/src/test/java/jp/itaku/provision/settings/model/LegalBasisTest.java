package jp.itaku.provision.settings.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which articles a provision's documents cite, from the agency's type, its citation setting and the item relied on. */
class LegalBasisTest {

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({
            "ADMINISTRATIVE_ORGAN, LEGACY, 法第8条第2項第3号, 法第8条第2項第4号, 法第9条, 行政機関の保有する個人情報の保護に関する法律",
            "INCORPORATED_ADMINISTRATIVE_AGENCY, LEGACY, 法第9条第2項第3号, 法第9条第2項第4号, 法第10条, 独立行政法人等の保有する個人情報の保護に関する法律",
            "ADMINISTRATIVE_ORGAN, CURRENT, 個人情報の保護に関する法律第69条第2項第3号, 個人情報の保護に関する法律第69条第2項第4号, 個人情報の保護に関する法律第70条, 個人情報の保護に関する法律",
            "INCORPORATED_ADMINISTRATIVE_AGENCY, CURRENT, 個人情報の保護に関する法律第69条第2項第3号, 個人情報の保護に関する法律第69条第2項第4号, 個人情報の保護に関する法律第70条, 個人情報の保護に関する法律"})
    void citedArticleFollowsAgencyTypeAndCitationSetting(AgencyType type, Citation citation, String item3, String item4,
                                                        String safetyArticle, String law) {
        LegalBasis third = LegalBasis.of(type, citation, LegalItem.ITEM_3);
        LegalBasis fourth = LegalBasis.of(type, citation, LegalItem.ITEM_4);
        assertEquals(item3, third.provisionArticle());
        assertEquals(item4, fourth.provisionArticle());
        assertEquals(safetyArticle, third.safetyMeasureArticle());
        assertEquals(safetyArticle, fourth.safetyMeasureArticle());
        assertEquals(law, third.lawName());
    }

    @Test
    void aLegacyArticleIsSpeltOutWithItsAct() {
        assertEquals("法第8条第2項第4号（行政機関の保有する個人情報の保護に関する法律）",
                LegalBasis.inFull("法第8条第2項第4号", "行政機関の保有する個人情報の保護に関する法律"));
    }

    @Test
    void anArticleThatNamesItsActStaysAsItIs() {
        assertEquals("個人情報の保護に関する法律第70条",
                LegalBasis.inFull("個人情報の保護に関する法律第70条", "個人情報の保護に関する法律"));
    }
}
