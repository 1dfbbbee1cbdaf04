package jp.itaku.contract.draft;

import jp.itaku.contract.engagement.EngagementKind;
import jp.itaku.contract.verification.Element;
import jp.itaku.contract.verification.ElementResult;

/** Japanese labels of the verifier's element statuses. */
public final class ElementStatus {

    private ElementStatus() {
    }

    public static String label(String status) {
        return switch (status) {
            case ElementResult.SATISFIED -> "充足";
            case ElementResult.MISSING -> "欠落";
            case ElementResult.CONTRADICTED -> "矛盾";
            default -> status;
        };
    }

    /** The element's Japanese name (e.g. 「秘密保持」), or its id if the verifier reports one this service does not know. */
    public static String elementName(String id) {
        try {
            return Element.byId(id).japaneseName();
        } catch (IllegalArgumentException unknown) {
            return id;
        }
    }

    /** D1 (dispatched workers' confidentiality) is required of dispatch contracts only. */
    public static boolean applies(EngagementKind kind, String elementId) {
        return kind == EngagementKind.DISPATCH || !"D1".equals(elementId);
    }

    public static String kindLabel(String kind) {
        return "dispatch".equals(kind) ? "労働者派遣契約" : "業務委託契約";
    }
}
