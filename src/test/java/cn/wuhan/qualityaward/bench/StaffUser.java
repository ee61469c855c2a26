package cn.wuhan.qualityaward.bench;

import cn.wuhan.qualityaward.identity.Groups;
import java.util.List;

/** Who completes a task, as Tasklist authenticates them. */
record StaffUser(String id, List<String> groups, boolean assignee) {

    static StaffUser office() {
        return new StaffUser("office", List.of(Groups.OFFICE), false);
    }

    static StaffUser expert(String id) {
        return new StaffUser(id, List.of(Groups.EXPERTS), true);
    }

    static StaffUser committee(String id) {
        return new StaffUser(id, List.of(Groups.COMMITTEE), true);
    }

    static StaffUser approver() {
        return new StaffUser("approver", List.of(Groups.APPROVERS), false);
    }
}
