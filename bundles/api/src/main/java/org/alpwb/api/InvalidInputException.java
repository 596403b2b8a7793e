package org.alpwb.api;

/**
 * Bad input from a user: a study file, a command-line option, a data file. The message names the
 * source, the field, the offending value and what is allowed, so that it can be shown as is.
 * Commands map it to exit code {@link ExitCodes#BAD_INPUT}.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String field;

    public InvalidInputException(String message) {
        super(message);
        this.source = "";
        this.field = "";
    }

    public InvalidInputException(String source, String field, Object value, String allowed) {
        super(format(source, field, value, allowed));
        this.source = source == null ? "" : source;
        this.field = field == null ? "" : field;
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
        this.source = "";
        this.field = "";
    }

    /** The file or option group the bad value came from, or "" if unknown. */
    public String source() {
        return source;
    }

    /** The path of the bad field, e.g. {@code tasks.signal.config.massGeV}, or "". */
    public String field() {
        return field;
    }

    private static String format(String source, String field, Object value, String allowed) {
        StringBuilder text = new StringBuilder();
        if (source != null && !source.isEmpty()) {
            text.append(source).append(": ");
        }
        text.append("field '").append(field).append("' has invalid value '").append(value).append('\'');
        if (allowed != null && !allowed.isEmpty()) {
            text.append("; allowed: ").append(allowed);
        }
        return text.toString();
    }
}
