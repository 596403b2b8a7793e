package org.alpwb.api;

/**
 * The work cannot be done for a reason outside the user's input: the result cache is in use by another
 * process, the disk is full, a directory is not writable. The message names the file or resource and what is
 * wrong, so that it can be shown as is, in one line, without a stack trace. Commands map it to exit code
 * {@link ExitCodes#FAILURE}. It is an {@link IllegalStateException}, so code written before it existed that
 * catches those still does.
 *
 * @since org.alpwb.api 1.1
 */
public class EnvironmentException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public EnvironmentException(String message) {
        super(message);
    }

    public EnvironmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
