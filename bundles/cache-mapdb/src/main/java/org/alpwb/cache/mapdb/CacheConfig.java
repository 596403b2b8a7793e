package org.alpwb.cache.mapdb;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** ConfigAdmin configuration of the result cache (PID {@code org.alpwb.cache}). */
@ObjectClassDefinition(id = MapDbResultCache.PID, name = "ALP Workbench result cache (MapDB)",
        description = "Where the content-addressed result cache keeps its file.")
@interface CacheConfig {

    @AttributeDefinition(name = "Cache directory",
            description = "Directory of the cache file. Empty: the system property alpwb.cache.dir if set, "
                    + "else ${user.home}/.alpwb/cache.")
    String cacheDir() default "";

    @AttributeDefinition(name = "File name", description = "Name of the MapDB file inside the cache directory.")
    String fileName() default MapDbResultCache.DEFAULT_FILE_NAME;
}
