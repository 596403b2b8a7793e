package org.alpwb.api.cache;

import java.util.List;

/** Outcome of {@link ResultCache#verify(boolean)}: entries checked and the keys found corrupt. */
public record VerifyReport(long checked, List<String> corruptKeys, boolean repaired) {
    public VerifyReport {
        corruptKeys = List.copyOf(corruptKeys);
    }

    public boolean ok() {
        return corruptKeys.isEmpty();
    }
}
