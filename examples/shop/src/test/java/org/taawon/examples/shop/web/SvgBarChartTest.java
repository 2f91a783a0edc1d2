package org.taawon.examples.shop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.taawon.core.money.Money;

class SvgBarChartTest {

    private static final Pattern HEIGHT = Pattern.compile("class=\"bar\"[^>]* height=\"(\\d+)\"");

    private static List<Integer> heights(String svg) {
        Matcher m = HEIGHT.matcher(svg);
        List<Integer> heights = new ArrayList<>();
        while (m.find()) {
            heights.add(Integer.parseInt(m.group(1)));
        }
        return heights;
    }

    @Test
    void scales_bars_to_the_largest_amount_and_draws_debts_as_empty_bars() {
        String svg = SvgBarChart.render("t", List.of("2026-01", "2026-02", "2026-03"),
                List.of(new SvgBarChart.Series("s", List.of(Money.of(5000, "MAD"), Money.of(10000, "MAD"), Money.of(-300, "MAD")))),
                Money::toString);
        List<Integer> heights = heights(svg);
        assertThat(heights).hasSize(3);
        assertThat(heights.get(1)).isPositive();
        assertThat(heights.get(0)).isEqualTo(heights.get(1) / 2);
        assertThat(heights.get(2)).isZero();
    }

    @Test
    void escapes_labels() {
        String svg = SvgBarChart.render("<script>", List.of("a&b"), List.of(new SvgBarChart.Series("\"x\"", List.of(Money.of(1, "MAD")))),
                Money::toString);
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;").contains("a&amp;b").contains("&quot;x&quot;");
    }
}
