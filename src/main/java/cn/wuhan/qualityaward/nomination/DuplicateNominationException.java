package cn.wuhan.qualityaward.nomination;

import cn.wuhan.qualityaward.common.FieldProblem;
import cn.wuhan.qualityaward.common.InvalidInputException;
import java.util.List;

/** The same person is already nominated in the cycle. */
public class DuplicateNominationException extends InvalidInputException {

    public DuplicateNominationException(String cycleId) {
        super(List.of(new FieldProblem("idNumber", "DUPLICATE_NOMINATION", "该被推荐人已在评选周期“" + cycleId + "”中申报，不能重复申报")));
    }
}
