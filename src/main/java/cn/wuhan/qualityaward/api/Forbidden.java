package cn.wuhan.qualityaward.api;

/** The caller is known but may not do this. */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
