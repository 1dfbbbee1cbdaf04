package jp.itaku.contract.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jp.itaku.common.pdf.JapaneseFonts;

import java.io.ByteArrayOutputStream;

/** A one-page stand-in for the signed written confirmation of the demo engagements. */
final class ConfirmationSheet {

    private ConfirmationSheet() {
    }

    static byte[] render(String responsible) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("個人情報の取扱いに関する書面による確認事項（デモ）", JapaneseFonts.gothicBold(14)));
        document.add(new Paragraph("責任者: " + responsible, JapaneseFonts.mincho(11)));
        document.add(new Paragraph("従事者、管理体制及び実施体制、検査の取決めは別紙のとおり。", JapaneseFonts.mincho(11)));
        document.close();
        return out.toByteArray();
    }
}
