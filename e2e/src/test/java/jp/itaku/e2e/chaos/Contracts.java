package jp.itaku.e2e.chaos;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** contract-service driven as an officer and a manager would: engagements from draft to end. */
final class Contracts {

    static final String BARE_DRAFT = "業務委託契約書\n\n第1条　乙は、甲の指示に従い、窓口業務を行う。\n第2条　委託料は月額とする。\n";

    final String officer;
    final String manager;

    Contracts(String officer, String manager) {
        this.officer = officer;
        this.manager = manager;
    }

    static String url(String path) {
        return Chaos.CONTRACTS + "/api/contracts" + path;
    }

    static Http.Answer expect(Http.Answer a, String what) {
        if (!a.ok()) {
            throw new IllegalStateException(what + ": " + a.status() + " " + a.text());
        }
        return a;
    }

    String contractor() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return expect(Http.json("POST", url("/contractors"), officer,
                Map.of("name", "【CHAOS】株式会社障害試験 " + tag, "orgCode", "org-chaos-" + tag)), "contractor")
                .json().get("id").asText();
    }

    String engagement(String contractorId) {
        Map<String, Object> body = Map.of(
                "title", "【CHAOS】障害試験の委託 " + UUID.randomUUID().toString().substring(0, 8),
                "division", "情報政策課", "kind", "OUTSOURCING", "contractorId", contractorId, "sensitivity", "HIGH",
                "periodStart", "2026-04-01", "periodEnd", "2027-03-31", "infoCategories", List.of("氏名", "住所"),
                "recordCount", 1000,
                "locations", List.of(Map.of("purpose", "HANDLING", "placeType", "CONTRACTOR_PREMISES",
                        "description", "乙の本社作業室")));
        return expect(Http.json("POST", url("/engagements"), officer, body), "engagement").json().get("id").asText();
    }

    Http.Answer uploadDraft(String engagementId, byte[] content) {
        return Http.upload(url("/engagements/" + engagementId + "/drafts"), officer, "draft.txt", content, Map.of());
    }

    /** 起案 → 契約審査中 with a draft and complete written confirmations. */
    void toReview(String engagementId) {
        expect(uploadDraft(engagementId, BARE_DRAFT.getBytes(StandardCharsets.UTF_8)), "draft");
        expect(Http.json("PUT", url("/engagements/" + engagementId + "/confirmation"), officer, Map.of(
                "responsible", Map.of("name", "山田 太郎", "title", "情報セキュリティ管理責任者", "contact", "03-0000-0000"),
                "workers", List.of(Map.of("name", "佐藤 花子", "role", "作業責任者")),
                "managementStructure", "管理責任者の下に作業責任者1名を置き、個人情報の持出しを管理台帳で管理する。",
                "implementationStructure", "作業は乙の本社作業室（入退室管理あり）でのみ行い、従事者は2名とする。",
                "inspectionArrangements", "甲は年1回以上、乙の作業場所に立ち入り管理状況を検査する。")), "confirmation");
        expect(Http.upload(url("/engagements/" + engagementId + "/confirmation/attachment"), officer, "確認書.pdf",
                "%PDF-1.4 signed".getBytes(StandardCharsets.UTF_8), Map.of()), "confirmation attachment");
        expect(transition(engagementId, "UNDER_REVIEW"), "UNDER_REVIEW");
    }

    Http.Answer transition(String engagementId, String to) {
        return Http.json("POST", url("/engagements/" + engagementId + "/transitions"), officer, Map.of("to", to));
    }

    /** A reasoned exception for every element of version 1 that is not satisfied. */
    List<Map<String, String>> exceptions(String engagementId) {
        JsonNode elements = expect(Http.get(url("/engagements/" + engagementId + "/drafts/1"), officer), "draft")
                .json().get("elements");
        List<Map<String, String>> result = new ArrayList<>();
        for (JsonNode e : elements) {
            if (!"satisfied".equals(e.get("status").asText()) && !"D1".equals(e.get("id").asText())) {
                result.add(Map.of("elementId", e.get("id").asText(), "reason", "別途締結済みの覚書第3条で担保しているため例外とする。"));
            }
        }
        return result;
    }

    Http.Answer approve(String engagementId, List<Map<String, String>> exceptions) {
        return Http.json("POST", url("/engagements/" + engagementId + "/approval"), manager,
                Map.of("draftVersion", 1, "exceptions", exceptions, "comment", "障害試験のため承認する。"));
    }

    Http.Answer erasureCertificate(String engagementId) {
        return Http.upload(url("/engagements/" + engagementId + "/erasure-certificates"), officer, "消去証明書.pdf",
                ("%PDF-1.4 erasure " + engagementId).getBytes(StandardCharsets.UTF_8),
                Map.of("erasedOn", "2026-11-01", "method", "上書き消去", "mediaReturned", "true"));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
