package cn.wuhan.qualityaward.panel;

import java.util.List;

/** Who the experts are; kept by the identity service. */
public interface ExpertDirectory {

    List<String> expertIds();
}
