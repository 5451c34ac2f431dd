package vn.ocop.traceability.platform.paging;

import java.util.List;

/** One page of a list: the items, the page asked for (from 0), its size and the total number of items. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static final String DEFAULT_SIZE = "20";
    public static final int MAX_SIZE = 100;
    /** The highest page number a list accepts, so that page × size stays a valid row offset. */
    public static final int MAX_PAGE = 1_000_000;
}
