package vn.ocop.traceability.epcis;

import java.util.List;
import java.util.Set;

/**
 * The EPCIS 2.0 / CBV 2.0 vocabulary this service writes and accepts: JSON-LD context, event types, the business
 * steps and dispositions of the simple forms (bare CBV words, as the EPCIS JSON schema wants them) and the
 * {@code ocop:} extension fields.
 */
public final class Epcis {

    public static final String VERSION = "2.0.0";
    public static final String CBV_VERSION = "2.0.0";
    public static final String SCHEMA_VERSION = "2.0";
    public static final String HEADER_EPCIS_VERSION = "GS1-EPCIS-Version";
    public static final String HEADER_CBV_VERSION = "GS1-CBV-Version";
    public static final String MEDIA_TYPE_LD_JSON = "application/ld+json";

    public static final String GS1_CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
    /** Namespace of our extension fields ({@code ocop:recordedBy}, {@code ocop:partyName}, ...). */
    public static final String OCOP_NAMESPACE = "https://ocop.vn/epcis/";
    public static final String OCOP_PREFIX = "ocop";

    public static final String EPCIS_DOCUMENT = "EPCISDocument";
    public static final String EPCIS_QUERY_DOCUMENT = "EPCISQueryDocument";

    public static final String OBJECT_EVENT = "ObjectEvent";
    public static final String AGGREGATION_EVENT = "AggregationEvent";
    public static final String TRANSFORMATION_EVENT = "TransformationEvent";
    public static final String ASSOCIATION_EVENT = "AssociationEvent";
    public static final String TRANSACTION_EVENT = "TransactionEvent";
    public static final Set<String> EVENT_TYPES = Set.of(OBJECT_EVENT, AGGREGATION_EVENT, TRANSFORMATION_EVENT,
            ASSOCIATION_EVENT, TRANSACTION_EVENT);

    public static final String ADD = "ADD";
    public static final String OBSERVE = "OBSERVE";

    /** CBV 2.0 business steps. */
    public static final String BIZ_COMMISSIONING = "commissioning";
    public static final String BIZ_PACKING = "packing";
    public static final String BIZ_SHIPPING = "shipping";
    public static final String BIZ_RECEIVING = "receiving";
    public static final String BIZ_INSPECTING = "inspecting";

    /** CBV 2.0 dispositions. */
    public static final String DISP_ACTIVE = "active";
    public static final String DISP_IN_PROGRESS = "in_progress";
    public static final String DISP_IN_TRANSIT = "in_transit";
    public static final String DISP_CONFORMANT = "conformant";
    public static final String DISP_NON_CONFORMANT = "non_conformant";

    /** CBV 2.0 source/destination type. */
    public static final String OWNING_PARTY = "owning_party";

    /** Extension fields. */
    public static final String RECORDED_BY = "ocop:recordedBy";
    public static final String PARTY_NAME = "ocop:partyName";
    public static final String NOTE = "ocop:note";
    public static final String GROWING_AREA = "ocop:growingArea";
    public static final String GROWING_AREA_NAME = "ocop:growingAreaName";

    /** The EPC fields an event may name lots in, in the order that decides which lot's chain owns the event. */
    public static final List<String> EPC_LIST_FIELDS = List.of("outputEPCList", "epcList", "childEPCs",
            "inputEPCList");
    public static final List<String> QUANTITY_LIST_FIELDS = List.of("outputQuantityList", "quantityList",
            "childQuantityList", "inputQuantityList");

    private Epcis() {
    }
}
