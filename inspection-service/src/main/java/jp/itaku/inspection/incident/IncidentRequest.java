package jp.itaku.inspection.incident;

import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The 「事故等の報告」 form: a first notice needs only the node, a title and (for agency staff, optionally) the day of
 * awareness; every other item of the PPC report may follow later (追完).
 */
public record IncidentRequest(
        UUID nodeId,
        @Size(max = 300, message = "件名は300文字以内で入力してください。") String title,
        LocalDate occurredOn,
        LocalDate discoveredOn,
        LocalDate awareOn,
        @Size(max = 2000, message = "発見者は2000文字以内で入力してください。") String discoverer,
        @Size(max = 5, message = "報告対象の区分が多すぎます。") List<String> categories,
        Boolean myNumber,
        @Size(max = 4, message = "特定個人情報の区分が多すぎます。") List<String> myNumberCategories,
        Boolean highEncryption,
        @Size(max = 8000, message = "委託元・委託先の関与は8000文字以内で入力してください。") String involvement,
        @Size(max = 20000, message = "事実経過は20000文字以内で入力してください。") String facts,
        @Size(max = 8000, message = "保有個人情報の項目は8000文字以内で入力してください。") String items,
        Integer affectedCount,
        String causeParty,
        @Size(max = 8000, message = "原因は8000文字以内で入力してください。") String cause,
        @Size(max = 8000, message = "二次被害の有無及びその内容は8000文字以内で入力してください。") String secondaryDamage,
        @Size(max = 8000, message = "本人への対応の実施状況は8000文字以内で入力してください。") String individualResponse,
        @Size(max = 8000, message = "その他参考となる事項は8000文字以内で入力してください。") String otherNotes) {
}
