package jp.itaku.gateway.portal.selfreports;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The self-report pages' own words (Japanese; English in messages/srep_en.properties), as {srep:…} in their templates. */
@MessageBundle(value = "srep", locale = "ja")
public interface SelfReportMsg {

    @Message("自己点検を始める")
    String start_heading();

    @Message("この委託の自己点検を始める")
    String start_button();

    @Message("新しく始められる自己点検はありません（作成中・確認待ちのものは下の一覧から開いてください）。")
    String none_startable();

    @Message("委託案件")
    String col_engagement();

    @Message("状態")
    String col_status();

    @Message("提出")
    String col_submitted();

    @Message("開く")
    String open();

    @Message("自己点検報告はまだありません。")
    String none();
}
