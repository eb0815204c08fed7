package dev.rvcm.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rvcm.relocs.Inputs;
import dev.rvcm.testing.Corpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The code model of each committed fixture variant is recognised from its accesses alone. */
class ModelInferenceTest {

    /**
     * linkage_main.o reaches extern data, which tells PIE (through the GOT) from medany (auipc);
     * linkage_lib.o reaches only what it defines, so its PIE build looks like medany, rightly.
     */
    @ParameterizedTest
    @CsvSource({"medlow, MEDLOW", "medany, MEDANY", "pie, PIE"})
    void fixtureVariants(String variant, CodeModel expected) {
        for (String object : new String[] {"linkage_main.o"}) {
            Audit audit = Audit.of(Inputs.open(Corpus.fixture("linkage/" + variant + "/" + object)).getFirst());
            assertThat(audit.model().model()).as("%s %s: %s", variant, object, audit.model().evidence()).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource({"medlow", "medany"})
    void objectsReachingOnlyTheirOwnSymbolsShowTheirAddressingForm(String variant) {
        Audit audit = Audit.of(Inputs.open(Corpus.fixture("linkage/" + variant + "/linkage_lib.o")).getFirst());
        assertThat(audit.model().model().name()).isEqualTo(variant.toUpperCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @CsvSource({"medlow", "medany"})
    void nonPicObjectsUseNoGot(String variant) {
        Audit audit = Audit.of(Inputs.open(Corpus.fixture("linkage/" + variant + "/linkage_main.o")).getFirst());
        assertThat(audit.totals()[AccessKind.GOT.ordinal()]).isZero();
    }
}
