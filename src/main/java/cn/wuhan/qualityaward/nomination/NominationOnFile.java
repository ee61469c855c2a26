package cn.wuhan.qualityaward.nomination;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A nomination as the office reads it: the 申报表 as the award's tables hold it, the ID number only as
 * {@code **************123X} (null when none was filed), the declaration true for every stored filing.
 *
 * @param status where it stands, in Chinese (e.g. 形式审查)
 */
@Schema(description = "申报表（评审办公室查看）")
public record NominationOnFile(long id, String referenceNo, String status, NominationRequest filing) {}
