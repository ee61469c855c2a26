package cn.wuhan.qualityaward.panel;

import cn.wuhan.qualityaward.common.AwardProperties;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Picks the experts who score a nomination: the least loaded first, the first of them leads. */
@Service
public class PanelService {

  private final PanelRepository panels;
  private final ExpertDirectory experts;
  private final int panelSize;
  private final Clock clock;

  public PanelService(PanelRepository panels, ExpertDirectory experts, AwardProperties properties, Clock clock) {
    this.panels = panels;
    this.experts = experts;
    this.panelSize = properties.panel().size();
    this.clock = clock;
  }

  @Transactional
  public List<String> assign(long nominationId) {
    List<String> existing = panels.members(nominationId);
    if (!existing.isEmpty()) {
      return existing;
    }
    List<String> pool = experts.expertIds();
    if (pool.size() < panelSize) {
      throw new PanelUnavailableException(panelSize, pool.size());
    }
    Map<String, Integer> load = panels.loadByExpert();
    List<String> chosen =
        pool.stream()
            .sorted(Comparator.<String>comparingInt(e -> load.getOrDefault(e, 0)).thenComparing(e -> e))
            .limit(panelSize)
            .toList();
    for (int i = 0; i < chosen.size(); i++) {
      panels.insert(nominationId, chosen.get(i), i == 0, clock.instant());
    }
    return chosen;
  }

  public boolean isOnPanel(long nominationId, String expertId) {
    return panels.isMember(nominationId, expertId);
  }

  public List<String> members(long nominationId) {
    return panels.members(nominationId);
  }
}
