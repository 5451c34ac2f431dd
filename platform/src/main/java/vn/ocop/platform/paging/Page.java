package vn.ocop.platform.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, in both services: the items, the zero-based page number, the page size and the total count;
 * with the paging limits every list endpoint applies.
 */
@Schema(description = "A page of results")
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final String DEFAULT_SIZE = "20";
    public static final int MAX_SIZE = 100;
    /** The highest page number a list accepts, so that page × size stays a valid row offset. */
    public static final int MAX_PAGE = 1_000_000;

    /** Runs one page of a Panache query: its items and the total count of the whole query. */
    public static <T> Page<T> of(PanacheQuery<T> query, int page, int size) {
        PanacheQuery<T> paged = query.page(page, size);
        return new Page<>(paged.list(), page, size, paged.count());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
