package org.taawon.examples.shop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * STYLE.md §7 rule 5 over every Taawon module at once (the shop has them all on its class path):
 * JPA and Hibernate only in persistence, Stripe only in payments, Spring only in the examples.
 */
class ModuleBoundariesTest {

    private JavaClasses taawon;

    @BeforeEach
    void importTaawon() {
        taawon = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.taawon");
    }

    @Test
    void jpa_and_hibernate_only_in_persistence() {
        noClasses().that().resideOutsideOfPackage("org.taawon.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
                .check(taawon);
    }

    @Test
    void stripe_only_in_payments() {
        // The shop's Stripe mode calls the payments module, never stripe-java itself.
        noClasses().that().resideOutsideOfPackage("org.taawon.payments..")
                .should().dependOnClassesThat().resideInAnyPackage("com.stripe..")
                .check(taawon);
    }

    @Test
    void spring_only_in_the_examples() {
        noClasses().that().resideOutsideOfPackage("org.taawon.examples..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(taawon);
    }

    @Test
    void the_library_modules_do_not_depend_on_each_other_or_the_examples() {
        noClasses().that().resideInAPackage("org.taawon.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.taawon.payments..", "org.taawon.examples..")
                .check(taawon);
        noClasses().that().resideInAPackage("org.taawon.payments..")
                .should().dependOnClassesThat().resideInAnyPackage("org.taawon.persistence..", "org.taawon.examples..")
                .check(taawon);
    }
}
