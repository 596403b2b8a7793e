package org.alpwb.workbench.internal;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.osgi.service.component.annotations.Component;

/** The workbench's log: the last lines, appended from any thread, delivered to listeners on the event thread. */
@Component(service = ConsoleLog.class)
public class ConsoleLog {
    private static final int KEEP = 5000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final ArrayDeque<String> lines = new ArrayDeque<>();
    private final List<String> pending = new ArrayList<>();
    private final List<Consumer<List<String>>> listeners = new CopyOnWriteArrayList<>();

    public void log(String line) {
        String stamped = LocalTime.now().format(TIME) + "  " + line;
        boolean schedule;
        synchronized (this) {
            lines.addLast(stamped);
            if (lines.size() > KEEP) {
                lines.removeFirst();
            }
            schedule = pending.isEmpty();
            pending.add(stamped);
        }
        if (schedule) {
            SwingUtilities.invokeLater(this::deliver);
        }
    }

    private void deliver() {
        List<String> batch;
        synchronized (this) {
            batch = new ArrayList<>(pending);
            pending.clear();
        }
        listeners.forEach(listener -> listener.accept(batch));
    }

    public synchronized List<String> lines() {
        return new ArrayList<>(lines);
    }

    public void addListener(Consumer<List<String>> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<List<String>> listener) {
        listeners.remove(listener);
    }
}
