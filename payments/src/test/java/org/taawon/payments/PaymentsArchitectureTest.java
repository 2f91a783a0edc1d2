package org.taawon.payments;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.taawon.payments", importOptions = ImportOption.DoNotIncludeTests.class)
class PaymentsArchitectureTest {

    @ArchTest
    static final ArchRule payments_never_reaches_persistence_jpa_or_spring = noClasses()
            .that().resideInAPackage("org.taawon.payments..")
            .should().dependOnClassesThat().resideInAnyPackage("org.taawon.persistence..", "jakarta.persistence..",
                    "org.hibernate..", "org.springframework..");

    @ArchTest
    static final ArchRule stripe_lives_only_in_the_stripe_package = noClasses()
            .that().resideInAPackage("org.taawon.payments..")
            .and().resideOutsideOfPackage("org.taawon.payments.stripe..")
            .should().dependOnClassesThat().resideInAPackage("com.stripe..");

    @ArchTest
    static final ArchRule iban4j_lives_only_in_the_bank_file_package = noClasses()
            .that().resideInAPackage("org.taawon.payments..")
            .and().resideOutsideOfPackage("org.taawon.payments.bankfile..")
            .should().dependOnClassesThat().resideInAPackage("org.iban4j..");

    @ArchTest
    static final ArchRule support_depends_on_the_jdk_only = classes()
            .that().resideInAPackage("org.taawon.payments.support..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.taawon.payments.support..");

    @ArchTest
    static final ArchRule rails_and_gateways_are_independent_of_each_other = slices()
            .matching("org.taawon.payments.(*)..").should().notDependOnEachOther()
            .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.taawon.payments.support.."));

    @ArchTest
    static final ArchRule no_vague_class_names = noClasses()
            .that().resideInAPackage("org.taawon.payments..")
            .should().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Util");

    @ArchTest
    static final ArchRule errors_are_taawon_exceptions = classes()
            .that().resideInAPackage("org.taawon.payments..").and().areAssignableTo(RuntimeException.class)
            .should().beAssignableTo(org.taawon.core.money.TaawonException.class);
}
