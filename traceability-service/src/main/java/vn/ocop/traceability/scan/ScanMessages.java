package vn.ocop.traceability.scan;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every word of the scan page, Vietnamese by default; {@link ScanMessagesEn} holds the English ones. */
@MessageBundle(value = "msg", locale = "vi")
public interface ScanMessages {

    @Message("Truy xuất nguồn gốc OCOP")
    String pageTitle();

    @Message("Truy xuất nguồn gốc")
    String tracing();

    @Message("English")
    String otherLanguage();

    @Message("en")
    String otherLanguageCode();

    @Message("Chưa có ảnh sản phẩm")
    String noImage();

    @Message("{count} sao")
    String starCount(int count);

    @Message("Chủ thể sản xuất")
    String producer();

    @Message("Địa chỉ")
    String address();

    @Message("Xã, tỉnh")
    String place();

    @Message("Số giấy chứng nhận")
    String certificateNumber();

    @Message("Cơ quan cấp")
    String issuingAuthority();

    @Message("Lý do thu hồi")
    String revocationReason();

    @Message("Chưa được chứng nhận OCOP")
    String notCertified();

    @Message("Còn hiệu lực đến {until}")
    String valid(String until);

    @Message("Sắp hết hạn: còn hiệu lực đến {until}")
    String expiringSoon(String until);

    @Message("ĐÃ HẾT HẠN (hiệu lực đến {until})")
    String expired(String until);

    @Message("ĐÃ BỊ THU HỒI")
    String revoked();

    @Message("Giấy chứng nhận OCOP của sản phẩm này không còn hiệu lực. Sản phẩm không được công nhận là sản phẩm "
            + "OCOP có sao.")
    String notValidWarning();

    @Message("Lô sản xuất")
    String lot();

    @Message("Mã lô")
    String lotCode();

    @Message("Ngày sản xuất")
    String productionDate();

    @Message("Hạn sử dụng")
    String expiryDate();

    @Message("Số lượng")
    String quantity();

    @Message("Vùng nguyên liệu")
    String growingArea();

    @Message("Cây trồng, vật nuôi")
    String subject();

    @Message("Diện tích")
    String areaSize();

    @Message("Hành trình sản phẩm")
    String timeline();

    @Message("Chưa có sự kiện nào được ghi nhận cho lô này.")
    String noEvents();

    @Message("Người ghi nhận")
    String recordedBy();

    @Message("… và {count} sự kiện khác")
    String moreEvents(long count);

    @Message("Dữ liệu EPCIS đầy đủ của lô")
    String epcisExport();

    @Message("Mã sê-ri")
    String serial();

    @Message("Mã chính hãng: mã này do nhà sản xuất phát hành.")
    String verdictAuthentic();

    @Message("Cảnh báo: mã này đã được quét {count} lần. Có thể có hàng sao chép mã.")
    String verdictScannedManyTimes(long count);

    @Message("Cảnh báo: mã này vừa được quét ở những nơi cách xa nhau bất thường. Có thể là hàng giả.")
    String verdictSuspicious();

    @Message("KHÔNG PHẢI MÃ ĐÃ PHÁT HÀNH: nhà sản xuất chưa từng phát hành mã này. Có thể là hàng giả.")
    String verdictUnknown();

    @Message("Thu hoạch, khởi tạo lô")
    String stepCommissioning();

    @Message("Chế biến")
    String stepTransforming();

    @Message("Đóng gói")
    String stepPacking();

    @Message("Xuất hàng, vận chuyển")
    String stepShipping();

    @Message("Tiếp nhận")
    String stepReceiving();

    @Message("Kiểm tra chất lượng")
    String stepInspecting();

    @Message("Lưu kho")
    String stepStoring();

    @Message("Sự kiện")
    String stepOther();

    @Message("Mã truy xuất")
    String digitalLink();

    @Message("dd/MM/yyyy")
    String datePattern();
}
