package dev.rvcm.isa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A sweep's place among a section's mapping-symbol regions, forward and back. */
class RegionCursorTest {
    private static final IsaRegions.Regions REGIONS = IsaRegions.Regions.of(List.of(
        new IsaRegions.MappingSymbol(0x20, "$d"),
        new IsaRegions.MappingSymbol(0x10, "$x"),
        new IsaRegions.MappingSymbol(0x28, "$xrv64i")), Extensions.RV64GC);

    @Test
    void walksForwardThroughCodeAndData() {
        RegionCursor cursor = REGIONS.cursor(true);
        assertThat(cursor.moveTo(0x0)).isFalse();
        assertThat(cursor.data()).as("before the first mapping symbol of code").isFalse();
        assertThat(cursor.end()).isEqualTo(-1);

        assertThat(cursor.moveTo(0x10)).isTrue();
        assertThat(cursor.moveTo(0x1e)).isFalse();
        assertThat(cursor.data()).isFalse();

        assertThat(cursor.moveTo(0x20)).isTrue();
        assertThat(cursor.data()).isTrue();
        assertThat(cursor.end()).isEqualTo(0x28);

        assertThat(cursor.moveTo(0x100)).isTrue();
        assertThat(REGIONS.extensions(cursor.region())).isEqualTo(Extensions.parse("rv64i"));
        assertThat(cursor.end()).as("the last region runs to the section's end").isEqualTo(-1);
    }

    @Test
    void movesBackBySearching() {
        RegionCursor cursor = REGIONS.cursor(true);
        cursor.moveTo(0x30);
        assertThat(cursor.moveTo(0x24)).isTrue();
        assertThat(cursor.data()).isTrue();
        assertThat(cursor.moveTo(0x4)).isTrue();
        assertThat(cursor.region()).isEqualTo(-1);
    }

    @Test
    void outsideEveryRegionOfDataIsData() {
        RegionCursor cursor = REGIONS.cursor(false);
        cursor.moveTo(0x4);
        assertThat(cursor.data()).isTrue();
        cursor.moveTo(0x10);
        assertThat(cursor.data()).isFalse();
    }
}
