package org.alpwb.workbench.internal;

import io.github.andrewauclair.moderndocking.app.Docking;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** One {@link Slot} per view id, created on first mention (a contribution or a saved layout). Event thread only. */
final class Slots {
    private final Map<String, Slot> slots = new LinkedHashMap<>();

    /** The slot of {@code viewId}, created and registered with the docking framework if new. */
    Slot slot(String viewId, String label) {
        return slots.computeIfAbsent(viewId, id -> {
            Slot slot = new Slot(id, label == null ? id : label);
            Docking.registerDockable(slot);
            return slot;
        });
    }

    Slot find(String viewId) {
        return slots.get(viewId);
    }

    Collection<Slot> all() {
        return slots.values();
    }
}
