package jp.itaku.provision.settings;

import jp.itaku.provision.settings.model.LegalItem;

import java.time.OffsetDateTime;

/** The agency's setting as GET /api/provisions/settings answers it, with the articles it gives. */
public record SettingsView(String agencyName, String agencyType, String agencyTypeLabel, String citation,
                           String citationLabel, String provisionArticleItem3, String provisionArticleItem4,
                           String safetyMeasureArticle, OffsetDateTime updatedAt, String updatedBy) {
    static SettingsView of(AgencySetting s) {
        return new SettingsView(s.agencyName, s.agencyType.name(), s.agencyType.label, s.citation.name(),
                s.citation.label, s.basisFor(LegalItem.ITEM_3).provisionArticle(),
                s.basisFor(LegalItem.ITEM_4).provisionArticle(), s.basisFor(LegalItem.ITEM_3).safetyMeasureArticle(),
                s.updatedAt, s.updatedBy);
    }
}
