package cn.wuhan.qualityaward.panel;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Who the experts are; kept by the identity service. */
public interface ExpertDirectory {

    List<String> expertIds();

    /** Each known expert's name as the identity service keeps it, by id; an expert without one is left out. */
    Map<String, String> names(Collection<String> expertIds);
}
