package jp.itaku.inspection.incident;

import jakarta.inject.Inject;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The report to the 個人情報保護委員会 (法第68条第1項, 規則第44条): the nine items in the order of the PPC's form
 * (漏えい等報告書), frozen per version as {@link Content}, rendered as PDF (IPAex fonts, 令和 dates) and as CSV.
 */
@ApplicationScoped
public class PpcReport {

    static final String UNKNOWN = "（調査中）";

    /** One item of the form: its number, its heading and the text (several lines). */
    public record Item(String number, String heading, String text) {
    }

    /** What was reported in one version. */
    public record Content(String kind, int version, OffsetDateTime createdAt, String createdBy, String engagement,
                          String node, LocalDate awareOn, LocalDate quickDue, LocalDate finalDue, List<Item> items) {
    }

    @Inject
    ObjectMapper mapper;

    /** The nine items of 規則第44条, in the form's order, from the incident as it stands. */
    public List<Item> items(Incident incident) {
        ChainNode node = ChainNode.findVisible(incident.nodeId).orElseThrow();
        List<Item> items = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        summary.add("発生日：" + date(incident.occurredOn));
        summary.add("発覚日：" + date(incident.discoveredOn));
        summary.add("機関が知った日：" + JapaneseDates.wareki(incident.awareOn));
        summary.add("発見者：" + orUnknown(incident.discoverer));
        summary.add("報告対象となる事態：" + (incident.categories().isEmpty() ? "該当なし（調査中を含む）"
                : String.join("、", incident.reportableCategories().stream().map(ReportableCategory::display).toList()))
                + (incident.highEncryption ? "（高度な暗号化等の措置あり）" : ""));
        summary.add("特定個人情報：" + (incident.myNumber ? "含む" + (incident.myNumberCategories().isEmpty() ? ""
                : "（" + String.join("、", incident.myNumberCategoryList().stream().map(MyNumberCategory::display).toList()) + "）")
                : "含まない"));
        summary.add("発生した委託先：" + chainPath(node));
        summary.add("委託元・委託先の関与：" + orUnknown(incident.involvement));
        summary.add("事実経過：" + orUnknown(incident.facts));
        items.add(new Item("1", "概要", String.join("\n", summary)));
        items.add(new Item("2", "漏えい等が発生し、又は発生したおそれがある保有個人情報の項目", orUnknown(incident.items)));
        items.add(new Item("3", "漏えい等が発生し、又は発生したおそれがある保有個人情報に係る本人の数",
                incident.affectedCount == null ? UNKNOWN : incident.affectedCount + "人"
                        + (incident.overHundredAt == null ? "" : "（百人を超えたことの確認：" + JapaneseDates.wareki(incident.overHundredAt) + "）")));
        items.add(new Item("4", "原因", (incident.causeParty == null ? "" : "原因者：" + incident.causeParty.label + "\n")
                + orUnknown(incident.cause)));
        items.add(new Item("5", "二次被害又はそのおそれの有無及びその内容", orUnknown(incident.secondaryDamage)));
        List<String> individuals = new ArrayList<>();
        individuals.add(orUnknown(incident.individualResponse));
        for (IndividualNotice n : IndividualNotice.of(incident.id)) {
            individuals.add("本人への通知：" + JapaneseDates.wareki(n.notifiedAt) + "　" + n.method + "　" + n.people + "人"
                    + (n.note == null ? "" : "（" + n.note + "）"));
        }
        items.add(new Item("6", "本人への対応の実施状況", String.join("\n", individuals)));
        items.add(new Item("7", "公表の実施状況", (incident.publicationDecision == null ? "公表の要否：検討中"
                : "公表の要否：" + incident.publicationDecision.label
                + (incident.publicationReason == null ? "" : "（理由：" + incident.publicationReason + "）"))
                + (incident.publicationStatus == null ? "" : "\n" + incident.publicationStatus)));
        List<RecurrenceMeasure> measures = RecurrenceMeasure.of(incident.id);
        items.add(new Item("8", "再発防止のための措置", measures.isEmpty() ? "（検討中）" : String.join("\n", measures.stream()
                .map(m -> "【" + m.status.label + "】" + m.description + (m.dueOn == null ? "" : "（" + JapaneseDates.wareki(m.dueOn) + "まで）"))
                .toList())));
        items.add(new Item("9", "その他参考となる事項", incident.otherNotes == null ? "なし" : incident.otherNotes));
        return items;
    }

    String contentJson(Incident incident, IncidentReport.Kind kind, int version, OffsetDateTime at, String by) {
        Engagement engagement = Engagement.findVisible(incident.engagementId).orElseThrow();
        ChainNode node = ChainNode.findVisible(incident.nodeId).orElseThrow();
        Content content = new Content(kind.name(), version, at, by, engagement.title
                + (engagement.division == null ? "" : "（" + engagement.division + "）"), chainPath(node), incident.awareOn,
                incident.quickDue, incident.finalDue, items(incident));
        try {
            return mapper.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Content content(IncidentReport report) {
        try {
            return mapper.readValue(report.content, Content.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] pdf(Content content) {
        IncidentReport.Kind kind = IncidentReport.Kind.valueOf(content.kind());
        Font title = JapaneseFonts.gothicBold(15);
        Font heading = JapaneseFonts.gothicBold(10);
        Font body = JapaneseFonts.mincho(9.5f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle("漏えい等報告（" + kind.label + "）");
        document.open();
        Paragraph head = new Paragraph("保有個人情報の漏えい等報告（" + kind.label + "）", title);
        head.setAlignment(Element.ALIGN_CENTER);
        document.add(head);
        Paragraph meta = new Paragraph("第" + content.version() + "版　作成 " + JapaneseDates.wareki(content.createdAt())
                + "　" + content.createdBy(), body);
        meta.setAlignment(Element.ALIGN_RIGHT);
        document.add(meta);
        document.add(new Paragraph("個人情報保護委員会　御中（個人情報の保護に関する法律第68条第1項、同法施行規則第43条・第44条）", body));

        PdfPTable facts = new PdfPTable(new float[]{1.3f, 4});
        facts.setWidthPercentage(100);
        facts.setSpacingBefore(8);
        row(facts, "委託案件", content.engagement(), heading, body);
        row(facts, "発生した委託先", content.node(), heading, body);
        row(facts, "機関が知った日", JapaneseDates.wareki(content.awareOn()) + "（1日目）", heading, body);
        row(facts, "速報の期限", JapaneseDates.wareki(content.quickDue()), heading, body);
        row(facts, "確報の期限", JapaneseDates.wareki(content.finalDue()), heading, body);
        document.add(facts);

        PdfPTable items = new PdfPTable(new float[]{0.4f, 1.6f, 4});
        items.setWidthPercentage(100);
        items.setSpacingBefore(10);
        for (Item item : content.items()) {
            cell(items, item.number(), heading, true);
            cell(items, item.heading(), heading, true);
            cell(items, item.text(), body, false);
        }
        document.add(items);
        document.close();
        return out.toByteArray();
    }

    /** The items as CSV in the form's order: UTF-8 with BOM, CRLF, cells that start a formula neutralised. */
    public byte[] csv(Content content) {
        IncidentReport.Kind kind = IncidentReport.Kind.valueOf(content.kind());
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, "番号", "項目", "内容");
        line(csv, "", "報告の種別", kind.label + "（第" + content.version() + "版）");
        line(csv, "", "作成日時", content.createdAt().toString());
        line(csv, "", "委託案件", content.engagement());
        line(csv, "", "発生した委託先", content.node());
        line(csv, "", "機関が知った日", content.awareOn().toString());
        line(csv, "", "速報の期限", content.quickDue().toString());
        line(csv, "", "確報の期限", content.finalDue().toString());
        for (Item item : content.items()) {
            line(csv, item.number(), item.heading(), item.text());
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, String... cells) {
        csv.append(String.join(",", Arrays.stream(cells).map(PpcReport::quote).toList())).append("\r\n");
    }

    private static String quote(String cell) {
        String s = cell == null ? "" : cell;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** The organisations from the contractor down to the node: 委託先 ＞ 再委託先 ＞ … */
    static String chainPath(ChainNode node) {
        List<UUID> ids = Arrays.stream(node.path.split("/")).filter(s -> !s.isBlank()).map(UUID::fromString).toList();
        List<ChainNode> nodes = ChainNode.list("id in ?1 order by depth", ids);
        return String.join(" ＞ ", nodes.stream().map(n -> n.name).toList())
                + "（" + (node.depth == 1 ? "委託先" : node.depth == 2 ? "再委託先" : "第" + node.depth + "層の再委託先") + "）";
    }

    private static String date(LocalDate d) {
        return d == null ? UNKNOWN : JapaneseDates.wareki(d);
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? UNKNOWN : s;
    }

    private static void row(PdfPTable table, String label, String value, Font labelFont, Font valueFont) {
        cell(table, label, labelFont, true);
        cell(table, value, valueFont, false);
    }

    private static void cell(PdfPTable table, String text, Font font, boolean shaded) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        if (shaded) {
            c.setBackgroundColor(new Color(235, 238, 242));
        }
        c.setPadding(4);
        table.addCell(c);
    }
}
