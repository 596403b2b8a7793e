package org.alpwb.cache.mapdb;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.cache.CacheStatistics;
import org.alpwb.api.cache.ResultCache;
import org.alpwb.api.cache.VerifyReport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The {@link ResultCache} service. The file is opened on first use, not at activation, so that a
 * framework that only lists commands never takes the cache lock; if the cache is in use by another
 * process every call fails with a clear {@link IllegalStateException} and the next call tries again.
 * The file stays open (and locked) until the component is deactivated or {@link #release()} is called.
 */
@Component(service = ResultCache.class,
        property = {ServiceProperties.ID + "=mapdb", ServiceProperties.LABEL + "=MapDB result cache",
                ServiceProperties.KIND + "=" + ServiceProperties.KIND_CACHE},
        configurationPid = MapDbResultCache.PID)
@Designate(ocd = CacheConfig.class)
public final class MapDbResultCache implements ResultCache {

    static final String PID = "org.alpwb.cache";
    static final String DIR_PROPERTY = "alpwb.cache.dir";
    static final String DEFAULT_FILE_NAME = "results.mapdb";

    private static final System.Logger LOG = System.getLogger(MapDbResultCache.class.getName());

    private final Path file;
    private final Consumer<String> warnings;
    private MapDbStore store;
    private boolean deactivated;

    @Activate
    public MapDbResultCache(CacheConfig config) {
        this(location(config.cacheDir(), System.getProperty(DIR_PROPERTY), System.getProperty("user.home"),
                config.fileName()), message -> LOG.log(System.Logger.Level.WARNING, message));
    }

    MapDbResultCache(Path file, Consumer<String> warnings) {
        this.file = file.toAbsolutePath().normalize();
        this.warnings = warnings;
    }

    /**
     * The cache file: {@code configuredDir} (ConfigAdmin) if not blank, else {@code systemDir}
     * ({@code -Dalpwb.cache.dir}) if not blank, else {@code <userHome>/.alpwb/cache}.
     */
    static Path location(String configuredDir, String systemDir, String userHome, String fileName) {
        String name = fileName == null || fileName.isBlank() ? DEFAULT_FILE_NAME : fileName.trim();
        if (name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("configuration " + PID + ": fileName '" + name
                    + "' must be a plain file name; put the directory in cacheDir");
        }
        String dir;
        String source;
        if (configuredDir != null && !configuredDir.isBlank()) {
            dir = configuredDir.trim();
            source = "configuration " + PID + " cacheDir";
        } else if (systemDir != null && !systemDir.isBlank()) {
            dir = systemDir.trim();
            source = "system property " + DIR_PROPERTY;
        } else {
            dir = Path.of(userHome, ".alpwb", "cache").toString();
            source = "user.home";
        }
        try {
            return Path.of(dir).resolve(name).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(source + ": '" + dir + "' is not a valid directory: " + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }

    /** The open store, opening it on first use. */
    private synchronized MapDbStore store() {
        if (deactivated) {
            throw new IllegalStateException("cache " + file + " is closed (its component was deactivated)");
        }
        if (store == null) {
            store = MapDbStore.open(file, warnings);
        }
        return store;
    }

    @Deactivate
    synchronized void close() {
        deactivated = true;
        if (store != null) {
            store.close();
            store = null;
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        return store().get(key);
    }

    @Override
    public void put(String key, byte[] value) {
        store().put(key, value);
    }

    @Override
    public boolean contains(String key) {
        return store().contains(key);
    }

    @Override
    public boolean remove(String key) {
        return store().remove(key);
    }

    @Override
    public CacheStatistics statistics() {
        return store().statistics();
    }

    @Override
    public VerifyReport verify(boolean repair) {
        return store().verify(repair);
    }

    @Override
    public void clear() {
        store().clear();
    }

    /** Closes the store and its lock until the next call (alpwb shell, between commands). */
    @Override
    public synchronized void release() {
        if (store != null) {
            store.close();
            store = null;
        }
    }

    @Override
    public String toString() {
        return "MapDB result cache " + file;
    }
}
