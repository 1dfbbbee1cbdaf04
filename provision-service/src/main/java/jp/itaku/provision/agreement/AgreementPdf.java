package jp.itaku.provision.agreement;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jp.itaku.common.pdf.JapaneseFonts;
import jp.itaku.common.text.JapaneseDates;
import jp.itaku.provision.settings.model.LegalBasis;

import java.awt.Color;
import java.io.ByteArrayOutputStream;

/** The written agreement (書面) as the two parties sign it, in Japanese, from an issued version. */
@ApplicationScoped
public class AgreementPdf {

    private static final Color LABEL_BACKGROUND = new Color(0xEE, 0xEE, 0xEE);

    public byte[] render(AgreementVersion v) {
        Font title = JapaneseFonts.gothicBold(15);
        Font heading = JapaneseFonts.gothicBold(10.5f);
        Font body = JapaneseFonts.mincho(10);
        Font small = JapaneseFonts.mincho(8.5f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("保有個人情報の提供に関する書面（第" + v.version + "版）");
            document.addCreator("Itaku");
            document.open();

            Paragraph head = new Paragraph("保有個人情報の提供に関する書面", title);
            head.setAlignment(Element.ALIGN_CENTER);
            document.add(head);
            Paragraph edition = new Paragraph("第" + v.version + "版　" + JapaneseDates.wareki(v.issuedAt) + "交付", small);
            edition.setAlignment(Element.ALIGN_RIGHT);
            document.add(edition);
            if (v.amendmentReason != null) {
                Paragraph amended = new Paragraph("改定の理由：" + v.amendmentReason
                        + "（この版は第" + (v.version - 1) + "版を改定するものです。）", small);
                amended.setAlignment(Element.ALIGN_RIGHT);
                document.add(amended);
            }

            Paragraph intro = new Paragraph(v.agencyName + "（以下「甲」という。）と" + v.recipientName
                    + "（以下「乙」という。）は、甲が保有する個人情報を乙に提供するに当たり、"
                    + LegalBasis.inFull(v.legalBasis, v.lawName) + "の規定に基づく提供として、次の事項を取り交わす。", body);
            intro.setSpacingBefore(12);
            intro.setSpacingAfter(10);
            intro.setLeading(17);
            document.add(intro);

            PdfPTable items = new PdfPTable(new float[]{3.2f, 7f});
            items.setWidthPercentage(100);
            row(items, "件名", v.title, heading, body);
            row(items, "提供元（担当部署）", v.agencyName + "　" + v.division, heading, body);
            row(items, "提供先", v.recipientName + "（" + v.recipientType.label + "）", heading, body);
            row(items, "提供する保有個人情報", v.informationFile, heading, body);
            row(items, "提供の根拠", LegalBasis.inFull(v.legalBasis, v.lawName), heading, body);
            row(items, "提供先における利用目的", v.purposeOfUse, heading, body);
            row(items, "利用する業務の根拠法令", v.businessLegalBasis, heading, body);
            row(items, "利用する記録範囲", v.recordScope, heading, body);
            row(items, "利用する記録項目", v.recordItems, heading, body);
            row(items, "利用形態（提供媒体）", v.usageMedia, heading, body);
            row(items, "利用形態（オンライン提供の有無・方法）", v.usageOnline, heading, body);
            row(items, "利用形態（提供の頻度）", v.usageFrequency, heading, body);
            row(items, "提供期間", JapaneseDates.wareki(v.periodStart) + "から" + JapaneseDates.wareki(v.periodEnd) + "まで",
                    heading, body);
            row(items, "提供の区分", v.regular ? "定期的な提供（理由：" + v.regularReason + "）" : "臨時の提供", heading, body);
            if (v.measuresNecessary != null) {
                row(items, "措置の要否", (v.measuresNecessary ? "必要" : "不要") + "（理由：" + v.necessityReason + "）",
                        heading, body);
            }
            row(items, "安全確保の措置の要求（" + LegalBasis.inFull(v.safetyMeasureBasis, v.lawName) + "）",
                    v.safetyMeasures, heading, body);
            document.add(items);

            Paragraph duties = new Paragraph("乙は、上記の利用目的及び利用形態の範囲内で保有個人情報を利用し、上記の安全確保の措置を講ずる。"
                    + "乙は、甲が提供前又は随時に行う実地の調査等に協力し、甲から改善の要求があったときは、期限までに措置を講じてその結果を甲に報告する。"
                    + "この書面の内容を変更するときは、甲乙協議の上、改定した書面を取り交わす。", body);
            duties.setSpacingBefore(10);
            duties.setLeading(17);
            document.add(duties);

            // the date and both signature blocks stay on one page: a signature page without the date is no agreement
            PdfPTable signatures = new PdfPTable(2);
            signatures.setWidthPercentage(100);
            signatures.setSpacingBefore(14);
            signatures.setKeepTogether(true);
            PdfPCell date = new PdfPCell(new Phrase(JapaneseDates.wareki(v.issuedAt), body));
            date.setColspan(2);
            date.setBorder(Rectangle.NO_BORDER);
            date.setHorizontalAlignment(Element.ALIGN_RIGHT);
            date.setPaddingBottom(8);
            signatures.addCell(date);
            signatures.addCell(signature("甲（提供元）", v.agencyName, "保護管理者　" + v.issuedByName, null, heading, body));
            signatures.addCell(signature("乙（提供先）", v.recipientName,
                    "代表者　" + (v.recipientRepresentative == null ? "" : v.recipientRepresentative),
                    v.recipientAddress, heading, body));
            document.add(signatures);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("書面の PDF を作成できませんでした。", e);
        }
        return out.toByteArray();
    }

    private static void row(PdfPTable table, String label, String value, Font labelFont, Font valueFont) {
        PdfPCell left = new PdfPCell(new Phrase(label, labelFont));
        left.setBackgroundColor(LABEL_BACKGROUND);
        left.setPadding(5);
        table.addCell(left);
        PdfPCell right = new PdfPCell(new Phrase(value, valueFont));
        right.setPadding(5);
        right.setLeading(0, 1.35f);
        table.addCell(right);
    }

    private static PdfPCell signature(String party, String name, String signer, String address, Font heading, Font body) {
        Paragraph block = new Paragraph();
        block.add(new Chunk(party + "\n", heading));
        if (address != null && !address.isBlank()) {
            block.add(new Chunk("所在地　" + address + "\n", body));
        }
        block.add(new Chunk("名称　" + name + "\n", body));
        block.add(new Chunk(signer + "\n\n", body));
        block.add(new Chunk("署名又は記名押印　＿＿＿＿＿＿＿＿＿＿　印", body));
        PdfPCell cell = new PdfPCell(block);
        cell.setPadding(8);
        cell.setMinimumHeight(110);
        cell.setLeading(0, 1.5f);
        return cell;
    }
}
