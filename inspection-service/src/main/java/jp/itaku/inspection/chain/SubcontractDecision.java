package jp.itaku.inspection.chain;

public enum SubcontractDecision { APPROVE, REFUSE }
