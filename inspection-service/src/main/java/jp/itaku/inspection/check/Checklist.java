package jp.itaku.inspection.check;

import java.util.List;
import java.util.Optional;

/**
 * The checklist of an inspection, drawn from the guideline: what 第8-4 makes the contractor promise (and 第8-6
 * makes it impose on its subcontractors), and the 第6/第7 safety measures for the information it handles.
 */
public final class Checklist {

    public record Item(String code, String category, String text, String reference) {
    }

    public static final List<Item> ITEMS = List.of(
            new Item("CONFIDENTIALITY", "秘密保持・目的外利用",
                    "個人情報に関する秘密保持義務が守られ、委託の目的以外に利用されていないか。", "第8-4(1)"),
            new Item("STRUCTURE", "管理体制",
                    "責任者及び業務従事者が書面で確認した体制のとおり定められ、管理・監督されているか。", "第8-4後段"),
            new Item("LOCATION", "取扱場所",
                    "契約で定めた場所でのみ取り扱われ、取扱場所の入退管理・施錠が行われているか。", "第8-4後段、第7-1"),
            new Item("ACCESS_CONTROL", "アクセス制御",
                    "認証機能の設定、パスワード等の管理により、権限のある者だけが個人情報にアクセスできるか。", "第6-1、第6-2"),
            new Item("ACCESS_LOG", "アクセス記録",
                    "アクセス記録が一定期間保存・定期的に分析され、改ざん・消去から保護されているか。", "第6-3、第6-4"),
            new Item("PRIVILEGE", "管理者権限",
                    "情報システムの管理者権限が必要最小限に限られているか。", "第6-6"),
            new Item("INTRUSION", "不正アクセス・不正プログラム対策",
                    "外部からの不正アクセスの防止、不正プログラムの感染防止の措置が講じられているか。", "第6-7、第6-8"),
            new Item("ENCRYPTION", "暗号化",
                    "秘匿性に応じて個人情報が暗号化されているか。", "第6-9"),
            new Item("TERMINALS", "端末の管理",
                    "処理を行う端末が限定され、盗難防止の措置が講じられ、無断の持出し・持込みがないか。", "第6-13〜第6-15"),
            new Item("MEDIA", "記録媒体の接続制限",
                    "USBメモリ等の記録機能を有する機器・媒体の接続が制限されているか。", "第6-17"),
            new Item("COPY", "複製等の制限",
                    "個人情報の複製・送信・持出しが契約の制限に従って行われているか。", "第8-4(3)"),
            new Item("INCIDENT", "事案発生時の対応",
                    "漏えい等の事案が発生した場合の報告・対応手順が定められ、従事者に周知されているか。", "第8-4(4)"),
            new Item("ERASURE", "消去・媒体の返却",
                    "不要となった個人情報の消去、委託終了時の消去及び媒体の返却の手順が定められ、記録されているか。", "第8-4(5)"),
            new Item("SUBCONTRACT", "再委託の管理",
                    "再委託は事前の承認を得て行われ、再委託先にも第8-4の措置を講じさせ、その管理状況を確認しているか。",
                    "第8-4(2)、第8-6"));

    private Checklist() {
    }

    public static Optional<Item> item(String code) {
        return ITEMS.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
