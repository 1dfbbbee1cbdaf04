package jp.itaku.api;

/**
 * One code of a service's vocabulary with its display labels, as the service answers it: the portal shows
 * {@code label} (or {@code labelEn} in English) and sends {@code code} back; it keeps no copy of its own.
 */
public record Term(String code, String label, String labelEn) {
}
