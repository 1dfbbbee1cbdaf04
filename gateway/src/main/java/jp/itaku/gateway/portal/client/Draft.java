package jp.itaku.gateway.portal.client;

/** One version of an engagement's contract draft with its verification counts ({@code DraftView}). */
public record Draft(int version, String fileName, String kind, String kindLabel, int satisfied, int missing,
                    int contradicted, String uploadedAt, String uploadedBy) {

    public boolean docx() {
        return fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".docx");
    }
}
