package cn.wuhan.qualityaward.report;

import cn.wuhan.qualityaward.common.Attachment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An .xlsx workbook as a download with a Chinese file name and a plain one (see {@link Attachment}). */
final class XlsxDownload {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private XlsxDownload() {}

    static ResponseEntity<byte[]> of(String asciiName, String fileName, byte[] workbook) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.disposition(asciiName, fileName))
                .body(workbook);
    }
}
