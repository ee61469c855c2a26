package cn.wuhan.qualityaward.scoring;

import org.springframework.http.HttpStatus;

/** A draft asked for through a task that is not the caller's open scoring task. */
public class ScoreDraftRefused extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    private ScoreDraftRefused(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    /** 404: no open scoring task of that id that the caller may see. */
    static ScoreDraftRefused noSuchTask() {
        return new ScoreDraftRefused(HttpStatus.NOT_FOUND, "SCORING_TASK_NOT_FOUND", "找不到该评分任务，它可能已经完成或已改派");
    }

    /** 403: the task is someone else's, or the caller no longer holds the seat. */
    static ScoreDraftRefused notYours() {
        return new ScoreDraftRefused(HttpStatus.FORBIDDEN, "NOT_YOUR_SCORE_DRAFT", "只有该评分任务的评审专家本人可以保存或查看评分草稿");
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
