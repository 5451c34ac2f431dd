package vn.ocop.registry.programme;

import java.math.BigDecimal;

/** How a target's current value is compared with the value to reach. */
public enum TargetComparator {
    /** At least the value. */
    GTE,
    /** More than the value. */
    GT;

    /** True when {@code current} meets {@code target}. */
    public boolean met(BigDecimal current, BigDecimal target) {
        int order = current.compareTo(target);
        return this == GTE ? order >= 0 : order > 0;
    }
}
