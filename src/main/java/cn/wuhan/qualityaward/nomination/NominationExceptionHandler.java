package cn.wuhan.qualityaward.nomination;

import cn.wuhan.qualityaward.api.ApiError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The nomination's refusals on /api: 409 {@code DUPLICATE_NOMINATION} and 404 {@code NOT_FOUND}, with
 * the field problems. Ordered before the web-wide {@code ApiExceptionHandler}, which would otherwise
 * answer both as the plain 400 of their superclass {@code InvalidInputException}.
 */
@RestControllerAdvice(basePackages = "cn.wuhan.qualityaward")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class NominationExceptionHandler {

    @ExceptionHandler(DuplicateNominationException.class)
    ResponseEntity<ApiError> duplicate(DuplicateNominationException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(new ApiError("DUPLICATE_NOMINATION", e.getMessage(), e.problems()));
    }

    @ExceptionHandler(NominationNotFound.class)
    ResponseEntity<ApiError> nominationNotFound(NominationNotFound e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(new ApiError("NOT_FOUND", e.getMessage(), e.problems()));
    }
}
