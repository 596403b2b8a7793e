package org.alpwb.analysis.internal;

import java.util.concurrent.Callable;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.progress.CancelledException;

/** An exception thrown by a strategy's own code, named with the strategy and the call that threw. */
final class StrategyFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private StrategyFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** Runs strategy code; bad input and cancellation pass through, anything else becomes a StrategyFailure. */
    static <T> T guard(String strategyId, String call, Callable<T> code) {
        try {
            return code.call();
        } catch (InvalidInputException | CancelledException | StrategyFailure e) {
            throw e;
        } catch (Exception e) {
            throw new StrategyFailure("strategy " + strategyId + " failed in " + call + ": " + e, e);
        }
    }
}
