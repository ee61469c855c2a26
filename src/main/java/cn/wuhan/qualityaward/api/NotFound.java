package cn.wuhan.qualityaward.api;

/** No such thing, or none the caller may know of. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
