package jp.itaku.contract.redline;

import jp.itaku.contract.verification.ElementResult;

/** The Japanese texts of the comments, for the officer and the vendor who reads the redline. */
final class Notes {

    private Notes() {
    }

    /** {@code where} ends with its particle: 「第9条（再委託の禁止）の末尾に」「特記事項の末尾に新しい条（第７）として」. */
    static String missing(ElementResult e, String where) {
        return "【" + e.id() + " " + e.name() + "：欠落】\n" + e.explanation() + "\n"
                + "個人情報の取扱いの委託に必要な条項のため、文例を" + where
                + "変更履歴（挿入）で追加しました。内容を確認のうえ、承諾するか修正してください。";
    }

    static String contradiction(ElementResult e) {
        StringBuilder s = new StringBuilder("【" + e.id() + " " + e.name() + "：矛盾】\n" + e.explanation());
        if (e.suggestedClause() != null) {
            s.append("\n修正の文例：").append(e.suggestedClause());
        }
        return s.toString();
    }
}
