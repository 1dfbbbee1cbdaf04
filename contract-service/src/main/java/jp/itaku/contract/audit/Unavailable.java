package jp.itaku.contract.audit;

/**
 * Another service did not give the 監査報告書 its part: no answer, or an answer other than 200. The message is the
 * reason as the report prints it (in Japanese); the report names the missing part instead of leaving it out.
 */
public final class Unavailable extends Exception {

    public Unavailable(String message) {
        super(message);
    }
}
