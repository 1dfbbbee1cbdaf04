package jp.itaku.common.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The Japanese fonts every PDF of Itaku embeds, taken from the Debian packages fonts-ipaexfont-gothic and
 * fonts-ipaexfont-mincho (installed by .ci/run and ./itaku); never a font file committed to the repo.
 * {@code ITAKU_FONT_DIR} may point at another folder holding ipaexg.ttf / ipaexm.ttf.
 */
public final class JapaneseFonts {

    private static final List<Path> GOTHIC = candidates("ipaexg.ttf", "ipaexfont-gothic");
    private static final List<Path> MINCHO = candidates("ipaexm.ttf", "ipaexfont-mincho");

    private static volatile BaseFont gothic;
    private static volatile BaseFont mincho;

    private JapaneseFonts() {
    }

    public static Font gothic(float size) {
        return new Font(gothicBase(), size);
    }

    public static Font gothicBold(float size) {
        return new Font(gothicBase(), size, Font.BOLD);
    }

    public static Font mincho(float size) {
        return new Font(minchoBase(), size);
    }

    public static BaseFont gothicBase() {
        if (gothic == null) {
            gothic = load(GOTHIC);
        }
        return gothic;
    }

    public static BaseFont minchoBase() {
        if (mincho == null) {
            mincho = load(MINCHO);
        }
        return mincho;
    }

    private static BaseFont load(List<Path> candidates) {
        for (Path path : candidates) {
            if (Files.isReadable(path)) {
                try {
                    return BaseFont.createFont(path.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                } catch (IOException e) {
                    throw new IllegalStateException("日本語フォントを読み込めません: " + path, e);
                }
            }
        }
        throw new IllegalStateException("日本語フォントが見つかりません（apt-get install fonts-ipaexfont-gothic "
                + "fonts-ipaexfont-mincho を実行してください）: " + candidates);
    }

    private static List<Path> candidates(String file, String debianDir) {
        String override = System.getenv("ITAKU_FONT_DIR");
        Path debian = Path.of("/usr/share/fonts/opentype", debianDir, file);
        Path truetype = Path.of("/usr/share/fonts/truetype", debianDir, file);
        return override == null ? List.of(debian, truetype) : List.of(Path.of(override, file), debian, truetype);
    }
}
