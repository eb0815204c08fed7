package dev.rvcm.reports.compare;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The tables of a {@link CompareReport} whose variants wrote the same output: static facts, the run,
 * overheads, where the extra GOT loads are, the GOT loads by symbol, and the time each step took.
 */
public final class CompareTables {
    /** GOT-loaded symbols listed per variant. */
    static final int GOT_SYMBOLS = 10;

    private CompareTables() {
    }

    public static List<Table> of(CompareReport report) {
        return List.of(statics(report), dynamics(report), overheads(report),
            extra(report, "hot-symbols", "GOT-indirect symbols with the most extra GOT loads", "symbol", VariantReport::hotSymbols),
            extra(report, "hot-functions", "functions with the most extra GOT loads", "function", VariantReport::hotFunctions),
            gotLoads(report), steps(report));
    }

    static Table statics(CompareReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (VariantReport v : report.variants()) {
            StaticFacts s = v.statics();
            Optional<AccessCounts> own = s.ownCode();
            rows.add(List.of(v.name(), v.origin(), s.codeModel(), s.accessesFrom().toLowerCase(java.util.Locale.ROOT), Figures.count(s.codeSize()), Figures.count(s.gotEntries()),
                s.dataFixups().map(f -> Figures.count(f.words())).orElse(Figures.NONE),
                s.dataFixups().map(f -> Figures.count(f.relaBytes())).orElse(Figures.NONE),
                s.dataFixups().map(f -> Figures.count(f.relrBytes())).orElse(Figures.NONE),
                Figures.count(s.whole().absolute()), Figures.count(s.whole().gpRelative()), Figures.count(s.whole().got()),
                own.map(o -> Figures.count(o.absolute())).orElse(Figures.NONE),
                own.map(o -> Figures.count(o.gpRelative())).orElse(Figures.NONE),
                own.map(o -> Figures.count(o.got())).orElse(Figures.NONE),
                s.semiPicReady() ? "ready" : "blocked"));
        }
        return new Table("static", "static: the linked image (the C library included; own = the input objects' functions)",
            List.of("variant", "made from", "code model", "accesses from", "code size", "GOT entries", "data fixups", "RELA bytes", "RELR bytes",
                "absolute", "gp-relative", "GOT accesses", "own absolute", "own gp-relative", "own GOT accesses", "semi-PIC"),
            rows);
    }

    static Table dynamics(CompareReport report) {
        List<String> header = new ArrayList<>(List.of("variant", "exit code", "instructions", "loads", "GOT loads", "own GOT loads"));
        report.presets().forEach(p -> header.add("cycles " + p));
        List<List<String>> rows = new ArrayList<>();
        for (VariantReport v : report.variants()) {
            DynamicFacts d = v.dynamics();
            List<String> row = new ArrayList<>(List.of(v.name(), Integer.toString(v.output().exitCode()),
                Figures.count(d.instructions()), Figures.count(d.loads()), Figures.count(d.gotLoads()),
                Figures.count(d.ownCodeGotLoads())));
            report.presets().forEach(p -> row.add(Figures.count(d.cycles().getOrDefault(p, 0L))));
            rows.add(row);
        }
        return new Table("dynamic", "dynamic: the run in rvcm's engine, modeled cycles per timing preset", header, rows);
    }

    static Table overheads(CompareReport report) {
        List<String> header = new ArrayList<>(List.of("variant", "instructions"));
        header.addAll(report.presets());
        List<List<String>> rows = new ArrayList<>();
        for (VariantReport v : report.variants()) {
            List<String> row = new ArrayList<>(List.of(v.name()));
            row.add(Figures.percent(v.overheadPercent().getOrDefault("instructions", Double.NaN)));
            report.presets().forEach(p -> row.add(Figures.percent(v.overheadPercent().getOrDefault(p, Double.NaN))));
            rows.add(row);
        }
        return new Table("overhead", "overhead against " + report.baseline().name() + " (instructions, modeled cycles)", header, rows);
    }

    static Table extra(CompareReport report, String id, String title, String what, Function<VariantReport, List<ExtraCost>> costs) {
        List<String> header = new ArrayList<>(List.of("variant", what, "extra GOT loads", "share"));
        report.presets().forEach(p -> header.add("extra cycles " + p));
        List<List<String>> rows = new ArrayList<>();
        for (VariantReport v : report.variants()) {
            for (ExtraCost c : costs.apply(v)) {
                List<String> row = new ArrayList<>(List.of(v.name(), c.name(), Figures.count(c.extraGotLoads()),
                    Figures.share(c.sharePercent())));
                report.presets().forEach(p -> row.add(Figures.signed(c.extraCycles().getOrDefault(p, 0L))));
                rows.add(row);
            }
        }
        return new Table(id, title + " than " + report.baseline().name()
            + " (the extra cycles apportioned by extra GOT loads)", header, rows);
    }

    static Table gotLoads(CompareReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (VariantReport v : report.variants()) {
            for (GotLoads g : v.dynamics().gotLoadsBySymbol().subList(0, Math.min(GOT_SYMBOLS, v.dynamics().gotLoadsBySymbol().size()))) {
                rows.add(List.of(v.name(), g.symbol(), Figures.count(g.loads()),
                    entries(g.entries()),
                    Figures.count(g.sites())));
            }
        }
        return new Table("got-loads", "GOT loads by the symbol the .got entry holds (the " + GOT_SYMBOLS + " most loaded per variant)",
            List.of("variant", "symbol", "GOT loads", ".got entry", "code sites"), rows);
    }

    /** The first entry, and how many more hold the same address. */
    private static String entries(List<Long> entries) {
        if (entries.isEmpty()) {
            return Figures.NONE;
        }
        return Figures.hex(entries.getFirst()) + (entries.size() > 1 ? " +" + (entries.size() - 1) + " more" : "");
    }

    static Table steps(CompareReport report) {
        List<String> header = new ArrayList<>(List.of("variant"));
        header.addAll(StepTimes.ORDER);
        List<List<String>> rows = new ArrayList<>();
        for (VariantReport v : report.variants()) {
            List<String> row = new ArrayList<>(List.of(v.name()));
            for (String step : StepTimes.ORDER) {
                Duration d = v.steps().steps().get(step);
                row.add(d == null ? "-" : Figures.seconds(d));
            }
            rows.add(row);
        }
        return new Table("steps", "seconds each step took (variants in parallel; whole comparison "
            + Figures.seconds(report.wall()) + " s)", header, rows);
    }
}
