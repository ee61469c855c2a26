package cn.wuhan.qualityaward.api;

/** The request is sound but the thing it asks for is not there yet, or no longer. */
public class Conflict extends RuntimeException {

    private final String code;

    public Conflict(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
