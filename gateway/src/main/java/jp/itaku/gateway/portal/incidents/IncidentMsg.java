package jp.itaku.gateway.portal.incidents;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The incident pages' own words (Japanese; English in messages/inc_en.properties), as {inc:…} in their templates. */
@MessageBundle(value = "inc", locale = "ja")
public interface IncidentMsg {

    @Message("事故等の報告")
    String title();

    @Message("事故等の報告（漏えい等事案）")
    String list_heading();

    @Message("個人情報保護委員会への報告期限は、機関が知った日を1日目として数え、期限が土日・祝日・年末年始（12月29日〜1月3日）に当たるときは翌開庁日です（速報は概ね3〜5日、確報は30日、不正の目的によるものは60日）。")
    String list_intro();

    @Message("事故等を報告する")
    String report_button();

    @Message("事故等の一覧")
    String list_caption();

    @Message("件名")
    String col_title();

    @Message("発生した委託先")
    String col_node();

    @Message("報告対象")
    String col_reportable();

    @Message("機関が知った日")
    String col_aware();

    @Message("速報")
    String col_quick();

    @Message("確報")
    String col_final();

    @Message("受付")
    String col_ack();

    @Message("状態")
    String col_status();

    @Message("（第{n}層）")
    String depth(Object n);

    @Message("報告対象")
    String reportable();

    @Message("対象外・調査中")
    String not_reportable();

    @Message("特定個人情報")
    String my_number();

    @Message("受付済")
    String acknowledged();

    @Message("未受付")
    String not_acknowledged();

    @Message("完了")
    String closed();

    @Message("対応中")
    String open();

    @Message("事故等の報告はありません。")
    String none();
}
