package org.alpwb.cache.ui.internal;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.cache.CacheStatistics;
import org.alpwb.api.cache.ResultCache;
import org.alpwb.api.cache.VerifyReport;
import org.alpwb.api.ui.StudySession;
import org.alpwb.api.ui.StudySessionListener;
import org.alpwb.api.ui.TaskState;
import org.alpwb.api.ui.View;
import org.alpwb.api.ui.ViewContext;
import org.alpwb.api.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The result cache: location, entries, sizes, hits and misses, which tasks of the open study it holds; verify. */
@Component(service = ViewContribution.class, property = {ServiceProperties.KIND + "=" + ViewContribution.KIND,
        ServiceProperties.ID + "=cache",
        ServiceProperties.LABEL + "=Cache", ViewContribution.AREA + "=right"})
public class CacheView implements ViewContribution {
    private final ResultCache cache;

    @Activate
    public CacheView(@Reference ResultCache cache) {
        this.cache = cache;
    }

    @Override
    public View create(ViewContext context) {
        StudySession session = context.session();
        JTextArea text = new JTextArea();
        text.setName("cache.text");
        text.setEditable(false);
        text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
        String[] verdict = {""};
        Runnable refresh = () -> CompletableFuture.supplyAsync(cache::statistics, session.background())
                .whenComplete((stats, error) -> SwingUtilities.invokeLater(() ->
                        text.setText(error != null ? "cache unavailable: " + error.getMessage()
                                : describe(stats, session.tasks()) + verdict[0])));
        JButton verify = new JButton("Verify");
        verify.setName("cache.verify");
        verify.setToolTipText("Read every entry and check its checksum (no repair)");
        verify.addActionListener(event -> {
            verify.setEnabled(false);
            verdict[0] = "\nverifying…";
            refresh.run();
            CompletableFuture.supplyAsync(() -> cache.verify(false), session.background())
                    .whenComplete((report, error) -> SwingUtilities.invokeLater(() -> {
                        verify.setEnabled(true);
                        verdict[0] = "\n" + (error != null ? "verify failed: " + error.getMessage() : verdict(report));
                        refresh.run();
                    }));
        });
        JButton update = new JButton("Refresh");
        update.addActionListener(event -> refresh.run());
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        bar.add(update);
        bar.add(verify);
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(bar, BorderLayout.NORTH);
        panel.add(new JScrollPane(text), BorderLayout.CENTER);
        StudySessionListener listener = changes -> {
            if (changes.contains(StudySessionListener.Change.RUN) || changes.contains(StudySessionListener.Change.PLAN)) {
                refresh.run();
            }
        };
        refresh.run();
        return View.following(panel, session, listener);
    }

    static String describe(CacheStatistics stats, List<TaskState> tasks) {
        long cached = tasks.stream().filter(t -> t.status() == TaskState.Status.CACHED
                || t.status() == TaskState.Status.COMPUTED).count();
        return String.format(Locale.ROOT, """
                location   %s
                entries    %d
                stored     %s
                file       %s
                this session: %d hits, %d misses, %d puts
                open study: %d of %d tasks in the cache
                """, stats.location(), stats.entries(), bytes(stats.storedBytes()), bytes(stats.fileBytes()),
                stats.hits(), stats.misses(), stats.puts(), cached, tasks.size());
    }

    static String verdict(VerifyReport report) {
        return report.ok() ? "verified " + report.checked() + " entries: all intact"
                : "verified " + report.checked() + " entries: " + report.corruptKeys().size()
                        + " damaged (they are recomputed on next use): " + report.corruptKeys();
    }

    private static String bytes(long count) {
        if (count < 1024) {
            return count + " B";
        }
        double value = count;
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
