package jp.itaku.contract.verification;

/**
 * One piece of evidence: the article label and the quoted sentence, with {@code start}/{@code end} as
 * Unicode code-point offsets into the ORIGINAL text of the draft (so that {@code text} equals that slice).
 */
public record Evidence(String article, int start, int end, String text) {
}
