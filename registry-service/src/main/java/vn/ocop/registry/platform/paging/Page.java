package vn.ocop.registry.platform.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, the zero-based page number, the page size and the total count. */
@Schema(description = "A page of results")
public record Page<T>(List<T> items, int page, int size, long total) {

    /** Runs one page of a Panache query: its items and the total count of the whole query. */
    public static <T> Page<T> of(PanacheQuery<T> query, int page, int size) {
        PanacheQuery<T> paged = query.page(page, size);
        return new Page<>(paged.list(), page, size, paged.count());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
