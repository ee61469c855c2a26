package cn.wuhan.qualityaward.nomination;

import cn.wuhan.qualityaward.common.FieldProblem;
import cn.wuhan.qualityaward.common.InvalidInputException;
import java.util.List;

/** No nomination with this id. */
public class NominationNotFound extends InvalidInputException {

    public NominationNotFound(long id) {
        super(List.of(new FieldProblem("nominationId", "NOMINATION_NOT_FOUND", "申报 " + id + " 不存在")));
    }
}
