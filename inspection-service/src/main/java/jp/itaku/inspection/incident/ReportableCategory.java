package jp.itaku.inspection.incident;

import java.util.Arrays;
import java.util.Optional;

/**
 * The cases in which a 行政機関等 must report a 漏えい等 (leak, loss, damage — or the risk of one: "おそれ" counts) to the
 * 個人情報保護委員会 and notify the people affected (個人情報の保護に関する法律第68条第1項・第2項, 同法施行規則第43条).
 * Data protected by 高度な暗号化その他の個人の権利利益を保護するために必要な措置 is excluded from ①–④ (規則第43条柱書).
 */
public enum ReportableCategory {

    /** 規則第43条第1号: 要配慮個人情報が含まれる保有個人情報の漏えい等（おそれを含む）. */
    SENSITIVE("①", "要配慮個人情報が含まれる", "規則第43条第1号", false),
    /** 規則第43条第2号: 不正に利用されることにより財産的被害が生じるおそれがある保有個人情報の漏えい等. */
    PROPERTY_DAMAGE("②", "不正に利用されることにより財産的被害が生じるおそれがある", "規則第43条第2号", false),
    /**
     * 規則第43条第3号: 不正の目的をもって行われたおそれがある当該行政機関等に対する行為による漏えい等 (including
     * information being acquired for that purpose). Gives the 確報 60 days instead of 30 (規則第44条第2項).
     */
    UNLAWFUL_PURPOSE("③", "不正の目的をもって行われたおそれがある行為による", "規則第43条第3号", false),
    /** 規則第43条第4号: 本人の数が百人を超える漏えい等. Also set automatically when the count passes 100. */
    OVER_HUNDRED("④", "本人の数が百人を超える", "規則第43条第4号", false),
    /** 規則第43条第5号: 条例要配慮個人情報 — for 地方公共団体の機関・地方独立行政法人 only. */
    LOCAL_SENSITIVE("⑤", "条例要配慮個人情報が含まれる（地方公共団体の機関等のみ）", "規則第43条第5号", true);

    public final String mark;
    public final String label;
    public final String citation;
    /** Applies to local bodies only; a national organ or 独立行政法人等 cannot choose it. */
    public final boolean localBodiesOnly;

    ReportableCategory(String mark, String label, String citation, boolean localBodiesOnly) {
        this.mark = mark;
        this.label = label;
        this.citation = citation;
        this.localBodiesOnly = localBodiesOnly;
    }

    public String display() {
        return mark + " " + label + "（" + citation + "）";
    }

    public static Optional<ReportableCategory> parse(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }
}
