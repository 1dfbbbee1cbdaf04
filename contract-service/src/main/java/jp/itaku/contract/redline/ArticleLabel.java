package jp.itaku.contract.redline;

/** How the draft numbers its articles (「第9条」「第９」「9.」), to label an article added after them the same way. */
final class ArticleLabel {

    private ArticleLabel() {
    }

    static String of(Outline.Article like, int number) {
        String digits = like != null && like.fullWidth() ? fullWidth(number) : Integer.toString(number);
        if (like == null) {
            return "第" + digits + "条";
        }
        return switch (like.style()) {
            case JOU -> "第" + digits + "条";
            case DAI -> "第" + digits;
            case DOT -> digits + ".";
        };
    }

    static String of(Outline.Article article) {
        return of(article, article.number());
    }

    private static String fullWidth(int number) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(number).toCharArray()) {
            s.append((char) ('０' + (c - '0')));
        }
        return s.toString();
    }
}
