package org.taawon.examples.shop.web;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.taawon.core.money.Money;

/**
 * A bar chart drawn as inline SVG on the server (no script, no network): one group of bars per
 * category (a month), one bar per series (women's, youth). Bar heights are scaled in whole minor
 * units; amounts below zero are drawn as empty bars.
 */
public final class SvgBarChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int TOP = 24;
    private static final int BOTTOM = 40;
    private static final int LEFT = 16;
    private static final String[] COLOURS = {"#b5523b", "#2f7d6d", "#d9a441", "#4a5a8c"};

    private SvgBarChart() {
    }

    /**
     * @param title      the chart's accessible title
     * @param categories labels under each group
     * @param series     the series, each with one value per category
     * @param format     how a value is written in its bar's tooltip
     */
    public static String render(String title, List<String> categories, List<Series> series, Function<Money, String> format) {
        long max = 1;
        for (Series s : series) {
            for (Money value : s.values()) {
                max = Math.max(max, value.minor());
            }
        }
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int groupWidth = categories.isEmpty() ? WIDTH : (WIDTH - 2 * LEFT) / categories.size();
        int barWidth = Math.max(4, (groupWidth - 12) / Math.max(1, series.size()));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" direction=\"ltr\"><title>")
                .append(escape(title)).append("</title>");
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(HEIGHT - BOTTOM).append("\" x2=\"")
                .append(WIDTH - LEFT).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#555\"/>");
        for (int c = 0; c < categories.size(); c++) {
            int x0 = LEFT + c * groupWidth + 6;
            for (int s = 0; s < series.size(); s++) {
                Money value = series.get(s).values().get(c);
                long minor = Math.max(0, value.minor());
                long h = minor * plotHeight / max;
                int x = x0 + s * barWidth;
                svg.append("<rect class=\"bar\" x=\"").append(x).append("\" y=\"").append(HEIGHT - BOTTOM - h)
                        .append("\" width=\"").append(barWidth - 2).append("\" height=\"").append(h)
                        .append("\" fill=\"").append(COLOURS[s % COLOURS.length]).append("\"><title>")
                        .append(escape(series.get(s).name() + " " + categories.get(c) + ": " + format.apply(value)))
                        .append("</title></rect>");
            }
            svg.append("<text x=\"").append(x0 + (groupWidth - 12) / 2).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
                    .append("\" text-anchor=\"middle\" font-size=\"12\">").append(escape(categories.get(c))).append("</text>");
        }
        for (int s = 0; s < series.size(); s++) {
            int x = LEFT + s * 180;
            svg.append("<rect x=\"").append(x).append("\" y=\"4\" width=\"12\" height=\"12\" fill=\"")
                    .append(COLOURS[s % COLOURS.length]).append("\"/><text x=\"").append(x + 16)
                    .append("\" y=\"14\" font-size=\"12\">").append(escape(series.get(s).name())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** One series: its name and one value per category. */
    public record Series(String name, List<Money> values) {

        public Series {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }
    }
}
