package org.loopscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The window icon's pixels at each size: a rounded square with transparent corners and the state colours. */
class AppIconTest {

    @Test
    void everySizeIsARoundedSquareWithTheLanesOnIt() {
        for (int size : AppIcon.SIZES) {
            int[] pixels = AppIcon.argb(size);
            assertThat(pixels).hasSize(size * size);
            assertThat(pixels[0] >>> 24).as("corner at %d px", size).isZero();
            int middle = pixels[size / 2 * size + size / 2];
            assertThat(middle >>> 24).as("middle at %d px", size).isEqualTo(0xFF);
            Set<Integer> opaque = new HashSet<>();
            for (int pixel : pixels) {
                if (pixel >>> 24 == 0xFF) {
                    opaque.add(pixel & 0xFFFFFF);
                }
            }
            if (size >= 32) {
                assertThat(opaque).as("at %d px", size).contains(0x009E73, 0x56B4E9, 0xE69F00, 0x1F2937);
            }
        }
    }
}
