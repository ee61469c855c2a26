package cn.wuhan.qualityaward.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

class AttachmentTest {

    @Test
    void filenameCarriesThePlainNameAndFilenameStarTheChineseOne() {
        String header = Attachment.disposition("ranking-2026.xlsx", "2026-评审排名.xlsx");

        assertThat(header)
                .isEqualTo(
                        "attachment; filename=\"ranking-2026.xlsx\"; filename*=UTF-8''2026-%E8%AF%84%E5%AE%A1%E6%8E%92%E5%90%8D.xlsx");
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("2026-评审排名.xlsx");
    }

    @Test
    void quotesSpacesAndNonAsciiCharactersNeverReachThePlainName() {
        String header = Attachment.disposition("ranking-\"武汉\" 2026.xlsx", "a b\"c%.xlsx");

        assertThat(header)
                .startsWith("attachment; filename=\"ranking-_____2026.xlsx\"; filename*=UTF-8''a%20b%22c%25.xlsx");
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("a b\"c%.xlsx");
    }
}
