package jp.itaku.common.api;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total, as every list endpoint answers. */
public record PageResult<T>(List<T> items, int page, int size, long total, String sort) {

    public static final int MAX_SIZE = 200;

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total, sort);
    }
}
