package vn.ocop.registry.scoring.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * Star bands on a mean score (Decision 148/QĐ-TTg): 5★ from 90, 4★ from 70, 3★ from 50, 2★ from 30, otherwise 1★.
 * Thresholds come from configuration ({@code ocop.scoring.star-thresholds}), so a new decision is a data change.
 */
public record StarBands(List<Integer> thresholds) {

    /** The lowest star level that is certified as an OCOP product. */
    public static final int CERTIFIED_FROM = 3;

    public StarBands {
        if (thresholds.size() != 4) {
            throw new IllegalArgumentException("four thresholds (5, 4, 3 and 2 stars) expected: " + thresholds);
        }
        thresholds = List.copyOf(thresholds);
    }

    /** The stars of an exact (unrounded) mean score. */
    public int starsFor(BigDecimal mean) {
        for (int i = 0; i < thresholds.size(); i++) {
            if (mean.compareTo(BigDecimal.valueOf(thresholds.get(i))) >= 0) {
                return 5 - i;
            }
        }
        return 1;
    }
}
