package vn.ocop.registry.producer;

/** The four kinds of OCOP producer (chủ thể). */
public enum ProducerType {
    /** Doanh nghiệp: enterprise. */
    DN,
    /** Hợp tác xã: cooperative. */
    HTX,
    /** Tổ hợp tác: cooperative group. */
    THT,
    /** Hộ sản xuất kinh doanh: household business. */
    HKD
}
