package jp.itaku.api;

import java.util.List;

/**
 * One page of a service's list as the services answer it (common's PageResult on the provider side: items, page,
 * size, total and the sort, which a reader may ignore). A list is read page by page until a page comes back short.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The largest page a service answers (PageResult.MAX_SIZE). */
    public static final int MAX_SIZE = 200;

    public List<T> items() {
        return items == null ? List.of() : items;
    }
}
