package jp.itaku.inspection.check;

import jakarta.inject.Inject;
import jp.itaku.common.time.ItakuClock;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jp.itaku.common.pdf.JapaneseFonts;
import jp.itaku.common.text.JapaneseDates;
import jp.itaku.inspection.chain.ChainNode;
import jp.itaku.inspection.engagement.Engagement;
import jp.itaku.inspection.plan.PlanEntry;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

/** 検査報告書: one check as a Japanese public document (令和 dates, IPAex fonts embedded). */
@ApplicationScoped
public class ReportPdf {

    @Inject
    ItakuClock clock;

    public byte[] render(InspectionCheck check) {
        ChainNode node = ChainNode.findVisible(check.nodeId).orElseThrow();
        Engagement engagement = Engagement.findVisible(check.engagementId).orElseThrow();
        List<CheckItem> items = check.items();
        List<ImprovementRequest> requests = ImprovementRequest.list("checkId = ?1 order by deadline", check.id);
        LocalDate today = clock.today();

        Font title = JapaneseFonts.gothicBold(16);
        Font heading = JapaneseFonts.gothicBold(11);
        Font body = JapaneseFonts.mincho(9.5f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle("検査報告書");
        document.open();

        Paragraph head = new Paragraph("検査報告書", title);
        head.setAlignment(Element.ALIGN_CENTER);
        document.add(head);
        Paragraph date = new Paragraph("作成日　" + JapaneseDates.wareki(today), body);
        date.setAlignment(Element.ALIGN_RIGHT);
        document.add(date);
        document.add(new Paragraph("（個人情報の適切な管理のための措置に関する指針　第8-5・第8-6に基づく検査）", body));

        PdfPTable facts = new PdfPTable(new float[]{1.2f, 4});
        facts.setWidthPercentage(100);
        facts.setSpacingBefore(10);
        row(facts, "委託案件", engagement.title + (engagement.division == null ? "" : "（" + engagement.division + "）"), heading, body);
        row(facts, "秘匿性", engagement.sensitivity.label, heading, body);
        row(facts, "検査対象", node.name + "（" + tier(node.depth) + "）", heading, body);
        row(facts, "実施日", JapaneseDates.wareki(check.performedOn), heading, body);
        row(facts, "実施場所", check.place, heading, body);
        row(facts, "検査方法", method(check.method) + (check.methodReason == null ? "" : "（理由：" + check.methodReason + "）"), heading, body);
        row(facts, "立会者", check.attendees.replace("\n", "、"), heading, body);
        row(facts, "検査担当者", check.inspector, heading, body);
        row(facts, "状態", check.status == InspectionCheck.Status.COMPLETED
                ? "完了（" + JapaneseDates.wareki(check.completedAt) + "）" : "作成中", heading, body);
        document.add(facts);

        document.add(section("1　チェック項目", heading));
        PdfPTable checklist = new PdfPTable(new float[]{1.3f, 3.2f, 1.2f, 0.9f, 2.4f});
        checklist.setWidthPercentage(100);
        header(checklist, heading, "区分", "確認内容", "根拠", "結果", "備考");
        for (CheckItem item : items) {
            Checklist.Item template = Checklist.item(item.code).orElseThrow();
            cell(checklist, template.category(), body);
            cell(checklist, template.text(), body);
            cell(checklist, template.reference(), body);
            cell(checklist, result(item.result), body);
            cell(checklist, item.note == null ? "" : item.note, body);
        }
        document.add(checklist);

        document.add(section("2　指摘事項及び改善要求", heading));
        if (requests.isEmpty()) {
            document.add(new Paragraph(check.status == InspectionCheck.Status.COMPLETED ? "指摘事項はありません。"
                    : "検査記録の完了時に、指摘事項から改善要求が作成されます。", body));
        } else {
            PdfPTable findings = new PdfPTable(new float[]{1.3f, 3.2f, 1.6f, 1.3f, 2.6f});
            findings.setWidthPercentage(100);
            header(findings, heading, "区分", "指摘事項", "改善期限", "状況", "委託先の回答・完了確認");
            for (ImprovementRequest r : requests) {
                cell(findings, Checklist.item(r.itemCode).map(Checklist.Item::category).orElse(r.itemCode), body);
                cell(findings, r.description, body);
                cell(findings, JapaneseDates.wareki(r.deadline), body);
                cell(findings, status(r.status) + (r.overdue(today) ? "（期限超過）" : ""), body);
                String answer = (r.response == null ? "" : r.response)
                        + (r.closedAt == null ? "" : "\n完了確認：" + JapaneseDates.wareki(r.closedAt) + " " + r.closedBy
                        + (r.closingComment == null ? "" : "（" + r.closingComment + "）"));
                cell(findings, answer, body);
            }
            document.add(findings);
        }

        document.add(section("3　所見", heading));
        document.add(new Paragraph(check.summary == null ? "（記載なし）" : check.summary, body));
        document.close();
        return out.toByteArray();
    }

    private static Paragraph section(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        return p;
    }

    private static void row(PdfPTable table, String label, String value, Font labelFont, Font valueFont) {
        PdfPCell l = new PdfPCell(new Phrase(label, labelFont));
        l.setBackgroundColor(new Color(235, 238, 242));
        l.setPadding(4);
        table.addCell(l);
        cell(table, value, valueFont);
    }

    private static void header(PdfPTable table, Font font, String... labels) {
        for (String label : labels) {
            PdfPCell c = new PdfPCell(new Phrase(label, font));
            c.setBackgroundColor(new Color(235, 238, 242));
            c.setPadding(4);
            table.addCell(c);
        }
        table.setHeaderRows(1);
    }

    private static void cell(PdfPTable table, String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setPadding(4);
        table.addCell(c);
    }

    static String tier(int depth) {
        return switch (depth) {
            case 1 -> "委託先";
            case 2 -> "再委託先";
            case 3 -> "再々委託先";
            default -> "第" + depth + "階層の再委託先";
        };
    }

    static String method(PlanEntry.Method method) {
        return switch (method) {
            case ONSITE -> "実地検査";
            case REMOTE -> "リモート検査（映像・写真）";
            case DOCUMENT -> "書面検査";
        };
    }

    private static String result(CheckItem.Result result) {
        if (result == null) {
            return "未確認";
        }
        return switch (result) {
            case COMPLIANT -> "適合";
            case FINDING -> "指摘あり";
            case NOT_APPLICABLE -> "該当なし";
        };
    }

    private static String status(ImprovementRequest.Status status) {
        return switch (status) {
            case OPEN -> "未対応";
            case RESPONDED -> "回答済み（確認待ち）";
            case CLOSED -> "完了";
        };
    }
}
