package org.regdraft.reliability;

import org.junit.jupiter.api.Tag;

/**
 * The fuzz targets of {@link HostileInputPropertyTest} in the integration run, where {@code
 * -Dregdraft.tries=10000} makes each target 10,000 tries (the citation parser 40,000).
 */
@Tag("integration")
class HostileInputFuzzIT extends HostileInputPropertyTest {}
