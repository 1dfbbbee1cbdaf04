package jp.itaku.common.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentDispositionTest {

    @Test
    void japaneseNameIsEncodedWithSpacesAsPercentTwentyAndAnAsciiFallback() {
        assertEquals("attachment; filename=\"__ _.pdf\"; filename*=UTF-8''%E5%A5%91%E7%B4%84%20%E6%9B%B8.pdf",
                ContentDisposition.attachment("契約 書.pdf"));
    }

    @Test
    void quotesCannotBreakOutOfTheAsciiFilename() {
        assertEquals("inline; filename=\"a_b_.txt\"; filename*=UTF-8''a%22b%5C.txt",
                ContentDisposition.inline("a\"b\\.txt"));
    }

    @Test
    void explicitFallbackIsUsedAsGiven() {
        assertEquals("attachment; filename=\"agreement-v1.pdf\"; filename*=UTF-8''%E6%9B%B8%E9%9D%A2.pdf",
                ContentDisposition.attachment("書面.pdf", "agreement-v1.pdf"));
    }
}
