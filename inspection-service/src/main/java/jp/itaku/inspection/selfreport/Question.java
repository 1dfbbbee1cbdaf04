package jp.itaku.inspection.selfreport;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A question of the self-check; YES_NO answers are YES, NO or NA, TEXT answers free text. */
public record Question(
        @NotBlank(message = "設問IDを入力してください。") @Pattern(regexp = "[A-Za-z0-9_-]{1,20}", message = "設問IDは英数字20文字以内です。") String id,
        @NotBlank(message = "設問文を入力してください。") @Size(max = 1000, message = "設問文は1000文字以内です。") String text,
        @NotNull(message = "回答の種類（YES_NO・TEXT）を指定してください。") Kind kind,
        boolean required,
        @Size(max = 100, message = "根拠は100文字以内です。") String reference) {

    public enum Kind { YES_NO, TEXT }

    /** The questionnaire a tenant starts with, drawn from 第8-4 and the 第6 measures. */
    static final List<Question> DEFAULTS = List.of(
            new Question("Q1", "個人情報の秘密保持・目的外利用の禁止について、業務従事者から誓約書を取得していますか。", Kind.YES_NO, true, "第8-4(1)"),
            new Question("Q2", "再委託を行っている場合、事前に委託元の承認を得て、再委託先にも同等の義務を課していますか。", Kind.YES_NO, true, "第8-4(2)、第8-6"),
            new Question("Q3", "個人情報の複製・送信・持出しは、委託元の指示の範囲内に限っていますか。", Kind.YES_NO, true, "第8-4(3)"),
            new Question("Q4", "漏えい等の事案が発生した場合の連絡体制と対応手順を定め、業務従事者に周知していますか。", Kind.YES_NO, true, "第8-4(4)"),
            new Question("Q5", "不要となった個人情報の消去及び媒体の返却の手順を定め、実施を記録していますか。", Kind.YES_NO, true, "第8-4(5)"),
            new Question("Q6", "アクセス権限を必要最小限に設定し、アクセス記録を保存・点検していますか。", Kind.YES_NO, true, "第6-1〜第6-4"),
            new Question("Q7", "USBメモリ等の記録機能を有する機器・媒体の接続を制限していますか。", Kind.YES_NO, true, "第6-17"),
            new Question("Q8", "この1年間に発生した事案、責任者・体制・取扱場所の変更があれば記載してください。", Kind.TEXT, false, "第8-4後段"));
}
