package jp.itaku.contract.approval;

/** An element the approval excused: its id, name, verification status and the manager's reason. */
public record ExceptionView(String elementId, String name, String status, String reason) {
}
