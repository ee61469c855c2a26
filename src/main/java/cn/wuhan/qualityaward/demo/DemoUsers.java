package cn.wuhan.qualityaward.demo;

import cn.wuhan.qualityaward.identity.Groups;
import java.util.ArrayList;
import java.util.List;

/** The demo's people: one per role and seven experts, every password "demo". */
final class DemoUsers {

  static final String PASSWORD = "demo";

  /** Tasklist shows "first last": the full Chinese name first, then the role. */
  record DemoUser(String id, String role, String fullName, String group) {}

  private DemoUsers() {}

  static List<DemoUser> all() {
    List<DemoUser> users = new ArrayList<>();
    users.add(new DemoUser("office", "评审办公室", "王建华", Groups.OFFICE));
    String[][] experts = {
      {"李", "明"}, {"张", "华"}, {"刘", "强"}, {"陈", "敏"}, {"杨", "洁"}, {"黄", "磊"}, {"周", "静"}
    };
    for (int i = 0; i < experts.length; i++) {
      users.add(new DemoUser("expert" + (i + 1), "评审专家", experts[i][0] + experts[i][1], Groups.EXPERTS));
    }
    String[][] committee = {{"吴", "建国"}, {"郑", "秀英"}, {"孙", "志远"}, {"马", "丽华"}, {"朱", "永平"}};
    for (int i = 0; i < committee.length; i++) {
      users.add(new DemoUser("committee" + (i + 1), "评审委员", committee[i][0] + committee[i][1], Groups.COMMITTEE));
    }
    users.add(new DemoUser("approver", "市政府", "刘审定", Groups.APPROVERS));
    return users;
  }
}
