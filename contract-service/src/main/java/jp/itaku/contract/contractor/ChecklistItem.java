package jp.itaku.contract.contractor;

/** The selection checklist (委託先選定チェックリスト): what an officer confirms before choosing a contractor. */
public enum ChecklistItem {
    PRIVACY_POLICY("個人情報保護方針を定め、公表している"),
    CERTIFICATION("プライバシーマーク・ISMS等の第三者認証を有効な期間内で取得している"),
    MANAGEMENT_STRUCTURE("個人情報の管理責任者及び管理体制が明確である"),
    STAFF_TRAINING("従業者に対する個人情報保護の教育を定期的に実施している"),
    ACCESS_CONTROL("アクセス制御・アクセス記録の保存等の技術的安全管理措置を講じている"),
    PHYSICAL_SECURITY("入退室管理・施錠保管等の物理的安全管理措置を講じている"),
    INCIDENT_RESPONSE("漏えい等事案発生時の報告・対応体制を整備している"),
    SUBCONTRACT_CONTROL("再委託先を選定・監督する手順を定めている"),
    PAST_INCIDENTS("過去の漏えい等事案の有無と再発防止策を確認した"),
    BUSINESS_STABILITY("経営の安定性及び業務の継続性を確認した");

    public final String label;

    ChecklistItem(String label) {
        this.label = label;
    }
}
