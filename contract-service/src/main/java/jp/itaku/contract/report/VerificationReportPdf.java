package jp.itaku.contract.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import jp.itaku.common.pdf.JapaneseFonts;
import jp.itaku.common.text.JapaneseDates;
import jp.itaku.contract.approval.Approval;
import jp.itaku.contract.approval.ElementException;
import jp.itaku.contract.contractor.ContractorSummary;
import jp.itaku.contract.draft.ContractDraft;
import jp.itaku.contract.draft.ElementStatus;
import jp.itaku.contract.engagement.Engagement;
import jp.itaku.contract.verification.ElementResult;
import jp.itaku.contract.verification.Evidence;
import jp.itaku.contract.verification.VerificationReport;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** 契約書案検証報告書: the verification of one draft version as a PDF an officer can file and hand on. */
public final class VerificationReportPdf {

    public static final String TITLE = "契約書案検証報告書";

    private static final Color SATISFIED = new Color(0xE6, 0xF4, 0xEA);
    private static final Color NOT_SATISFIED = new Color(0xFD, 0xE8, 0xE7);
    private static final Color HEADER = new Color(0xEE, 0xEE, 0xEE);

    private final Font title = JapaneseFonts.gothicBold(16);
    private final Font heading = JapaneseFonts.gothicBold(11);
    private final Font body = JapaneseFonts.mincho(9.5f);
    private final Font small = JapaneseFonts.gothic(8);
    private final Font warning = new Font(JapaneseFonts.gothicBase(), 9.5f, Font.BOLD, new Color(0xB0, 0x00, 0x20));

    /** Everything the report shows, gathered by the caller inside the request. */
    public record Input(Engagement engagement, ContractorSummary contractor, ContractDraft draft,
                        VerificationReport report, Approval approval, List<ElementException> exceptions) {
    }

    private final java.time.LocalDate today;

    public VerificationReportPdf(java.time.LocalDate today) {
        this.today = today;
    }

    public byte[] render(Input in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer());
            document.addTitle(TITLE);
            document.addCreator("Itaku contract-service");
            document.open();
            Paragraph head = new Paragraph(TITLE, title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(4);
            document.add(head);
            Paragraph date = new Paragraph("作成日: " + JapaneseDates.wareki(today), small);
            date.setAlignment(Element.ALIGN_RIGHT);
            document.add(date);

            document.add(section("1. 対象"));
            document.add(facts(in));
            if (in.contractor().certificationExpired()) {
                document.add(new Paragraph(in.contractor().warning(), warning));
            }

            document.add(section("2. 判定の概要"));
            document.add(summary(in));

            document.add(section("3. 要素ごとの判定"));
            for (ElementResult element : in.report().elements()) {
                if (ElementStatus.applies(in.engagement().kind, element.id())) {
                    element(document, in, element);
                }
            }
            if (in.approval() != null) {
                document.add(section("4. 承認"));
                approval(document, in);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render verification report", e);
        }
        return out.toByteArray();
    }

    private PdfPTable facts(Input in) {
        PdfPTable table = new PdfPTable(new float[]{1.3f, 4f});
        table.setWidthPercentage(100);
        Engagement e = in.engagement();
        ContractDraft d = in.draft();
        row(table, "委託案件", e.title);
        row(table, "担当課室", e.division);
        row(table, "委託先", in.contractor().name() == null ? "" : in.contractor().name()
                + (in.contractor().certificationExpired() ? "（認証期限切れあり）" : ""));
        row(table, "契約の種類", e.kind.label + "（検証器の判定: " + ElementStatus.kindLabel(in.report().kind()) + "）");
        row(table, "秘匿性", e.sensitivity.label);
        row(table, "委託期間", JapaneseDates.wareki(e.periodStart) + " ～ " + JapaneseDates.wareki(e.periodEnd));
        row(table, "契約書案", d.fileName + "（第" + d.version + "版）");
        row(table, "登録", JapaneseDates.wareki(d.uploadedAt) + " " + d.uploadedBy);
        row(table, "SHA-256", d.sha256);
        return table;
    }

    private PdfPTable summary(Input in) {
        PdfPTable table = new PdfPTable(new float[]{0.8f, 3f, 1f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        header(table, "要素");
        header(table, "内容");
        header(table, "判定");
        for (ElementResult element : in.report().elements()) {
            cell(table, element.id(), null);
            cell(table, ElementStatus.elementName(element.id()), null);
            if (!ElementStatus.applies(in.engagement().kind, element.id())) {
                cell(table, "対象外（" + in.engagement().kind.label + "）", HEADER);
            } else {
                cell(table, ElementStatus.label(element.status()),
                        ElementResult.SATISFIED.equals(element.status()) ? SATISFIED : NOT_SATISFIED);
            }
        }
        return table;
    }

    private void element(Document document, Input in, ElementResult element) throws DocumentException {
        Paragraph head = new Paragraph();
        head.setSpacingBefore(8);
        head.add(new Chunk(element.id() + " " + ElementStatus.elementName(element.id())
                + "　【" + ElementStatus.label(element.status()) + "】", heading));
        head.setKeepTogether(true);
        document.add(head);
        for (Evidence evidence : element.evidence()) {
            Paragraph quote = new Paragraph(
                    (evidence.article() == null ? "" : evidence.article() + "　") + "「" + evidence.text() + "」", body);
            quote.setIndentationLeft(12);
            document.add(quote);
        }
        if (element.explanation() != null && !element.explanation().isBlank()) {
            Paragraph why = new Paragraph("説明: " + element.explanation(), body);
            why.setIndentationLeft(12);
            document.add(why);
        }
        if (element.suggestedClause() != null && !ElementResult.SATISFIED.equals(element.status())) {
            Paragraph clause = new Paragraph("条項案: " + element.suggestedClause(), body);
            clause.setIndentationLeft(12);
            document.add(clause);
        }
        in.exceptions().stream().filter(x -> x.elementId.equals(element.id())).findFirst().ifPresent(x -> {
            Paragraph excused = new Paragraph("承認時の例外の理由: " + x.reason, warning);
            excused.setIndentationLeft(12);
            document.add(excused);
        });
    }

    private void approval(Document document, Input in) throws DocumentException {
        Approval a = in.approval();
        PdfPTable table = new PdfPTable(new float[]{1.3f, 4f});
        table.setWidthPercentage(100);
        row(table, "承認者", a.approvedByName + "（" + a.approvedBy + "）");
        row(table, "承認日", JapaneseDates.wareki(a.approvedAt));
        row(table, "承認した版", "第" + a.draftVersion + "版" + (a.draftVersion == in.draft().version ? "（本報告書の版）" : ""));
        row(table, "例外", in.exceptions().isEmpty() ? "なし" : in.exceptions().size() + "件");
        if (a.comment != null) {
            row(table, "コメント", a.comment);
        }
        document.add(table);
    }

    private Paragraph section(String text) {
        Paragraph p = new Paragraph(text, heading);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        return p;
    }

    private void row(PdfPTable table, String label, String value) {
        cell(table, label, HEADER);
        cell(table, value == null ? "" : value, null);
    }

    private void header(PdfPTable table, String text) {
        cell(table, text, HEADER);
    }

    private void cell(PdfPTable table, String text, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(text, body));
        cell.setPadding(4);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        table.addCell(cell);
    }

    /** Page number on every page. */
    private final class Footer extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Phrase footer = new Phrase(TITLE + "　" + writer.getPageNumber() + "ページ", small);
            com.lowagie.text.pdf.ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, footer,
                    (document.left() + document.right()) / 2, document.bottom() - 24, 0);
        }
    }
}
