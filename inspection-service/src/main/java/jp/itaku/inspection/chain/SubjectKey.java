package jp.itaku.inspection.chain;

/** Identifies an organisation within a chain, as the generated column chain_node.subject_key does. */
final class SubjectKey {

    private SubjectKey() {
    }

    static String of(String orgCode, String corporateNumber, String name) {
        if (orgCode != null && !orgCode.isBlank()) {
            return "org:" + orgCode.strip();
        }
        if (corporateNumber != null && !corporateNumber.isBlank()) {
            return "cn:" + corporateNumber.strip();
        }
        return "name:" + name.strip();
    }

    static String of(ChainNode node) {
        return of(node.orgCode, node.corporateNumber, node.name);
    }
}
