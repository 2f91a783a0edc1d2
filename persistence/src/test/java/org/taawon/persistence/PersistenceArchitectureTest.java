package org.taawon.persistence;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;

import org.junit.jupiter.api.Test;

/** The module's own rules (STYLE.md sections 2, 4, 5 and 7), checked on its compiled classes. */
class PersistenceArchitectureTest {

    private static final JavaClasses MODULE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.taawon.persistence");

    @Test
    void entities_never_leave_their_package() {
        classes().that().areAnnotatedWith(Entity.class).should().notHaveModifier(JavaModifier.PUBLIC)
                .andShould().resideInAnyPackage("org.taawon.persistence.catalogue", "org.taawon.persistence.cart",
                        "org.taawon.persistence.order", "org.taawon.persistence.ledger", "org.taawon.persistence.payout")
                .check(MODULE);
    }

    @Test
    void embeddables_are_shared_from_support() {
        classes().that().areAnnotatedWith(Embeddable.class).should().resideInAPackage("org.taawon.persistence.support")
                .check(MODULE);
    }

    @Test
    void feature_packages_use_support_and_core_but_not_each_other() {
        slices().matching("org.taawon.persistence.(*)..").should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAPackage("org.taawon.persistence.support.."))
                .check(MODULE);
    }

    @Test
    void no_class_is_named_impl_helper_manager_or_util() {
        noClasses().should().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Util")
                .check(MODULE);
    }

    @Test
    void spring_and_stripe_stay_out() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.stripe..")
                .check(MODULE);
    }
}
