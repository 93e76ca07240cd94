package org.chainmap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The invariants of docs/ARCHITECTURE.md, held by tests so that they stay true. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.chainmap");
    }

    @Test
    void layersPointOneWay() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("model")
                .definedBy("org.chainmap.model..")
                .layer("edit")
                .definedBy("org.chainmap.edit..")
                .layer("analysis")
                .definedBy("org.chainmap.analysis..")
                .layer("layout")
                .definedBy("org.chainmap.layout..")
                .layer("io")
                .definedBy("org.chainmap.io..")
                .layer("search")
                .definedBy("org.chainmap.search..")
                .layer("compare")
                .definedBy("org.chainmap.compare..")
                .layer("progress")
                .definedBy("org.chainmap.progress..")
                .layer("render")
                .definedBy("org.chainmap.render..")
                .layer("ui")
                .definedBy("org.chainmap.ui..")
                .layer("cli")
                .definedBy("org.chainmap.cli..")
                .layer("platform")
                .definedBy("org.chainmap.platform..")
                .whereLayer("ui")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("cli")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("render")
                .mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("io")
                .mayOnlyBeAccessedByLayers("progress", "ui", "cli")
                .whereLayer("progress")
                .mayOnlyBeAccessedByLayers("render", "ui", "cli")
                .whereLayer("search")
                .mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("compare")
                .mayOnlyBeAccessedByLayers("progress", "render", "ui", "cli")
                .whereLayer("edit")
                .mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("platform")
                .mayOnlyBeAccessedByLayers("io", "ui", "cli")
                .whereLayer("layout")
                .mayOnlyBeAccessedByLayers("io", "render", "ui", "cli")
                .whereLayer("analysis")
                .mayOnlyBeAccessedByLayers("layout", "io", "render", "compare", "progress", "ui", "cli")
                .check(classes);
    }

    @Test
    void onlyTheApplicationAndTheDrawingUseJavaFx() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.chainmap.model..",
                        "org.chainmap.edit..",
                        "org.chainmap.analysis..",
                        "org.chainmap.layout..",
                        "org.chainmap.io..",
                        "org.chainmap.search..",
                        "org.chainmap.compare..",
                        "org.chainmap.progress..",
                        "org.chainmap.cli..",
                        "org.chainmap.platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void theDrawingRoutineDrawsWithAPenNotACanvas() {
        // FrameLayer is the screen pen's picture of the bands and the middle level (decisions 0038, 0044): it draws
        // only for an FxPen of frames.
        noClasses()
                .that()
                .resideInAPackage("org.chainmap.render..")
                .and()
                .haveNameNotMatching("org\\.chainmap\\.render\\.(FxPen|PngExport|HeadlessFx|FrameLayer)(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx.scene.canvas..")
                .because("the painters draw with a Pen, which a vector export implements without a canvas")
                .check(classes);
    }

    @Test
    void searchUsesTheModelAndPinyin4jOnly() {
        classes()
                .that()
                .resideInAPackage("org.chainmap.search..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..", "org.chainmap.model..", "org.chainmap.search..", "net.sourceforge.pinyin4j..")
                .check(classes);
    }

    @Test
    void progressUsesTheModelTheAnalysisTheComparisonAndTheReportRecordOnly() {
        classes()
                .that()
                .resideInAPackage("org.chainmap.progress..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "org.chainmap.model..",
                        "org.chainmap.analysis..",
                        "org.chainmap.compare..",
                        "org.chainmap.io.report..",
                        "org.chainmap.text..",
                        "org.chainmap.progress..")
                .check(classes);
    }

    @Test
    void compareUsesTheModelAndTheAnalysisOnly() {
        classes()
                .that()
                .resideInAPackage("org.chainmap.compare..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..", "org.chainmap.model..", "org.chainmap.analysis..", "org.chainmap.compare..")
                .check(classes);
    }

    @Test
    void theModelUsesTheJdkAndTheTextsOnly() {
        classes()
                .that()
                .resideInAPackage("org.chainmap.model..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.chainmap.model..", "org.chainmap.text..")
                .check(classes);
    }

    @Test
    void theTextsUseTheJdkOnlySoThatEveryLayerMayUseThem() {
        classes()
                .that()
                .resideInAPackage("org.chainmap.text..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.chainmap.text..")
                .check(classes);
    }

    @Test
    void everyLayerReadsItsTextsThroughOneBundle() {
        noClasses()
                .that()
                .resideInAPackage("org.chainmap..")
                .and()
                .resideOutsideOfPackage("org.chainmap.text..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.util.ResourceBundle")
                .because("org.chainmap.text.Bundle is the one reader of message bundles: one rule for quotes")
                .check(classes);
    }

    @Test
    void onlyEditChangesADocument() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.chainmap.edit..", "org.chainmap.model..")
                // ComparedMap builds a drawing of two versions (the new map with the old one's ghosts), never the
                // document: it changes nothing the window holds.
                .and()
                .doNotHaveFullyQualifiedName("org.chainmap.compare.ComparedMap")
                .should()
                .callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a RegionMap.with… method",
                        call -> call.getTarget().getOwner().isEquivalentTo(org.chainmap.model.RegionMap.class)
                                && call.getTarget().getName().startsWith("with")))
                .check(classes);
    }

    @Test
    void theGesturesSeeTheCanvasOnlyThroughTheirHost() {
        noClasses()
                .that()
                .resideInAPackage("org.chainmap.ui.gesture..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.chainmap.ui")
                .check(classes);
    }

    /**
     * The feature packages of {@code ui} (docs/ARCHITECTURE.md, decision 0026) and the other feature packages each
     * may use. Every one of them may use {@code ui} itself, the shared core (view model, texts, styles, dialogs).
     */
    private static final Map<String, List<String>> UI_FEATURES = Map.ofEntries(
            Map.entry("chains", List.of("map")),
            Map.entry("compare", List.of("map", "files")),
            Map.entry("dashboard", List.of()),
            Map.entry("details", List.of()),
            Map.entry("edit", List.of("map", "find", "gesture")),
            Map.entry("files", List.of()),
            Map.entry("find", List.of()),
            Map.entry("gesture", List.of()),
            Map.entry("importing", List.of()),
            Map.entry("lists", List.of()),
            Map.entry("map", List.of("details", "find", "gesture")),
            Map.entry("present", List.of("map")));

    @Test
    void theUiSubPackagesAreTheDocumentedFeatures() {
        var found = classes.stream()
                .map(JavaClass::getPackageName)
                .filter(name -> name.startsWith("org.chainmap.ui."))
                .map(name -> name.substring("org.chainmap.ui.".length()).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(found).isEqualTo(new TreeSet<>(UI_FEATURES.keySet()));
    }

    @Test
    void theUiFeaturesUseOnlyTheFeaturesTheyAreAllowed() {
        UI_FEATURES.forEach((feature, allowed) -> {
            String[] others = UI_FEATURES.keySet().stream()
                    .filter(other -> !other.equals(feature) && !allowed.contains(other))
                    .map(other -> "org.chainmap.ui." + other + "..")
                    .toArray(String[]::new);
            noClasses()
                    .that()
                    .resideInAPackage("org.chainmap.ui." + feature + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others)
                    .check(classes);
        });
        slices().matching("org.chainmap.ui.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheShellOfUiWiresTheFeatures() {
        noClasses()
                .that()
                .resideInAPackage("org.chainmap.ui")
                .and()
                .haveNameNotMatching(
                        "org\\.chainmap\\.ui\\." + "(ChainMapApp|ChainMapApplication|MainWindow|MainMenuBar)(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(UI_FEATURES.keySet().stream()
                        .map(feature -> "org.chainmap.ui." + feature + "..")
                        .toArray(String[]::new))
                .because("the view model and the shared parts of ui are used by the features, not the other way round")
                .check(classes);
    }
}
