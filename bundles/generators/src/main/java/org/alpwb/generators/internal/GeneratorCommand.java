package org.alpwb.generators.internal;

import java.util.Map;
import org.alpwb.api.cli.Command;
import org.alpwb.api.generator.EventGenerator;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * A command that works on whichever generators are registered, following them as they come and go. The
 * reference is inherited by the DS components (bnd {@code -dsannotations-options: inherit}).
 */
abstract class GeneratorCommand implements Command {
    final GeneratorRegistry registry = new GeneratorRegistry();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addGenerator(EventGenerator generator, Map<String, Object> properties) {
        registry.add(generator, properties);
    }

    public void removeGenerator(EventGenerator generator, Map<String, Object> properties) {
        registry.remove(generator, properties);
    }
}
