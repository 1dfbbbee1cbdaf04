package jp.itaku.contract.contractor;

/**
 * 法人番号: 13 digits whose first digit is a check digit over the other twelve (国税庁「法人番号の指定等に関する
 * 省令」第2条): check = 9 - (Σ Pn × Qn mod 9), Pn the n-th digit counted from the right of the 12-digit base,
 * Qn = 1 for odd n and 2 for even n.
 */
public final class CorporateNumber {

    private CorporateNumber() {
    }

    public static boolean isValid(String value) {
        if (value == null || !value.matches("\\d{13}")) {
            return false;
        }
        return value.charAt(0) - '0' == checkDigit(value.substring(1));
    }

    /** The full 13-digit number for a 12-digit base. */
    public static String of(String base) {
        return checkDigit(base) + base;
    }

    static int checkDigit(String base) {
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int digit = base.charAt(12 - n) - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - sum % 9;
    }
}
