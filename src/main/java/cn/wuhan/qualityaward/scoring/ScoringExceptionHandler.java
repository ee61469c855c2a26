package cn.wuhan.qualityaward.scoring;

import cn.wuhan.qualityaward.api.ApiError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Scoring's refusals on /api: a draft asked for through a task that is not the caller's (403, 404). */
@RestControllerAdvice(basePackages = "cn.wuhan.qualityaward")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ScoringExceptionHandler {

    @ExceptionHandler(ScoreDraftRefused.class)
    ResponseEntity<ApiError> draftRefused(ScoreDraftRefused e) {
        return ResponseEntity.status(e.status()).body(ApiError.of(e.code(), e.getMessage()));
    }
}
