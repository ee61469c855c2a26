package cn.wuhan.qualityaward.criteria;

import cn.wuhan.qualityaward.api.Conflict;
import cn.wuhan.qualityaward.api.NotFound;
import cn.wuhan.qualityaward.common.CommittedFacts;
import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.criteria.rubric.Rubric;
import cn.wuhan.qualityaward.criteria.rubric.RubricLoader;
import cn.wuhan.qualityaward.criteria.rubric.ScoreSheetFormGenerator;
import cn.wuhan.qualityaward.nomination.ScoringForms;
import cn.wuhan.qualityaward.nomination.Track;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The criteria versions (评定标准版本) the office owns: imported as drafts, checked whole, published
 * once and never changed after, and the version each cycle is scored by. Version 1 is the rubric
 * shipped with the application ({@code rubric/rubric.json}).
 */
@Service
public class CriteriaService {

    /** Who “published” the shipped rubric: the application, not a person. */
    public static final String SHIPPED_BY = "system";

    public static final String SHIPPED_LABEL = "征求意见稿（系统内置）";

    private static final Logger LOG = LoggerFactory.getLogger(CriteriaService.class);

    private final CriteriaRepository versions;
    private final Clock clock;

    /*
     * Every step that stores, checks or aggregates a sheet asks for its cycle's rubric: two reads and
     * the parsing of the rubric's JSON each time (about eleven per nomination, issue #18). A pin is
     * never changed and a pinned version is published, which is never changed either.
     */
    private final CommittedFacts<String, Rubric> pinnedRubrics = new CommittedFacts<>(1_000);

    public CriteriaService(CriteriaRepository versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    /** Every version, the newest first. */
    public List<CriteriaSummary> list() {
        return versions.all();
    }

    /** The published versions a new cycle may be pinned to, the newest first. */
    public List<CriteriaSummary> published() {
        return versions.published();
    }

    /** The version numbered {@code id}; {@link NotFound} when there is none. */
    public CriteriaVersion get(long id) {
        return versions.find(id).orElseThrow(() -> new NotFound("没有编号为" + id + "的评定标准版本"));
    }

    /**
     * Stores {@code document} as a new draft, numbered after the newest version.
     *
     * @throws InvalidInputException with every problem of the document (see {@link CriteriaValidator})
     * @throws Conflict {@code CRITERIA_BUSY} when another import took the same number at the same moment
     */
    @Transactional
    public CriteriaVersion importDraft(CriteriaDocument document, String user) {
        CriteriaDocument checked = CriteriaValidator.check(document);
        CriteriaVersion draft = new CriteriaVersion(
                versions.nextId(),
                checked.label(),
                CriteriaStatus.DRAFT,
                user,
                clock.instant(),
                null,
                null,
                checked.rubric());
        try {
            versions.insert(draft);
        } catch (DuplicateKeyException sameMoment) {
            throw new Conflict("CRITERIA_BUSY", "另一个评定标准版本正在同时导入，请重新提交");
        }
        return draft;
    }

    /**
     * Replaces the label and rubric of a draft.
     *
     * @throws Conflict {@code CRITERIA_PUBLISHED} when the version is published or retired: a published
     *     version never changes, a changed one is imported as a new draft
     */
    @Transactional
    public CriteriaVersion replaceDraft(long id, CriteriaDocument document) {
        requireDraft(get(id));
        CriteriaDocument checked = CriteriaValidator.check(document);
        if (!versions.replaceDraft(id, checked.label(), checked.rubric())) {
            requireDraft(get(id));
        }
        return get(id);
    }

    /**
     * Publishes a draft: from now on it never changes and new cycles may be scored by it.
     *
     * @throws Conflict {@code CRITERIA_ALREADY_PUBLISHED} or {@code CRITERIA_RETIRED}
     */
    @Transactional
    public CriteriaVersion publish(long id, String user) {
        CriteriaVersion version = get(id);
        refuseUnlessDraft(version);
        // checked on import already; checked again so that a rule added since cannot be published past
        CriteriaValidator.check(version.document());
        if (!versions.publish(id, user, clock.instant())) {
            refuseUnlessDraft(get(id));
        }
        return get(id);
    }

    /**
     * Retires a published version: cycles pinned to it keep it, no new cycle may choose it.
     *
     * @throws Conflict {@code CRITERIA_NOT_PUBLISHED} unless the version is published
     */
    @Transactional
    public CriteriaVersion retire(long id) {
        get(id);
        if (!versions.retire(id)) {
            throw new Conflict("CRITERIA_NOT_PUBLISHED", "只有已发布的评定标准版本可以停用");
        }
        return get(id);
    }

    /**
     * The Camunda Form an expert sees for a nominee scored on {@code track} under version {@code id},
     * produced by the generator of the score forms ({@link ScoreSheetFormGenerator}). {@code track} is
     * a track's code ({@code SENIOR_MANAGER}) or its form key's ending ({@code senior-manager}).
     *
     * @throws NotFound for an unknown track
     * @throws InvalidInputException {@code NO_SHEET_OF_ITS_OWN} for 其他人员, scored on a reference track's sheet
     */
    public String scoreForm(long id, String track) {
        Track scored = parseTrack(track).orElseThrow(() -> new NotFound("没有评审类别“" + track + "”"));
        if (scored.needsReferenceTrack()) {
            throw InvalidInputException.of("track", "NO_SHEET_OF_ITS_OWN", "其他人员按参照类别的评分表评分，请预览高层管理者、中层管理者或员工的评分表");
        }
        return ScoreSheetFormGenerator.generate(get(id).rubric(), scored);
    }

    /**
     * Fixes the version a cycle is scored by, once, when the cycle starts.
     *
     * @throws InvalidInputException {@code CRITERIA_NOT_PUBLISHED} unless the version is published
     * @throws Conflict {@code CYCLE_ALREADY_PINNED} when the cycle has its version already
     */
    @Transactional
    public void pin(String cycleId, long versionId) {
        CriteriaVersion version = get(versionId);
        if (version.status() != CriteriaStatus.PUBLISHED) {
            throw InvalidInputException.of(
                    "criteriaVersionId",
                    "CRITERIA_NOT_PUBLISHED",
                    "评选周期只能采用已发布的评定标准版本，“" + version.label() + "”" + "为" + version.statusLabel());
        }
        if (versions.pinnedVersion(cycleId).isPresent()) {
            throw new Conflict("CYCLE_ALREADY_PINNED", "评选周期" + cycleId + "已确定评定标准版本，不能更改");
        }
        try {
            versions.pin(cycleId, versionId);
        } catch (DuplicateKeyException sameMoment) {
            throw new Conflict("CYCLE_ALREADY_PINNED", "评选周期" + cycleId + "已确定评定标准版本，不能更改");
        }
    }

    /**
     * The published version a new cycle is to be scored by: {@code requested}, or the newest published
     * one when {@code requested} is null. Empty when there is no such published version.
     */
    public Optional<CriteriaSummary> choosable(Long requested) {
        return versions.published().stream()
                .filter(v -> requested == null || v.id() == requested)
                .findFirst();
    }

    /**
     * The score forms a cycle's score tasks are to show, generated from the cycle's version: by form
     * key ({@code score-senior-manager}…), one per track with a sheet of its own. Empty when the forms
     * of the cycle are recorded already. Holds the cycle's pin until the caller's transaction ends, so
     * of two callers at the same moment only the first deploys them.
     *
     * @throws IllegalStateException when the cycle is not pinned to a version
     */
    @Transactional
    public Map<String, String> scoreFormsToDeploy(String cycleId) {
        long versionId = versions.lockPin(cycleId)
                .orElseThrow(() -> new IllegalStateException("cycle " + cycleId + " has no criteria version"));
        Map<String, String> forms = new LinkedHashMap<>();
        Rubric rubric = get(versionId).rubric();
        for (Track track : Track.values()) {
            String key = ScoringForms.formKey(track);
            if (!track.needsReferenceTrack()
                    && versions.formVersion(cycleId, key).isEmpty()) {
                forms.put(key, ScoreSheetFormGenerator.generate(rubric, track));
            }
        }
        return forms;
    }

    /**
     * The rubric a cycle is scored by: that of the version it was pinned to when it started. Score
     * sheets are checked, aggregated and reported by it, whatever has been published since.
     *
     * @throws IllegalStateException for a cycle that was never pinned (every cycle is, when it opens
     *     or, for cycles older than versions, when version 1 is stored)
     */
    public Rubric rubricOf(String cycleId) {
        return pinnedRubrics.get(
                cycleId,
                id -> versionOf(id)
                        .orElseThrow(() -> new IllegalStateException("cycle " + id + " has no criteria version"))
                        .rubric());
    }

    /** The version a cycle is scored by, if it has been pinned to one. */
    public Optional<CriteriaVersion> versionOf(String cycleId) {
        return versions.pinnedVersion(cycleId).map(this::get);
    }

    /** Records the version of a score form (form key such as {@code score-staff}) deployed for a cycle. */
    @Transactional
    public void recordCycleForm(String cycleId, String formKey, int formVersion) {
        versions.recordForm(cycleId, formKey, formVersion);
    }

    /** The version of a score form deployed for a cycle, if one was. */
    public Optional<Integer> cycleFormVersion(String cycleId, String formKey) {
        return versions.formVersion(cycleId, formKey);
    }

    /**
     * On a database without versions, stores the shipped rubric as version 1, published, and pins the
     * cycles that already exist to it (they were scored by it). Several nodes may run this at once:
     * the one that loses the race on version 1's number does nothing.
     */
    @Transactional
    public void seedShippedRubric() {
        if (!versions.isEmpty()) {
            return;
        }
        Rubric shipped = CriteriaValidator.check(new CriteriaDocument(SHIPPED_LABEL, RubricLoader.load()))
                .rubric();
        var now = clock.instant();
        try {
            versions.insert(new CriteriaVersion(
                    1, SHIPPED_LABEL, CriteriaStatus.PUBLISHED, SHIPPED_BY, now, SHIPPED_BY, now, shipped));
        } catch (DuplicateKeyException anotherNode) {
            return;
        }
        int pinned = versions.pinUnpinnedCycles(1);
        LOG.info("criteria version 1 stored from {}; {} existing cycle(s) pinned to it", RubricLoader.RESOURCE, pinned);
    }

    /** SENIOR_MANAGER, or senior-manager as the form key score-senior-manager ends. */
    private static Optional<Track> parseTrack(String track) {
        return Track.parse(track.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static void requireDraft(CriteriaVersion version) {
        if (version.status() != CriteriaStatus.DRAFT) {
            throw new Conflict(
                    "CRITERIA_PUBLISHED",
                    "评定标准版本“" + version.label() + "”" + version.statusLabel() + "，不能再修改；如需修改，请导出后作为新的草稿导入");
        }
    }

    private static void refuseUnlessDraft(CriteriaVersion version) {
        if (version.status() == CriteriaStatus.PUBLISHED) {
            throw new Conflict("CRITERIA_ALREADY_PUBLISHED", "评定标准版本“" + version.label() + "”已经发布");
        }
        if (version.status() == CriteriaStatus.RETIRED) {
            throw new Conflict("CRITERIA_RETIRED", "评定标准版本“" + version.label() + "”已停用，不能发布");
        }
    }
}
