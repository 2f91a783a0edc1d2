package org.taawon.core.payout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.taawon.UnitOfWork;
import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.CooperativeKind;
import org.taawon.core.catalogue.InMemoryCooperatives;
import org.taawon.core.fixtures.ScriptedPayoutRail;
import org.taawon.core.fixtures.ScriptedPayoutRail.Answer;
import org.taawon.core.fixtures.SettableClock;
import org.taawon.core.ledger.Account;
import org.taawon.core.ledger.EntryKind;
import org.taawon.core.ledger.InMemoryLedgerEntries;
import org.taawon.core.ledger.LedgerTransaction;
import org.taawon.core.ledger.TransactionId;
import org.taawon.core.ledger.TrialBalance;
import org.taawon.core.money.Money;

/** {@link RunDuePayouts}: the host's one call, on a schedule, from several instances. */
class RunDuePayoutsTest {

    private static final Currency MAD = Currency.getInstance("MAD");
    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    private static final PayoutSchedule DAILY_AT_TWO = PayoutSchedule.daily(LocalTime.of(2, 0), CASABLANCA);
    private static final Instant SOLD = Instant.parse("2026-11-20T10:00:00Z");

    private final InMemoryCooperatives cooperatives = new InMemoryCooperatives();
    private final InMemoryLedgerEntries ledger = new InMemoryLedgerEntries();
    private final InMemoryPayouts payouts = new InMemoryPayouts();
    private final ScriptedPayoutRail rail = new ScriptedPayoutRail();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-29T09:00:00Z"));

    private void owe(String cooperative, long minor) {
        CooperativeId id = CooperativeId.of(cooperative);
        if (cooperatives.find(id).isEmpty()) {
            cooperatives.save(Cooperative.of(id, cooperative, CooperativeKind.WOMEN, "Souss-Massa", MAD));
        }
        ledger.append(LedgerTransaction.builder(TransactionId.of("sale:" + cooperative + "-" + minor), SOLD)
                .move(Account.CUSTOMERS, Account.payable(id), EntryKind.SALE, Money.of(minor, MAD), SOLD).build());
    }

    private RunDuePayouts instance(String worker, Duration retryDelay) {
        return new RunDuePayouts(cooperatives, ledger, payouts, rail, UnitOfWork.DIRECT, clock, MAD, DAILY_AT_TWO,
                PayoutSettings.of(WorkerId.of(worker)).withRetryDelay(retryDelay).withLease(Duration.ofMinutes(5)));
    }

    @Test
    void a_call_opens_the_schedules_latest_run_pays_it_and_a_second_call_does_nothing() {
        owe("coop-a", 12_000);
        owe("coop-b", 3_000);
        List<PayoutProgress> seen = new ArrayList<>();

        PayoutProgress first = instance("web-1", Duration.ofMinutes(1)).run(seen::add);
        PayoutProgress second = instance("web-2", Duration.ofMinutes(1)).run();

        assertThat(first).isEqualTo(new PayoutProgress(2, 0, 2, 0, 0));
        assertThat(seen).first().isEqualTo(new PayoutProgress(2, 0, 0, 0, 0));
        assertThat(seen).last().isEqualTo(first);
        assertThat(second).isEqualTo(PayoutProgress.NONE);
        assertThat(payouts.runs()).extracting(r -> r.id().value()).containsExactly("daily-2026-11-29");
        assertThat(payouts.runs().get(0).at()).isEqualTo(Instant.parse("2026-11-29T01:00:00Z"));
        assertThat(rail.sends()).hasSize(2);
        assertThat(TrialBalance.of(ledger, MAD).isZero()).isTrue();
    }

    @Test
    void an_unanswered_payout_rests_then_is_looked_up_and_not_sent_again() {
        owe("coop-a", 12_000);
        rail.then(Answer.CRASH_AFTER_PAYING);
        RunDuePayouts web = instance("web-1", Duration.ofMinutes(1));

        assertThat(web.run()).isEqualTo(new PayoutProgress(1, 0, 0, 0, 1));
        clock.set(clock.instant().plusSeconds(59));
        assertThat(web.run()).as("resting").isEqualTo(PayoutProgress.NONE);
        clock.set(clock.instant().plusSeconds(1));
        assertThat(web.run()).isEqualTo(new PayoutProgress(0, 0, 1, 0, 0));

        assertThat(rail.sends()).as("found at the rail, not sent again").hasSize(1);
        assertThat(ledger.balance(Account.paid(CooperativeId.of("coop-a")), MAD)).isEqualTo(Money.of(12_000, MAD));
    }

    @Test
    void a_crashed_instances_claims_are_taken_over_once_their_lease_ran_out() {
        owe("coop-a", 12_000);
        owe("coop-b", 5_000);
        PayoutRun due = DAILY_AT_TWO.latestDue(clock.instant()).orElseThrow();
        // An instance planned the run, claimed both payouts and died before sending: the claims hold for their lease.
        new PayoutPlanning(cooperatives, ledger, payouts, MAD).openAndPlan(due.id(), due.at());
        assertThat(payouts.claim(WorkerId.of("crashed"), Optional.empty(), clock.instant(), clock.instant().plus(Duration.ofMinutes(5)),
                10, List.of())).hasSize(2);
        RunDuePayouts survivor = instance("web-2", Duration.ofMinutes(1));

        assertThat(survivor.run()).isEqualTo(PayoutProgress.NONE);
        clock.set(clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(survivor.run()).isEqualTo(new PayoutProgress(0, 0, 2, 0, 0));
        assertThat(rail.sends()).hasSize(2);
    }

    @Test
    void a_run_opened_by_hand_after_the_schedules_instant_keeps_the_schedule_from_opening_an_earlier_one() {
        owe("coop-a", 12_000);
        new RunPayouts(cooperatives, ledger, payouts, rail, UnitOfWork.DIRECT, clock, MAD)
                .run(PayoutRunId.of("manual"), Instant.parse("2026-11-29T08:00:00Z"));
        owe("coop-a", 1_000);

        assertThat(instance("web-1", Duration.ofMinutes(1)).run()).isEqualTo(PayoutProgress.NONE);
        assertThat(payouts.runs()).extracting(r -> r.id().value()).containsExactly("manual");
    }

    @Test
    void schedules_name_their_period_and_pay_at_its_instant() {
        Instant sunday = Instant.parse("2026-11-29T09:00:00Z");
        assertThat(DAILY_AT_TWO.latestDue(Instant.parse("2026-11-29T00:30:00Z")))
                .contains(new PayoutRun(PayoutRunId.of("daily-2026-11-28"), Instant.parse("2026-11-28T01:00:00Z")));
        assertThat(PayoutSchedule.weekly(DayOfWeek.MONDAY, LocalTime.NOON, ZoneId.of("UTC")).latestDue(sunday))
                .contains(new PayoutRun(PayoutRunId.of("weekly-2026-11-23"), Instant.parse("2026-11-23T12:00:00Z")));
        assertThat(PayoutSchedule.monthly(1, LocalTime.MIDNIGHT, ZoneId.of("UTC")).latestDue(sunday))
                .contains(new PayoutRun(PayoutRunId.of("monthly-2026-11"), Instant.parse("2026-11-01T00:00:00Z")));
        assertThat(PayoutSchedule.monthly(28, LocalTime.MIDNIGHT, ZoneId.of("UTC")).latestDue(sunday))
                .contains(new PayoutRun(PayoutRunId.of("monthly-2026-11"), Instant.parse("2026-11-28T00:00:00Z")));
        assertThat(PayoutSchedule.monthly(28, LocalTime.MIDNIGHT, ZoneId.of("UTC")).latestDue(Instant.parse("2026-11-27T23:59:59Z")))
                .contains(new PayoutRun(PayoutRunId.of("monthly-2026-10"), Instant.parse("2026-10-28T00:00:00Z")));
        assertThat(PayoutSchedule.none().latestDue(sunday)).isEmpty();
    }
}
