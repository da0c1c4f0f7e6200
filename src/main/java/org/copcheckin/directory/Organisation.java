package org.copcheckin.directory;

import java.util.List;
import java.util.Optional;

/**
 * An organisation's public details as the directory keeps them.
 *
 * @param services theme ids and closed-vocabulary words, folded
 * @param contact  the organisation's public contact line ("211, or intake desk Mon-Fri 9-5")
 */
public record Organisation(String name, Optional<String> region, List<String> services, Optional<String> contact) {

    public Organisation {
        services = List.copyOf(services);
        region = region.map(String::strip).filter(r -> !r.isEmpty());
        contact = contact.map(String::strip).filter(c -> !c.isEmpty());
    }
}
