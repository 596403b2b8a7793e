package org.alpwb.channel.eegg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.study.TaskConfig;
import org.junit.jupiter.api.Test;

/** The channel a reconstruct task runs enters its cache key, so a changed channel bundle recomputes its tables. */
class ReconstructKeyTest {
    @Test
    void theChannelsVersionEntersTheKeyAndAnUpgradeChangesIt() {
        ReconstructTask task = new ReconstructTask();
        TaskConfig config = new TaskConfig("study.json", "tasks.reco-signal", Map.of("channel", "eegg"));
        assertEquals(Map.of(), task.pluginVersions(config), "no channel installed: nothing to add");
        task.bindChannel(new EeggChannel(), Map.of(ServiceProperties.ID, "eegg", ServiceProperties.VERSION, "eegg-1"));
        assertEquals(Map.of("channel:eegg", "eegg-1"), task.pluginVersions(config));
        task.bindChannel(new EeggChannel(), Map.of(ServiceProperties.ID, "eegg", ServiceProperties.VERSION, "eegg-2"));
        assertEquals(Map.of("channel:eegg", "eegg-2"), task.pluginVersions(config));
        assertEquals(Map.of(), task.pluginVersions(new TaskConfig("study.json", "tasks.reco-x", Map.of("channel", "ggg"))),
                "another channel's version does not enter this task's key");
    }
}
