package org.alpwb.api.ui;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A named default layout (whiteboard). Service properties: {@code alpwb.id}, {@code alpwb.label} and optionally
 * {@link #ORDER} (menu position). The user's changes to a perspective are saved per perspective id; a view that
 * is not installed shows its placeholder.
 */
@ConsumerType
public interface PerspectiveContribution {
    /** Service property: position in the perspective menu (integer, ascending). */
    String ORDER = "alpwb.perspective.order";
    /** Value of {@code alpwb.kind} for perspectives. */
    String KIND = "perspective";

    /** The views of this perspective; the first of an area gets the area, later ones become tabs beside it. */
    List<Placement> placements();

    /** One view in one area. */
    record Placement(String viewId, ViewArea area) {
    }
}
