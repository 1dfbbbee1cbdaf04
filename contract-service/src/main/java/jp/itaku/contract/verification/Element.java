package jp.itaku.contract.verification;

import java.util.Arrays;

/**
 * The elements a contract must contain (SPEC.md; guideline 第8-4 (1)-(6), the written confirmations and 第8-7).
 * Texts use {甲} for the client's label and {乙} for the contractor's label as the draft defines them.
 */
public enum Element {
    C1a("C1a", "秘密保持",
            "委託業務で知り得た個人情報を漏らしてはならない（契約終了後も同様）という{乙}の秘密保持義務が見当たりません。",
            "{乙}は、この契約による業務に関して知り得た個人情報をみだりに他人に知らせ、又は不当な目的に使用してはならない。この契約が終了し、又は解除された後においても、同様とする。"),
    C1b("C1b", "目的外利用の禁止",
            "個人情報を委託業務の目的以外に利用し、又は第三者に提供することを禁じる条項が見当たりません。",
            "{乙}は、{甲}の指示又は承諾がある場合を除き、この契約による業務に関して知り得た個人情報を当該業務の目的以外の目的に利用し、又は第三者に提供してはならない。"),
    C2("C2", "再委託の制限又は事前承認",
            "再委託（第三者への委託・下請負）を禁止し、又は{甲}の事前の承認を条件とする条項が見当たりません。",
            "{乙}は、この契約による業務の全部又は一部を第三者に委託してはならない。ただし、あらかじめ再委託先の名称、再委託する業務の範囲及び再委託先における個人情報の管理体制を書面により{甲}に申請し、{甲}の書面による承諾を得た場合は、この限りでない。"),
    C3("C3", "複製等の制限",
            "個人情報が記録された資料等の複写・複製を禁止し、又は{甲}の承認を条件とする条項が見当たりません。",
            "{乙}は、{甲}の承諾がある場合を除き、この契約による業務を処理するために{甲}から提供を受けた個人情報が記録された資料等を複写し、又は複製してはならない。"),
    C4("C4", "漏えい等事案発生時の対応",
            "個人情報の漏えい・滅失・毀損等（そのおそれを含む。）が生じたときに、{乙}が直ちに{甲}へ報告し{甲}の指示に従う旨の条項が見当たりません。",
            "{乙}は、個人情報の漏えい、滅失、毀損その他の事案が発生し、又は発生するおそれがあることを知ったときは、直ちに{甲}に報告し、{甲}の指示に従い、被害の拡大防止、原因の究明及び再発防止のために必要な措置を講じなければならない。"),
    C5a("C5a", "委託終了時の消去",
            "契約終了時に{乙}が保有する個人情報を復元できない方法で消去・廃棄する義務が見当たりません。",
            "{乙}は、この契約が終了し、又は解除されたときは、業務に用いた電子計算機、記録媒体等に記録された個人情報を、速やかに復元又は判読が不可能な方法により消去し、紙媒体については裁断又は溶解により廃棄した上、その結果を書面により{甲}に報告しなければならない。"),
    C5b("C5b", "媒体の返却",
            "契約終了時に、{甲}から提供を受けた資料や個人情報が記録された媒体を{乙}が返却（返還・引渡し）する義務が見当たりません。",
            "{乙}は、この契約が終了し、又は解除されたときは、{甲}から提供を受け、又は{乙}が収集し、若しくは作成した個人情報が記録された資料及び媒体を、直ちに{甲}に返還しなければならない。"),
    C6a("C6a", "違反時の契約解除",
            "{乙}が個人情報の取扱いに関する義務に違反したときに{甲}が契約を解除できる旨の条項が見当たりません。",
            "{甲}は、{乙}がこの契約（個人情報の取扱いに関する定めを含む。）に違反したときは、催告を要せず、この契約の全部又は一部を解除することができる。"),
    C6b("C6b", "違反時の損害賠償",
            "{乙}の義務違反によって生じた損害を{乙}が賠償する旨の条項が見当たりません。",
            "{乙}は、この契約（個人情報の取扱いに関する定めを含む。）に違反し、{甲}又は第三者に損害を与えたときは、その損害を賠償しなければならない。"),
    W1("W1", "管理及び実施体制",
            "{乙}が個人情報の管理責任者・業務従事者や管理体制・実施体制を書面で{甲}に届け出る条項が見当たりません。",
            "{乙}は、業務の着手前に、個人情報の取扱いに係る管理責任者及び業務に従事する者の氏名並びに個人情報の管理体制及び実施体制を記載した書面を{甲}に提出しなければならない。これらを変更するときも、同様とする。"),
    W2("W2", "管理状況の検査",
            "{甲}が{乙}における個人情報の管理状況を検査・監査・実地調査し、又は報告を求めることができる旨の条項が見当たりません。",
            "{甲}は、必要があると認めるときは、{乙}が取り扱う個人情報の管理の状況について、{乙}に報告若しくは資料の提出を求め、又は{乙}の事業所その他業務を行う場所に立ち入って検査し、若しくは調査することができる。{乙}は、正当な理由なくこれを拒んではならない。"),
    D1("D1", "派遣労働者の秘密保持",
            "派遣労働者自身に、派遣就業で知り得た個人情報を派遣就業中及び終了後も漏らさない義務（誓約書の徴取など）を課す条項が見当たりません。",
            "{乙}は、派遣労働者に対し、派遣就業中及び派遣就業の終了後において、派遣就業に関して知り得た個人情報を他に漏らし、又は不当な目的に使用してはならない義務を課し、派遣就業の開始前に、その旨の誓約書を派遣労働者から徴して{甲}に提出しなければならない。");

    private final String id;
    private final String japaneseName;
    private final String missingText;
    private final String clauseTemplate;

    Element(String id, String japaneseName, String missingText, String clauseTemplate) {
        this.id = id;
        this.japaneseName = japaneseName;
        this.missingText = missingText;
        this.clauseTemplate = clauseTemplate;
    }

    public String id() {
        return id;
    }

    public String japaneseName() {
        return japaneseName;
    }

    /** Explanation used when the element is missing, with the draft's party labels filled in. */
    public String missingExplanation(String client, String contractor) {
        return fill(missingText, client, contractor);
    }

    /** A clause written for Itaku, with the draft's party labels filled in. */
    public String suggestedClause(String client, String contractor) {
        return fill(clauseTemplate, client, contractor);
    }

    public static Element byId(String id) {
        return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown element " + id));
    }

    static String fill(String template, String client, String contractor) {
        return template.replace("{甲}", client).replace("{乙}", contractor);
    }
}
