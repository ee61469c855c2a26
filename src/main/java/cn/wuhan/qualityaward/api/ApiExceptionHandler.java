package cn.wuhan.qualityaward.api;

import cn.wuhan.qualityaward.common.FieldProblem;
import cn.wuhan.qualityaward.common.InvalidInputException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Turns every refusal on /api into a 4xx with an {@link ApiError}; nothing reaches the caller as a 500.
 * A domain's own refusals are mapped by an advice in its package that runs first (e.g.
 * {@code nomination.NominationExceptionHandler}), so this web-wide piece knows no domain.
 */
@RestControllerAdvice(basePackages = "cn.wuhan.qualityaward")
public class ApiExceptionHandler {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> invalid(InvalidInputException e) {
        return status(HttpStatus.BAD_REQUEST, new ApiError("INVALID_INPUT", e.getMessage(), e.problems()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            String field = unknown.getPropertyName();
            return invalid(InvalidInputException.of(field, "UNKNOWN_FIELD", "不认识的字段“" + field + "”"));
        }
        if (e.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return invalid(InvalidInputException.of(field, "WRONG_TYPE", "字段“" + field + "”的值类型不正确"));
        }
        return status(HttpStatus.BAD_REQUEST, ApiError.of("MALFORMED_JSON", "请求内容不是有效的JSON"));
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ApiError> missingPart(Exception e) {
        return status(
                HttpStatus.BAD_REQUEST,
                new ApiError("REQUIRED", "缺少必需的参数或文件", List.of(new FieldProblem("file", "REQUIRED", "请选择要上传的文件"))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badPathValue(MethodArgumentTypeMismatchException e) {
        return status(HttpStatus.BAD_REQUEST, ApiError.of("WRONG_TYPE", "参数“" + e.getName() + "”的值不正确"));
    }

    @ExceptionHandler({Forbidden.class, AuthorizationException.class})
    ResponseEntity<ApiError> forbidden(RuntimeException e) {
        String message = e instanceof Forbidden ? e.getMessage() : "没有权限执行此操作";
        return status(HttpStatus.FORBIDDEN, ApiError.of("FORBIDDEN", message));
    }

    @ExceptionHandler(Conflict.class)
    ResponseEntity<ApiError> conflict(Conflict e) {
        return status(HttpStatus.CONFLICT, ApiError.of(e.code(), e.getMessage()));
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ApiError> notFound(NotFound e) {
        return status(HttpStatus.NOT_FOUND, ApiError.of("NOT_FOUND", e.getMessage()));
    }

    private static ResponseEntity<ApiError> status(HttpStatus status, ApiError error) {
        return ResponseEntity.status(status).body(error);
    }
}
