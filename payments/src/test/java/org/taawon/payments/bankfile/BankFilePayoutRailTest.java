package org.taawon.payments.bankfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.PayoutDestination;
import org.taawon.core.ledger.Account;
import org.taawon.core.money.Money;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutId;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.PayoutRunReport;
import org.taawon.core.payout.PayoutState;
import org.taawon.payments.PayoutFixture;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BankFilePayoutRailTest {

    private static final PayoutRunId RUN = PayoutRunId.of("run-2026-03-10");
    private static final Debtor PLATFORM = Debtor.of("Taawon Platform SARL", "MA64011519000001205000534921");
    private static final String VALID_IBAN = "FR1420041010050500013M02606";

    @TempDir
    Path out;

    private PayoutFixture fixture;
    private BankFilePayoutRail rail;

    @BeforeEach
    void setUp() {
        fixture = new PayoutFixture();
        rail = new BankFilePayoutRail(out, PLATFORM, fixture.clock);
    }

    private static String rib(int n) {
        String body = String.format("%03d%03d%016d", 100 + n % 50, 780, 1_000_000L + 7919L * n);
        return body + BankAccountNumber.ribKey(body);
    }

    @Nested
    class TheFile {

        @Test
        void one_pain001_file_per_run_parses_and_its_counts_sums_and_amounts_match_the_payouts() throws Exception {
            for (int i = 0; i < 25; i++) {
                String account = i % 2 == 0 ? rib(i) : VALID_IBAN;
                fixture.cooperative(String.format("coop-%02d", i),
                        new PayoutDestination.BankAccount(account, "Cooperative \"" + i + "\", Souss"), 10_001 + 333L * i);
            }
            PayoutRunReport report = fixture.runPayouts(rail).run(RUN, PayoutFixture.RUN_AT);

            assertThat(report.payouts()).hasSize(25).allMatch(p -> p.state() == PayoutState.SENT);
            Document xml = parse(rail.xmlFile(RUN));
            Element root = xml.getDocumentElement();
            assertThat(root.getNamespaceURI()).isEqualTo("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09");
            BigDecimal expectedSum = report.payouts().stream().map(p -> p.amount().toDecimal())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            for (String block : List.of("GrpHdr", "PmtInf")) {
                Element header = (Element) root.getElementsByTagNameNS(Pain001.NAMESPACE, block).item(0);
                assertThat(child(header, "NbOfTxs")).isEqualTo("25");
                assertThat(new BigDecimal(child(header, "CtrlSum"))).isEqualByComparingTo(expectedSum);
            }
            NodeList transactions = root.getElementsByTagNameNS(Pain001.NAMESPACE, "CdtTrfTxInf");
            assertThat(transactions.getLength()).isEqualTo(25);
            Map<String, String> amounts = new HashMap<>();
            for (int i = 0; i < transactions.getLength(); i++) {
                Element tx = (Element) transactions.item(i);
                Element amount = (Element) tx.getElementsByTagNameNS(Pain001.NAMESPACE, "InstdAmt").item(0);
                assertThat(amount.getAttribute("Ccy")).isEqualTo("MAD");
                amounts.put(child(tx, "EndToEndId"), amount.getTextContent());
            }
            for (Payout payout : report.payouts()) {
                assertThat(Money.parse(amounts.get(payout.id().value()), PayoutFixture.MAD)).isEqualTo(payout.amount());
                assertThat(payout.railReference()).contains(rail.xmlFile(RUN).getFileName().toString());
            }
        }

        @Test
        void the_csv_holds_the_same_transfers_and_reads_back_with_quoted_names() throws Exception {
            fixture.cooperative("coop-a", new PayoutDestination.BankAccount(rib(1), "Tighanimine, \"Argan\""), 12_345);
            fixture.cooperative("coop-b", new PayoutDestination.BankAccount(VALID_IBAN, "Amal"), 67_890);
            fixture.runPayouts(rail).run(RUN, PayoutFixture.RUN_AT);

            List<BankTransfer> rows = BankTransferCsv.read(Files.readString(rail.csvFile(RUN)));
            assertThat(rows).extracting(BankTransfer::endToEndId, BankTransfer::holder, BankTransfer::amount)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("run-2026-03-10/coop-a", "Tighanimine, \"Argan\"", Money.of(12_345, PayoutFixture.MAD)),
                            org.assertj.core.groups.Tuple.tuple("run-2026-03-10/coop-b", "Amal", Money.of(67_890, PayoutFixture.MAD)));
        }

        @Test
        void each_run_has_its_own_file() throws Exception {
            fixture.cooperative("coop-a", new PayoutDestination.BankAccount(rib(1), "A"), 5_000);
            fixture.runPayouts(rail).run(RUN, PayoutFixture.RUN_AT);
            fixture.earn("coop-a", "later", 7_000, PayoutFixture.RUN_AT.plus(Duration.ofDays(1)));
            PayoutRunId next = PayoutRunId.of("run-2026-03-17");
            fixture.runPayouts(rail).run(next, PayoutFixture.RUN_AT.plus(Duration.ofDays(7)));

            assertThat(parse(rail.xmlFile(next)).getElementsByTagNameNS(Pain001.NAMESPACE, "CdtTrfTxInf").getLength()).isEqualTo(1);
            assertThat(Files.readString(rail.csvFile(next))).contains("70.00").doesNotContain("50.00");
        }

        @Test
        void a_payout_sent_again_by_a_new_rail_on_the_same_directory_appears_once() throws Exception {
            fixture.cooperative("coop-a", new PayoutDestination.BankAccount(rib(1), "A"), 5_000);
            fixture.runPayouts(rail).run(RUN, PayoutFixture.RUN_AT);
            Payout sent = fixture.payouts.get(new PayoutId("run-2026-03-10/coop-a"));

            BankFilePayoutRail restarted = new BankFilePayoutRail(out, PLATFORM, fixture.clock);
            assertThat(restarted.lookUp(sent)).map(o -> o.status()).contains(PayoutState.SENT);
            assertThat(restarted.send(sent).status()).isEqualTo(PayoutState.SENT);
            assertThat(BankTransferCsv.read(Files.readString(rail.csvFile(RUN)))).hasSize(1);
        }
    }

    @Nested
    class Appending {

        private Payout sending(String coop, long minor) {
            return Payout.planned(RUN, CooperativeId.of(coop), Money.of(minor, PayoutFixture.MAD),
                    new PayoutDestination.BankAccount(rib(coop.length()), "Holder " + coop), PayoutFixture.RUN_AT).sending();
        }

        @Test
        void each_payout_adds_one_row_and_the_xml_asked_for_afterwards_holds_them_all() throws Exception {
            for (int i = 0; i < 30; i++) {
                rail.send(sending(String.format("coop-%02d", i), 1_000 + i));
                assertThat(BankTransferCsv.read(Files.readString(rail.csvFile(RUN)))).hasSize(i + 1);
            }
            Document xml = parse(rail.xmlFile(RUN));
            assertThat(xml.getElementsByTagNameNS(Pain001.NAMESPACE, "CdtTrfTxInf").getLength()).isEqualTo(30);

            rail.send(sending("coop-30", 2_000));
            assertThat(parse(rail.xmlFile(RUN)).getElementsByTagNameNS(Pain001.NAMESPACE, "CdtTrfTxInf").getLength())
                    .as("rewritten once more payouts came").isEqualTo(31);
        }

        @Test
        void a_batch_is_answered_with_its_runs_pain001_written_and_a_look_up_brings_the_file_up_to_date() throws Exception {
            java.util.List<Payout> batch = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                batch.add(sending(String.format("coop-%02d", i), 1_000 + i));
            }
            assertThat(rail.batchSize()).isGreaterThan(1);
            assertThat(rail.sendAll(batch)).hasSize(12).allMatch(o -> o.status() == PayoutState.SENT);
            String csv = rail.csvFile(RUN).getFileName().toString();
            Path xml = out.resolve(csv.substring(0, csv.length() - ".csv".length()) + ".pain.001.xml");
            assertThat(parse(xml).getElementsByTagNameNS(Pain001.NAMESPACE, "CdtTrfTxInf").getLength()).isEqualTo(12);

            // A crash after the CSV row and before the pain.001: the look-up that recovery makes writes it.
            rail.send(sending("coop-12", 5_000));
            assertThat(parse(xml).getElementsByTagNameNS(Pain001.NAMESPACE, "CdtTrfTxInf").getLength()).isEqualTo(12);
            BankFilePayoutRail restarted = new BankFilePayoutRail(out, PLATFORM, fixture.clock);
            assertThat(restarted.lookUp(sending("coop-12", 5_000))).isPresent();
            assertThat(parse(xml).getElementsByTagNameNS(Pain001.NAMESPACE, "CdtTrfTxInf").getLength()).isEqualTo(13);
        }

        @Test
        void a_row_cut_short_by_a_crash_is_dropped_and_its_payout_can_be_sent_again() throws Exception {
            rail.send(sending("coop-a", 1_000));
            rail.send(sending("coop-b", 2_000));
            String whole = Files.readString(rail.csvFile(RUN));
            // A crash in the middle of appending coop-b's row: it was never answered SENT.
            Files.writeString(rail.csvFile(RUN), whole.substring(0, whole.length() - 7));

            BankFilePayoutRail restarted = new BankFilePayoutRail(out, PLATFORM, fixture.clock);
            assertThat(restarted.lookUp(sending("coop-b", 2_000))).isEmpty();
            assertThat(restarted.lookUp(sending("coop-a", 1_000))).isPresent();
            assertThat(restarted.send(sending("coop-b", 2_000)).status()).isEqualTo(PayoutState.SENT);
            assertThat(BankTransferCsv.read(Files.readString(restarted.csvFile(RUN))))
                    .extracting(BankTransfer::cooperative).containsExactly("coop-a", "coop-b");
            assertThat(parse(restarted.xmlFile(RUN)).getElementsByTagNameNS(Pain001.NAMESPACE, "CdtTrfTxInf").getLength())
                    .isEqualTo(2);
        }

        @Test
        void a_csv_changed_behind_the_rail_is_read_again() throws Exception {
            rail.send(sending("coop-a", 1_000));
            Files.delete(rail.csvFile(RUN));

            assertThat(rail.lookUp(sending("coop-a", 1_000))).isEmpty();
            rail.send(sending("coop-b", 2_000));
            assertThat(BankTransferCsv.read(Files.readString(rail.csvFile(RUN))))
                    .extracting(BankTransfer::cooperative).containsExactly("coop-b");
        }
    }

    @Nested
    class BankDetails {

        @Test
        void payouts_to_bad_ibans_and_ribs_fail_with_the_reason_and_their_money_returns_to_the_balance() throws Exception {
            fixture.cooperative("coop-bad-iban", new PayoutDestination.BankAccount("DE89370400440532013001", "X"), 5_000);
            fixture.cooperative("coop-bad-rib", new PayoutDestination.BankAccount("011519000001205000534922", "Y"), 6_000);
            fixture.cooperative("coop-good", new PayoutDestination.BankAccount(rib(3), "Z"), 7_000);

            PayoutRunReport report = fixture.runPayouts(rail).run(RUN, PayoutFixture.RUN_AT);

            assertThat(report.payouts()).extracting(p -> p.cooperative().value(), Payout::state, p -> p.failure().orElse(""))
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("coop-bad-iban", PayoutState.FAILED, "INVALID_IBAN"),
                            org.assertj.core.groups.Tuple.tuple("coop-bad-rib", PayoutState.FAILED, "INVALID_RIB"),
                            org.assertj.core.groups.Tuple.tuple("coop-good", PayoutState.SENT, ""));
            assertThat(fixture.balance(Account.payable(CooperativeId.of("coop-bad-iban")))).isEqualTo(Money.of(5_000, PayoutFixture.MAD));
            assertThat(fixture.balance(Account.payable(CooperativeId.of("coop-bad-rib")))).isEqualTo(Money.of(6_000, PayoutFixture.MAD));
            assertThat(BankTransferCsv.read(Files.readString(rail.csvFile(RUN)))).extracting(BankTransfer::cooperative)
                    .containsExactly("coop-good");
        }

        @Test
        void the_platform_account_is_checked_too() {
            assertThatThrownBy(() -> Debtor.of("Taawon", "MA64011519000001205000534922"))
                    .isInstanceOf(InvalidBankAccountException.class);
        }
    }

    @Nested
    class BankReturns {

        @Test
        void a_confirmation_marks_payouts_paid_and_a_return_fails_them_with_money_back_to_the_balance() {
            fixture.cooperative("coop-a", new PayoutDestination.BankAccount(rib(1), "A"), 5_000);
            fixture.cooperative("coop-b", new PayoutDestination.BankAccount(rib(2), "B"), 6_000);
            fixture.cooperative("coop-c", new PayoutDestination.BankAccount(VALID_IBAN, "C"), 7_000);
            fixture.runPayouts(rail).run(RUN, PayoutFixture.RUN_AT);
            BankReturnImport imports = new BankReturnImport(fixture.payouts, fixture.dispatch(rail));

            BankReturnImport.Summary first = imports.importCsv("""
                    end_to_end_id,status,reason
                    run-2026-03-10/coop-a,ACSC,
                    run-2026-03-10/coop-b,RJCT,AC01 incorrect account
                    run-2026-03-10/coop-c,PAID,
                    run-2026-03-10/coop-zz,PAID,
                    """);
            BankReturnImport.Summary later = imports.importCsv("""
                    end_to_end_id,status,reason
                    run-2026-03-10/coop-c,RETURNED,AC04 closed account
                    """);

            assertThat(first).isEqualTo(new BankReturnImport.Summary(2, 1, 1));
            assertThat(later).isEqualTo(new BankReturnImport.Summary(0, 1, 0));
            assertThat(state("coop-a")).isEqualTo(PayoutState.PAID);
            assertThat(state("coop-b")).isEqualTo(PayoutState.FAILED);
            assertThat(state("coop-c")).isEqualTo(PayoutState.FAILED);
            assertThat(fixture.balance(Account.paid(CooperativeId.of("coop-a")))).isEqualTo(Money.of(5_000, PayoutFixture.MAD));
            assertThat(fixture.balance(Account.payable(CooperativeId.of("coop-b")))).isEqualTo(Money.of(6_000, PayoutFixture.MAD));
            assertThat(fixture.balance(Account.payable(CooperativeId.of("coop-c")))).isEqualTo(Money.of(7_000, PayoutFixture.MAD));
            assertThat(fixture.balance(Account.paid(CooperativeId.of("coop-c")))).isEqualTo(Money.zero(PayoutFixture.MAD));
        }

        @Test
        void a_file_with_an_unknown_status_is_refused_whole() {
            fixture.cooperative("coop-a", new PayoutDestination.BankAccount(rib(1), "A"), 5_000);
            fixture.runPayouts(rail).run(RUN, PayoutFixture.RUN_AT);
            BankReturnImport imports = new BankReturnImport(fixture.payouts, fixture.dispatch(rail));

            assertThatThrownBy(() -> imports.importCsv("end_to_end_id,status\nrun-2026-03-10/coop-a,PAID\nx,MAYBE\n"))
                    .isInstanceOfSatisfying(BankReturnException.class,
                            e -> assertThat(e.reason()).isEqualTo(BankReturnException.REASON));
            assertThat(state("coop-a")).isEqualTo(PayoutState.SENT);
        }

        private PayoutState state(String cooperative) {
            return fixture.payouts.get(new PayoutId("run-2026-03-10/" + cooperative)).state();
        }
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static String child(Element parent, String name) {
        return parent.getElementsByTagNameNS(Pain001.NAMESPACE, name).item(0).getTextContent();
    }
}
