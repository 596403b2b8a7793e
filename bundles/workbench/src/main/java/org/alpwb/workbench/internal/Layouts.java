package org.alpwb.workbench.internal;

import io.github.andrewauclair.moderndocking.DockingRegion;
import io.github.andrewauclair.moderndocking.app.DockingState;
import io.github.andrewauclair.moderndocking.app.LayoutPersistence;
import io.github.andrewauclair.moderndocking.app.WindowLayoutBuilder;
import io.github.andrewauclair.moderndocking.layouts.ApplicationLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alpwb.api.ui.PerspectiveContribution.Placement;
import org.alpwb.api.ui.ViewArea;

/**
 * Default layouts built from a perspective's placements, and the user's layouts saved per perspective in
 * {@code <config>/layouts/<perspective>.xml}. Before a saved layout is restored, every view id it names gets its
 * slot (a placeholder if no bundle contributes the view), because ModernDocking's restore fails, and leaves its
 * registry broken, on an id that is not registered. Event thread only.
 */
final class Layouts {
    private static final Pattern ELEMENT = Pattern.compile("<[a-zA-Z]+\\s[^>]*persistentID=\"[^\"]+\"[^>]*>");
    private static final Pattern PERSISTENT_ID = Pattern.compile("persistentID=\"([^\"]+)\"");
    private static final Pattern TAB_TEXT = Pattern.compile("tab-text=\"([^\"]*)\"");
    private final Path directory;

    Layouts(Path configDirectory) {
        this.directory = configDirectory.resolve("layouts");
    }

    Path file(String perspectiveId) {
        return directory.resolve(perspectiveId + ".xml");
    }

    /** The default layout: editor area in the centre, right of it, bottom under both, navigator full height. */
    static ApplicationLayout build(List<Placement> placements) {
        Map<ViewArea, List<String>> byArea = new EnumMap<>(ViewArea.class);
        for (Placement placement : placements) {
            byArea.computeIfAbsent(placement.area(), area -> new ArrayList<>()).add(placement.viewId());
        }
        ViewArea rootArea = byArea.containsKey(ViewArea.EDITOR) ? ViewArea.EDITOR : placements.get(0).area();
        List<String> rootViews = byArea.get(rootArea);
        WindowLayoutBuilder builder = new WindowLayoutBuilder(rootViews.get(0));
        tabs(builder, rootViews);
        dockArea(builder, byArea, rootArea, ViewArea.RIGHT, DockingRegion.EAST, 0.3);
        dockArea(builder, byArea, rootArea, ViewArea.BOTTOM, DockingRegion.SOUTH, 0.28);
        dockArea(builder, byArea, rootArea, ViewArea.NAVIGATOR, DockingRegion.WEST, 0.24);
        dockArea(builder, byArea, rootArea, ViewArea.EDITOR, DockingRegion.CENTER, 0.5);
        builder.display(rootViews.get(0));
        return builder.buildApplicationLayout();
    }

    private static void dockArea(WindowLayoutBuilder builder, Map<ViewArea, List<String>> byArea, ViewArea rootArea,
            ViewArea area, DockingRegion region, double share) {
        List<String> views = byArea.get(area);
        if (views == null || area == rootArea) {
            return;
        }
        builder.dockToRoot(views.get(0), region, share);
        tabs(builder, views);
        builder.display(views.get(0));
    }

    private static void tabs(WindowLayoutBuilder builder, List<String> views) {
        for (int i = 1; i < views.size(); i++) {
            builder.dock(views.get(i), views.get(0), DockingRegion.CENTER);
        }
    }

    /**
     * The view ids a saved layout names, with the label it shows for them, read from the file itself (before
     * ModernDocking parses it), so that a view whose plugin is gone gets a placeholder with its label.
     */
    Map<String, String> viewIds(String perspectiveId) throws IOException {
        Map<String, String> ids = new LinkedHashMap<>();
        Matcher element = ELEMENT.matcher(Files.readString(file(perspectiveId), StandardCharsets.UTF_8));
        while (element.find()) {
            Matcher id = PERSISTENT_ID.matcher(element.group());
            Matcher label = TAB_TEXT.matcher(element.group());
            if (id.find()) {
                ids.putIfAbsent(id.group(1), label.find() ? unescape(label.group(1)) : id.group(1));
            }
        }
        return ids;
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    boolean saved(String perspectiveId) {
        return Files.isRegularFile(file(perspectiveId));
    }

    ApplicationLayout load(String perspectiveId) throws Exception {
        return LayoutPersistence.loadApplicationLayoutFromFile(file(perspectiveId).toFile());
    }

    void save(String perspectiveId) throws Exception {
        Files.createDirectories(directory);
        LayoutPersistence.saveLayoutToFile(file(perspectiveId).toFile(), DockingState.getApplicationLayout());
    }

    void forget(String perspectiveId) throws IOException {
        Files.deleteIfExists(file(perspectiveId));
    }
}
