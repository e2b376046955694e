package dev.walletgate.bootstrap.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A hand-written SVG of the series measured at several client counts: throughput on the left, p99
 * latency on the right, client count on a log2 axis.
 */
final class BenchChart {
  private static final String[] COLOURS = {
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf"
  };
  private static final int PANEL_W = 420;
  private static final int PANEL_H = 300;
  private static final int LEFT = 70;
  private static final int TOP = 40;
  private static final int GAP = 90;

  private final Map<String, List<Point>> series = new LinkedHashMap<>();

  BenchChart(List<Point> points) {
    for (Point p : points) {
      series.computeIfAbsent(p.series(), k -> new ArrayList<>()).add(p);
    }
  }

  String svg() {
    int legendTop = TOP + PANEL_H + 50;
    int height = legendTop + 18 * series.size() + 20;
    int width = LEFT + 2 * PANEL_W + GAP + 30;
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"11\">%n",
            width,
            height));
    b.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    panel(b, LEFT, "throughput (operations/s)", Point::opsPerSecond);
    panel(b, LEFT + PANEL_W + GAP, "p99 latency (ms)", Point::p99Millis);
    int i = 0;
    for (String name : series.keySet()) {
      int y = legendTop + 18 * i;
      String colour = COLOURS[i % COLOURS.length];
      b.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>"
                  + "<text x=\"%d\" y=\"%d\">%s</text>%n",
              LEFT,
              y,
              LEFT + 24,
              y,
              colour,
              LEFT + 30,
              y + 4,
              escape(name)));
      i++;
    }
    b.append("</svg>\n");
    return b.toString();
  }

  private void panel(StringBuilder b, int x0, String title, ToDoubleFunction<Point> value) {
    double max = 0;
    int maxClients = 1;
    for (List<Point> s : series.values()) {
      for (Point p : s) {
        max = Math.max(max, value.applyAsDouble(p));
        maxClients = Math.max(maxClients, p.clients());
      }
    }
    max = max <= 0 ? 1 : niceCeiling(max);
    double maxLog = Math.max(1, log2(maxClients));
    b.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-size=\"13\" font-weight=\"bold\">%s</text>%n",
            x0,
            TOP - 15,
            escape(title)));
    b.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n",
            x0,
            TOP,
            PANEL_W,
            PANEL_H));
    for (int tick = 0; tick <= 4; tick++) {
      double v = max * tick / 4;
      int y = TOP + PANEL_H - (int) Math.round(PANEL_H * tick / 4.0);
      b.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#eee\"/>"
                  + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
              x0,
              y,
              x0 + PANEL_W,
              y,
              x0 - 5,
              y + 4,
              BenchReport.fmt(v)));
    }
    for (int c = 1; c <= maxClients; c *= 2) {
      int x = x(x0, c, maxLog);
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>%n",
              x,
              TOP + PANEL_H + 15,
              c));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">clients</text>%n",
            x0 + PANEL_W / 2,
            TOP + PANEL_H + 32));
    int i = 0;
    for (List<Point> s : series.values()) {
      String colour = COLOURS[i++ % COLOURS.length];
      StringBuilder line = new StringBuilder();
      for (Point p : s) {
        int x = x(x0, p.clients(), maxLog);
        int y = TOP + PANEL_H - (int) Math.round(PANEL_H * value.applyAsDouble(p) / max);
        line.append(x).append(',').append(y).append(' ');
        b.append(
            String.format(
                Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"3\" fill=\"%s\"/>%n", x, y, colour));
      }
      if (s.size() > 1) {
        b.append(
            String.format(
                Locale.ROOT,
                "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                line.toString().trim(),
                colour));
      }
    }
  }

  private static int x(int x0, int clients, double maxLog) {
    return x0 + 20 + (int) Math.round((PANEL_W - 40) * log2(clients) / maxLog);
  }

  private static double log2(double v) {
    return Math.log(v) / Math.log(2);
  }

  private static double niceCeiling(double v) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= v) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
