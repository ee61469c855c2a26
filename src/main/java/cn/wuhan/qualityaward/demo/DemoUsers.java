package cn.wuhan.qualityaward.demo;

import cn.wuhan.qualityaward.identity.Groups;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The demo's people: one per role, seven experts and two recommending units, every password "demo". */
final class DemoUsers {

    static final String PASSWORD = "demo";

    /** Each recommending unit's account, and the unit it files for. */
    static final Map<String, String> RECOMMENDER_UNITS =
            Map.of("recommender1", "武汉市东湖新技术开发区质量强区办", "recommender2", "武汉市江岸区质量强区办");

    /** Tasklist shows "first last": the full Chinese name first, then the role. */
    record DemoUser(String id, String role, String fullName, String group) {}

    private DemoUsers() {}

    static List<DemoUser> all() {
        List<DemoUser> users = new ArrayList<>();
        users.add(new DemoUser("office", "评审办公室", "王建华", Groups.OFFICE));
        String[][] experts = {{"李", "明"}, {"张", "华"}, {"刘", "强"}, {"陈", "敏"}, {"杨", "洁"}, {"黄", "磊"}, {"周", "静"}};
        for (int i = 0; i < experts.length; i++) {
            users.add(new DemoUser("expert" + (i + 1), "评审专家", experts[i][0] + experts[i][1], Groups.EXPERTS));
        }
        String[][] committee = {{"吴", "建国"}, {"郑", "秀英"}, {"孙", "志远"}, {"马", "丽华"}, {"朱", "永平"}};
        for (int i = 0; i < committee.length; i++) {
            users.add(new DemoUser("committee" + (i + 1), "评审委员", committee[i][0] + committee[i][1], Groups.COMMITTEE));
        }
        users.add(new DemoUser("approver", "市政府", "刘审定", Groups.APPROVERS));
        users.add(new DemoUser("recommender1", "东湖高新区质量强区办", "何晓东", Groups.RECOMMENDERS));
        users.add(new DemoUser("recommender2", "江岸区质量强区办", "邓文静", Groups.RECOMMENDERS));
        return users;
    }
}
