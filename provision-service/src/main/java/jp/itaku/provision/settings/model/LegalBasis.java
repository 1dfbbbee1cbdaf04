package jp.itaku.provision.settings.model;

/**
 * The articles a provision's documents cite, worked out from the agency's type and its citation setting
 * (GUIDELINE-MAP.md: legacy 法第8条/第9条第2項第3号・第4号 became APPI 第69条第2項第3号・第4号; the safety-measure
 * request, legacy 法第9条/第10条, is APPI 第70条).
 */
public record LegalBasis(String lawName, String provisionArticle, String safetyMeasureArticle) {

    static final String APPI = "個人情報の保護に関する法律";

    public static LegalBasis of(AgencyType type, Citation citation, LegalItem item) {
        if (citation == Citation.CURRENT) {
            return new LegalBasis(APPI, APPI + "第69条第2項第" + item.number + "号", APPI + "第70条");
        }
        return new LegalBasis(type.legacyLaw,
                "法第" + type.legacyProvisionArticle + "条第2項第" + item.number + "号",
                "法第" + type.legacySafetyMeasureArticle + "条");
    }

    /** The article with its act spelt out when the article says only 「法」, as a document reader needs it. */
    public static String inFull(String article, String lawName) {
        return article.startsWith("法第") ? article + "（" + lawName + "）" : article;
    }
}
