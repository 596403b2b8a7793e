package org.alpwb.api.ui;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A view contributed by a bundle (whiteboard). Service properties: {@code alpwb.id} (the view id, stable across
 * versions: saved layouts name it), {@code alpwb.label}, {@link #AREA} and optionally {@link #MULTIPLE}.
 */
@ConsumerType
public interface ViewContribution {
    /** Service property: the area of the default layout, a {@link ViewArea#id()}. */
    String AREA = "alpwb.view.area";
    /** Service property: {@code true} if several instances may be open (default: one). */
    String MULTIPLE = "alpwb.view.multiple";
    /** Value of {@code alpwb.kind} for views (so that {@code alpwb plugins} and the plugins view list them). */
    String KIND = "view";

    /** Creates the view's content; called on the event thread. */
    View create(ViewContext context);
}
