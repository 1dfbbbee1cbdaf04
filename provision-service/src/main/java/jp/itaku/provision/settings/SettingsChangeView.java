package jp.itaku.provision.settings;

import java.time.OffsetDateTime;

/** One change of the agency's setting (GET /api/provisions/settings/history): what it became, who, when. */
public record SettingsChangeView(String agencyName, String agencyType, String agencyTypeLabel, String citation,
                                 String citationLabel, OffsetDateTime changedAt, String changedBy) {
    static SettingsChangeView of(AgencySettingChange c) {
        return new SettingsChangeView(c.agencyName, c.agencyType.name(), c.agencyType.label, c.citation.name(),
                c.citation.label, c.changedAt, c.changedBy);
    }
}
