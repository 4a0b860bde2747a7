package org.loopscope.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The build information Maven writes and the fallbacks when it did not. */
class BuildInfoTest {

    @Test
    void theBuildRecordsNameAndVersion() {
        BuildInfo info = BuildInfo.current();

        assertThat(info.name()).isEqualTo("Loopscope");
        assertThat(info.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void unfilteredOrMissingValuesFallBack() throws IOException {
        String unfiltered = "name=${project.name}\nversion=${project.version}\n";

        BuildInfo info = BuildInfo.read(new ByteArrayInputStream(unfiltered.getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(info).isEqualTo(new BuildInfo("Loopscope", BuildInfo.UNKNOWN_VERSION));
        assertThat(BuildInfo.read(null).nameAndVersion()).isEqualTo("Loopscope unknown");
    }
}
