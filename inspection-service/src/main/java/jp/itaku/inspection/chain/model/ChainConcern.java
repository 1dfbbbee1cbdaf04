package jp.itaku.inspection.chain.model;

/**
 * What needs attention at a node of the chain, worst first: the portal shows a node's own worst concern and the worst
 * of its whole subtree ({@link ChainRollup}), so an overdue inspection three levels down shows at the top. The labels
 * are the service vocabulary's ({@code chainConcerns}).
 */
public enum ChainConcern {
    /** the node's periodic inspection (第8-5) is past its due date */
    INSPECTION_OVERDUE,
    /** an improvement request from a finding is past its deadline and not closed */
    IMPROVEMENT_OVERDUE,
    /** the re-subcontract awaits the protection manager's prior approval (第8-4) */
    APPROVAL_PENDING,
    /** the subcontract's verification found elements missing or contradicted */
    ELEMENTS_UNMET,
    /** the periodic inspection is due within the reminder window */
    INSPECTION_DUE,
    /** an improvement request is open or answered, not yet closed, within its deadline */
    IMPROVEMENT_OPEN,
    /** nothing to do */
    NONE;

    /** The worse of two concerns (declared worst first). */
    public ChainConcern worse(ChainConcern other) {
        return other.ordinal() < ordinal() ? other : this;
    }
}
