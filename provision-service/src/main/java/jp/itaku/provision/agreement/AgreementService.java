package jp.itaku.provision.agreement;

import jp.itaku.common.time.ItakuClock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Caller;
import jp.itaku.provision.provision.model.AgreementCheck;
import jp.itaku.provision.provision.Provision;
import jp.itaku.provision.provision.model.ProvisionState;
import jp.itaku.provision.settings.AgencySetting;
import jp.itaku.provision.settings.model.LegalBasis;
import jp.itaku.provision.settings.SettingsService;

import java.util.Arrays;
import java.util.UUID;

@ApplicationScoped
public class AgreementService {

    @Inject
    ItakuClock clock;

    @Inject
    Caller caller;

    @Inject
    SettingsService settings;

    /** Issues the working draft as the next version of the written agreement (第1版, or an amendment). */
    @Transactional
    public AgreementVersion issue(UUID provisionId, String amendmentReason) {
        return issue(provisionId, amendmentReason, caller.userName(), caller.displayName());
    }

    @Transactional
    public AgreementVersion issue(UUID provisionId, String amendmentReason, String by, String byName) {
        Provision provision = Provision.lockVisible(provisionId);
        if (provision.state == ProvisionState.ENDED) {
            throw ItakuException.conflict("終了した提供の書面は交付できません。");
        }
        AgencySetting setting = settings.require();
        AgreementCheck.issuable(provision.terms()).orThrow();
        AgreementVersion next = snapshot(provision, setting, amendmentReason, by, byName);
        if (provision.currentVersion > 0) {
            if (amendmentReason == null || amendmentReason.isBlank()) {
                throw ItakuException.invalid("amendmentReason", "書面を改定する理由を入力してください。");
            }
            AgreementVersion latest = AgreementVersion.find(provisionId, provision.currentVersion).orElseThrow();
            if (sameTerms(latest, next)) {
                throw ItakuException.conflict("前回交付した書面（第" + latest.version + "版）から変更がありません。"
                        + "改定する事項を編集してから交付してください。");
            }
        } else if (amendmentReason != null && !amendmentReason.isBlank()) {
            throw ItakuException.invalid("amendmentReason", "改定の理由は第2版以降の交付でだけ指定します。");
        }
        next.version = provision.currentVersion + 1;
        next.persist();
        provision.currentVersion = next.version;
        if (provision.state == ProvisionState.DRAFT) {
            provision.state = ProvisionState.AGREED;
            provision.agreedAt = next.issuedAt;
            provision.agreedBy = by;
        }
        return next;
    }

    private AgreementVersion snapshot(Provision p, AgencySetting setting, String amendmentReason,
                                             String by, String byName) {
        LegalBasis basis = setting.basisFor(p.legalItem);
        AgreementVersion v = new AgreementVersion();
        v.id = UUID.randomUUID();
        v.provisionId = p.id;
        v.amendmentReason = amendmentReason == null || amendmentReason.isBlank() ? null : amendmentReason.strip();
        v.agencyName = setting.agencyName;
        v.agencyType = setting.agencyType;
        v.citation = setting.citation;
        v.legalBasis = basis.provisionArticle();
        v.lawName = basis.lawName();
        v.safetyMeasureBasis = basis.safetyMeasureArticle();
        v.division = p.division;
        v.title = p.title;
        v.informationFile = p.informationFile;
        v.recipientName = p.recipient.name;
        v.recipientType = p.recipient.type;
        v.recipientRepresentative = p.recipient.representative;
        v.recipientAddress = p.recipient.address;
        v.regular = p.regular;
        v.regularReason = p.regularReason;
        v.measuresNecessary = p.measuresNecessary;
        v.necessityReason = p.necessityReason;
        v.purposeOfUse = p.purposeOfUse;
        v.businessLegalBasis = p.businessLegalBasis;
        v.recordScope = p.recordScope;
        v.recordItems = p.recordItems;
        v.usageMedia = p.usageMedia;
        v.usageOnline = p.usageOnline;
        v.usageFrequency = p.usageFrequency;
        v.periodStart = p.periodStart;
        v.periodEnd = p.periodEnd;
        v.safetyMeasures = p.safetyMeasures;
        v.issuedAt = clock.now();
        v.issuedBy = by;
        v.issuedByName = byName;
        return v;
    }

    private static boolean sameTerms(AgreementVersion a, AgreementVersion b) {
        return Arrays.equals(terms(a), terms(b));
    }

    private static Object[] terms(AgreementVersion v) {
        return new Object[]{v.agencyName, v.legalBasis, v.safetyMeasureBasis, v.division, v.title, v.informationFile,
                v.recipientName, v.recipientRepresentative, v.recipientAddress, v.regular, v.regularReason,
                v.measuresNecessary, v.necessityReason, v.purposeOfUse,
                v.businessLegalBasis, v.recordScope, v.recordItems, v.usageMedia, v.usageOnline, v.usageFrequency,
                v.periodStart, v.periodEnd, v.safetyMeasures};
    }
}
