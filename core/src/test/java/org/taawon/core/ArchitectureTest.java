package org.taawon.core;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The ArchUnit guards of STYLE.md §7 that concern core (1, 2, 3, 4 and 6), on core's main classes.
 * Every rule fails on an empty selection (ArchUnit's default, proven below), and each is shown to catch a
 * violating class planted in this test.
 */
class ArchitectureTest {

    private static final String CORE = "org.taawon.core..";
    /** The root package: what every module shares (the unit-of-work port). */
    private static final String ROOT = "org.taawon";

    /** Classes planted below, each breaking a rule. */
    static final JavaClasses PLANTED = new ClassFileImporter().importClasses(
            PlantedClockHelper.class, PlantedOrderId.class, Planted.class);

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.taawon.core");

    /**
     * Classes of {@code money} that are not values and so not records: three stateless function
     * holders (final, private constructor, static methods only) and one formatter, which carries a
     * {@code Locale} for presentation and no amount. Exceptions are not values either: a Throwable
     * cannot be a record.
     */
    static final String[] MONEY_NON_VALUES = {"Rounding", "Allocation", "CurrencyCodes", "MoneyFormat"};
    static final String[] FUNCTION_HOLDERS = {"Rounding", "Allocation", "CurrencyCodes"};

    static final ArchRule ONLY_JDK_AND_CORE = classes().that().resideInAPackage(CORE)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", CORE, ROOT)
            .because("core depends on the JDK only (STYLE.md §1)");

    static final ArchRule EVERY_CLASS_IN_A_FEATURE = classes().that().resideInAPackage(CORE)
            .should().resideInAnyPackage("org.taawon.core.money..", "org.taawon.core.catalogue..", "org.taawon.core.cart..",
                    "org.taawon.core.order..", "org.taawon.core.split..", "org.taawon.core.ledger..", "org.taawon.core.payout..")
            .because("the arrows below cover the seven feature packages only");

    static final ArchRule FREE_OF_CYCLES = slices().matching("org.taawon.core.(*)..").should().beFreeOfCycles();

    static final ArchRule ARROWS = layeredArchitecture().consideringOnlyDependenciesInAnyPackage(CORE)
            .layer("money").definedBy("org.taawon.core.money..")
            .layer("catalogue").definedBy("org.taawon.core.catalogue..")
            .layer("cart").definedBy("org.taawon.core.cart..")
            .layer("order").definedBy("org.taawon.core.order..")
            .layer("split").definedBy("org.taawon.core.split..")
            .layer("ledger").definedBy("org.taawon.core.ledger..")
            .layer("payout").definedBy("org.taawon.core.payout..")
            .whereLayer("money").mayNotAccessAnyLayer()
            .whereLayer("catalogue").mayOnlyAccessLayers("money")
            .whereLayer("cart").mayOnlyAccessLayers("catalogue", "money")
            .whereLayer("order").mayOnlyAccessLayers("cart", "catalogue", "money")
            .whereLayer("split").mayOnlyAccessLayers("order", "cart", "catalogue", "money")
            .whereLayer("ledger").mayOnlyAccessLayers("split", "order", "cart", "catalogue", "money")
            .whereLayer("payout").mayOnlyAccessLayers("ledger", "split", "order", "cart", "catalogue", "money")
            .because("money <- everything; cart -> catalogue; order -> cart, catalogue; split -> order; "
                    + "ledger -> split; payout -> ledger (STYLE.md §2)");

    static final ArchRule IDS_ARE_RECORDS = classes().that().resideInAPackage(CORE)
            .and().haveSimpleNameEndingWith("Id").or().haveSimpleName("Sku")
            .should().beRecords();

    static final ArchRule MONEY_VALUES_ARE_RECORDS = classes().that().resideInAPackage("org.taawon.core.money..")
            .and().doNotHaveSimpleName("package-info")
            .and().areNotAssignableTo(Throwable.class)
            .and(not(simpleName(MONEY_NON_VALUES[0]).or(simpleName(MONEY_NON_VALUES[1]))
                    .or(simpleName(MONEY_NON_VALUES[2])).or(simpleName(MONEY_NON_VALUES[3]))))
            .should().beRecords();

    static final ArchCondition<JavaClass> HAVE_NO_INSTANCE_FIELDS = new ArchCondition<>("have no instance fields") {
        @Override
        public void check(JavaClass item, ConditionEvents events) {
            item.getFields().stream().filter(f -> !f.getModifiers().contains(JavaModifier.STATIC)).forEach(f ->
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " has the instance field " + f.getName())));
        }
    };

    static final ArchRule FUNCTION_HOLDERS_HOLD_NO_STATE = classes().that().resideInAPackage("org.taawon.core.money..")
            .and(simpleName(FUNCTION_HOLDERS[0]).or(simpleName(FUNCTION_HOLDERS[1])).or(simpleName(FUNCTION_HOLDERS[2])))
            .should().haveModifier(JavaModifier.FINAL)
            .andShould().haveOnlyPrivateConstructors()
            .andShould(HAVE_NO_INSTANCE_FIELDS);

    static final ArchRule FORMATTER_IS_IMMUTABLE = classes().that().resideInAPackage("org.taawon.core.money..")
            .and().haveSimpleName("MoneyFormat")
            .should().haveModifier(JavaModifier.FINAL)
            .andShould().haveOnlyFinalFields();

    static final ArchRule NO_AMBIENT_TIME_OR_IDS = noClasses().that().resideInAPackage(CORE)
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(UUID.class, "randomUUID")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .because("time comes in through a Clock or an Instant, ids from the edge (STYLE.md §3)");

    static final ArchRule NO_VAGUE_NAMES = noClasses().that().resideInAPackage(CORE)
            .should().haveSimpleNameEndingWith("Impl")
            .orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils");

    @Nested
    class Dependencies {

        @Test
        void core_depends_only_on_the_jdk_and_itself() {
            ONLY_JDK_AND_CORE.check(MAIN);
        }

        @Test
        void every_core_class_lives_in_a_feature_package() {
            EVERY_CLASS_IN_A_FEATURE.check(MAIN);
        }

        @Test
        void feature_packages_are_free_of_cycles() {
            FREE_OF_CYCLES.check(MAIN);
        }

        @Test
        void feature_packages_follow_the_arrows() {
            ARROWS.check(MAIN);
        }
    }

    @Nested
    class Values {

        @Test
        void ids_are_records() {
            IDS_ARE_RECORDS.check(MAIN);
        }

        @Test
        void everything_in_money_but_exceptions_and_the_named_non_values_is_a_record() {
            MONEY_VALUES_ARE_RECORDS.check(MAIN);
        }

        @Test
        void the_exempt_function_holders_are_stateless_and_the_formatter_immutable() {
            FUNCTION_HOLDERS_HOLD_NO_STATE.check(MAIN);
            FORMATTER_IS_IMMUTABLE.check(MAIN);
        }
    }

    @Nested
    class Conventions {

        @Test
        void core_never_reads_the_system_clock_or_makes_random_ids() {
            NO_AMBIENT_TIME_OR_IDS.check(MAIN);
        }

        @Test
        void no_class_name_ends_in_Impl_Helper_Manager_or_Util() {
            NO_VAGUE_NAMES.check(MAIN);
        }
    }

    /** Planted violations: each rule must catch its own. */
    @Nested
    class The_rules_can_fail {


        @Test
        void on_a_dependency_outside_the_jdk() {
            assertThatThrownBy(() -> ONLY_JDK_AND_CORE.check(PLANTED)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("org.junit.jupiter.api.Test");
        }

        @Test
        void on_ambient_time_random_ids_and_vague_names() {
            assertThatThrownBy(() -> NO_AMBIENT_TIME_OR_IDS.check(PLANTED)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Instant.now()").hasMessageContaining("UUID.randomUUID()");
            assertThatThrownBy(() -> NO_VAGUE_NAMES.check(PLANTED)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("PlantedClockHelper");
        }

        @Test
        void on_an_id_that_is_not_a_record() {
            assertThatThrownBy(() -> IDS_ARE_RECORDS.check(PLANTED)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("PlantedOrderId");
        }

        @Test
        void on_classes_outside_the_feature_packages_and_on_an_empty_selection() {
            assertThatThrownBy(() -> EVERY_CLASS_IN_A_FEATURE.check(PLANTED)).isInstanceOf(AssertionError.class);
            JavaClasses none = new ClassFileImporter().importClasses(Planted.class);
            assertThatThrownBy(() -> MONEY_VALUES_ARE_RECORDS.check(none)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("failed to check any classes");
        }
    }

    static final class PlantedClockHelper {
        long stamp() {
            return Instant.now().toEpochMilli() + UUID.randomUUID().hashCode();
        }

        Class<?> outsideTheJdk() {
            return Test.class;
        }
    }

    static final class PlantedOrderId {
        final String value = "o-1";
    }

    static final class Planted {
    }
}
