package cn.wuhan.qualityaward.committee;

import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.*;

import cn.wuhan.qualityaward.common.AwardProperties;
import cn.wuhan.qualityaward.common.IsoDurations;
import cn.wuhan.qualityaward.engine.ChoiceOptions;
import cn.wuhan.qualityaward.engine.SystemAuthority;
import cn.wuhan.qualityaward.identity.Groups;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Opens a round of voting: every committee member gets a ballot on the shortlist, due in the voting period. */
@Component
public class OpenVotingDelegate implements JavaDelegate {

    private final CommitteeService committee;
    private final IdentityService identity;
    private final String votingPeriod;
    private final Clock clock;

    public OpenVotingDelegate(
            CommitteeService committee, IdentityService identity, AwardProperties properties, Clock clock) {
        this.committee = committee;
        this.identity = identity;
        this.votingPeriod = properties.committee().votingPeriod();
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cycleId = CYCLE_ID.required(execution);
        List<String> members = SystemAuthority.call(
                () -> identity.createUserQuery().memberOfGroup(Groups.COMMITTEE).orderByUserId().asc().list().stream()
                        .map(User::getId)
                        .toList());
        List<VotingRoundRepository.Candidate> candidates = committee.openVoting(cycleId, members);
        execution.setVariable(COMMITTEE_MEMBERS, new ArrayList<>(members));
        VOTING_DUE_DATE.set(execution, Date.from(IsoDurations.after(clock.instant(), votingPeriod)));
        SHORTLIST_OPTIONS.set(
                execution,
                ChoiceOptions.of(
                        candidates, VotingRoundRepository.Candidate::label, c -> String.valueOf(c.nominationId())));
    }
}
