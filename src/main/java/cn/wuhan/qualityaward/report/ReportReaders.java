package cn.wuhan.qualityaward.report;

import cn.wuhan.qualityaward.api.Forbidden;
import cn.wuhan.qualityaward.identity.CurrentUser;
import cn.wuhan.qualityaward.identity.Groups;
import org.springframework.stereotype.Component;

/**
 * Who reads the records of scoring: the office sees the experts' names; the committee and the
 * approvers see them anonymised; experts and everyone else are refused.
 */
@Component
public class ReportReaders {

    private final CurrentUser user;

    public ReportReaders(CurrentUser user) {
        this.user = user;
    }

    /** Refuses readers without access; returns whether this reader sees experts by name. */
    public boolean namesExperts(String what) {
        boolean office = user.isOffice();
        if (!office && !user.isIn(Groups.COMMITTEE) && !user.isIn(Groups.APPROVERS)) {
            throw new Forbidden(what + "仅供评审办公室、评审委员会和市政府审定人员查看");
        }
        return office;
    }
}
