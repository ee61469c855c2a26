package cn.wuhan.qualityaward.api;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Requests refused for their shape before any controller is chosen: a body the endpoint does not
 * consume, or a multipart request that cannot be parsed. {@link ApiExceptionHandler}, limited to the
 * award's controllers, never sees these, so without this they would answer a bare 415 or a 500.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class RequestShapeExceptionHandler {

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(ApiError.of("UNSUPPORTED_MEDIA_TYPE", "不支持的请求格式"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ApiError.of("FILE_TOO_LARGE", "文件超过允许的大小"));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> unparsable(MultipartException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFileNameException) {
                return ResponseEntity.badRequest()
                        .body(ApiError.of("FILE_NAME_INVALID", "文件名不能包含路径（/ 或 \\）或控制字符，请只提供文件本身的名称"));
            }
        }
        return ResponseEntity.badRequest().body(ApiError.of("MULTIPART_INVALID", "上传的内容不是有效的 multipart/form-data 请求"));
    }
}
