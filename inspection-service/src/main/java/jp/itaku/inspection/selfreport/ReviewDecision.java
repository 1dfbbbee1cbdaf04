package jp.itaku.inspection.selfreport;

public enum ReviewDecision { ACCEPT, RETURN }
