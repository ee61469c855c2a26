package cn.wuhan.qualityaward.notice;

import static cn.wuhan.qualityaward.notice.ObjectionProcess.Variables.VOTERS;
import static cn.wuhan.qualityaward.notice.ObjectionProcess.Variables.VOTING_DUE_DATE;

import cn.wuhan.qualityaward.common.AwardProperties;
import cn.wuhan.qualityaward.common.IsoDurations;
import cn.wuhan.qualityaward.engine.SystemAuthority;
import cn.wuhan.qualityaward.identity.Groups;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Opens a round of the committee's vote on the objection: the members of group {@code committee}
 * are recorded for the round, each gets a vote task, due in {@code award.committee.voting-period}.
 */
@Component
public class OpenObjectionVotingDelegate implements JavaDelegate {

    private final ObjectionService objections;
    private final IdentityService identity;
    private final String votingPeriod;
    private final Clock clock;

    public OpenObjectionVotingDelegate(
            ObjectionService objections, IdentityService identity, AwardProperties properties, Clock clock) {
        this.objections = objections;
        this.identity = identity;
        this.votingPeriod = properties.committee().votingPeriod();
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> members = SystemAuthority.call(
                () -> identity.createUserQuery().memberOfGroup(Groups.COMMITTEE).orderByUserId().asc().list().stream()
                        .map(User::getId)
                        .toList());
        Instant due = IsoDurations.after(clock.instant(), votingPeriod);
        objections.openVoting(ObjectionProcess.objectionOf(execution), members, due);
        execution.setVariable(VOTERS, new ArrayList<>(members));
        VOTING_DUE_DATE.set(execution, Date.from(due));
    }
}
