package org.sparkk8s.docs.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.sparkk8s.docs.core.Problem;

/**
 * What a build did: the site folder, the site paths it wrote, the warnings it met (a guide
 * without an English counterpart, …), milliseconds per stage, and whether it was a full build.
 */
public record BuildResult(Path site, List<String> written, List<Problem> warnings, Map<String, Long> timings, boolean full) {
}
