package org.taawon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taawon.core.order.InMemoryPaymentGateway;
import org.taawon.core.payout.InMemoryPayoutRail;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutId;
import org.taawon.core.payout.PayoutRail;

/**
 * A settlement interrupted mid-run (the process dies while a payout is at its rail) and started
 * again on the same store gives the report of one uninterrupted run, and every payout reached the
 * rail exactly once.
 */
class ResumeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Dies (like a killed process) on its n-th send, after or before handing the payout over. */
    private static final class DyingRail implements PayoutRail {
        private final InMemoryPayoutRail rail;
        private final Map<PayoutId, Integer> sends;
        private int countdown;
        private final boolean afterHandover;

        DyingRail(InMemoryPayoutRail rail, Map<PayoutId, Integer> sends, int dieAt, boolean afterHandover) {
            this.rail = rail;
            this.sends = sends;
            this.countdown = dieAt;
            this.afterHandover = afterHandover;
        }

        @Override
        public Outcome send(Payout payout) {
            boolean die = --countdown == 0;
            if (die && !afterHandover) {
                throw new ProcessDied();
            }
            sends.merge(payout.id(), 1, Integer::sum);
            Outcome outcome = rail.send(payout);
            if (die) {
                throw new ProcessDied();
            }
            return outcome;
        }

        @Override
        public java.util.Optional<Outcome> lookUp(Payout payout) {
            return rail.lookUp(payout);
        }
    }

    private static final class ProcessDied extends Error {
        private static final long serialVersionUID = 1L;
    }

    static LongStream seeds() {
        return LongStream.range(0, 30).map(i -> 0x5E77L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void an_interrupted_settlement_resumes_to_the_same_report_paying_each_payout_once(long seed) throws IOException {
        Random random = new Random(seed);
        int interrupted = 0;
        // Thirty scenarios, and more until three settlements were interrupted (many scenarios pay nobody out).
        for (int n = 0; n < 30 || interrupted < 3 && n < 300; n++) {
            ObjectNode json = RandomScenariosTest.randomScenario(random);
            byte[] bytes = JSON.writeValueAsBytes(json);
            Scenario scenario = ScenarioFile.read(new ByteArrayInputStream(bytes));
            String fingerprint = TaawonCli.fingerprint(bytes);
            String context = "seed " + seed + ", scenario " + n + ": " + new String(bytes, StandardCharsets.UTF_8);

            InMemorySettlementStore reference = new InMemorySettlementStore();
            InMemoryPayoutRail referenceRail = new InMemoryPayoutRail();
            ObjectNode expected = SettlementReport.of(scenario, reference,
                    new SettlementRun(scenario, reference, new InMemoryPaymentGateway(), referenceRail).run(fingerprint));
            if (referenceRail.paid().isEmpty()) {
                continue; // nothing reaches a rail, so nothing to interrupt
            }

            InMemorySettlementStore store = new InMemorySettlementStore();
            InMemoryPayoutRail rail = new InMemoryPayoutRail();
            Map<PayoutId, Integer> sends = new HashMap<>();
            int dieAt = 1 + random.nextInt(referenceRail.paid().size());
            boolean afterHandover = random.nextBoolean();
            List<Rejection> rejected = null;
            for (int attempt = 0; attempt < 10 && rejected == null; attempt++) {
                PayoutRail next = attempt == 0 ? new DyingRail(rail, sends, dieAt, afterHandover) : new DyingRail(rail, sends, -1, false);
                try {
                    rejected = new SettlementRun(scenario, store, new InMemoryPaymentGateway(), next).run(fingerprint);
                } catch (ProcessDied died) {
                    interrupted++; // started again, on the same store
                }
            }
            assertThat(rejected).as(context).isNotNull();
            List<String> differences = new ArrayList<>();
            WorkedExamplesTest.diff(SettlementReport.of(scenario, store, rejected), expected, "$", differences);
            assertThat(differences).as(context).isEmpty();
            assertThat(sends.values()).as("sends per payout, " + context).allMatch(count -> count == 1);
            assertThat(sends).as(context).hasSameSizeAs(rail.paid());
        }
        assertThat(interrupted).as("settlements interrupted for seed " + seed).isPositive();
    }

    @Test
    void a_store_holding_another_scenario_is_refused() throws IOException {
        Random random = new Random(7);
        byte[] first = JSON.writeValueAsBytes(RandomScenariosTest.randomScenario(random));
        byte[] second = JSON.writeValueAsBytes(RandomScenariosTest.randomScenario(random));
        InMemorySettlementStore store = new InMemorySettlementStore();
        Scenario one = ScenarioFile.read(new ByteArrayInputStream(first));
        new SettlementRun(one, store, new InMemoryPaymentGateway(), new InMemoryPayoutRail()).run(TaawonCli.fingerprint(first));

        Scenario two = ScenarioFile.read(new ByteArrayInputStream(second));
        assertThatThrownBy(() -> new SettlementRun(two, store, new InMemoryPaymentGateway(), new InMemoryPayoutRail())
                .run(TaawonCli.fingerprint(second)))
                .isInstanceOf(StoreHoldsOtherDataException.class)
                .hasMessageContaining("another scenario");
    }
}
