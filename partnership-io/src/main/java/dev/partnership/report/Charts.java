package dev.partnership.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.PowerMeasure;
import dev.partnership.math.Fraction;
import dev.partnership.model.Partnership;
import dev.partnership.participation.Assessment;
import dev.partnership.participation.Cell;
import dev.partnership.participation.Decision;
import dev.partnership.participation.ParticipationLevel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Charts drawn by JFreeChart onto JFreeSVG's SVG canvas: a governing body's power per member
 * (bars), a PAT session's levels (a heat map with the gaps marked) and a timeline of metrics over
 * steps (lines). Each returns one {@code <svg>} element with a {@code viewBox}, ready to inline in
 * HTML or to save as a {@code .svg} file; names are drawn as text, so nothing in them is markup.
 * Works headless ({@code java.awt.headless=true}, which this class sets when nothing else did).
 *
 * <pre>{@code
 * String svg = Charts.powerBars(gppac, gppac.requireBody("International Steering Group"));
 * }</pre>
 */
public final class Charts {
  private Charts() {}

  /** The most members a bar chart shows; a larger body shows its most powerful members. */
  public static final int MAX_BARS = 40;

  private static final Font FONT = new Font("SansSerif", Font.PLAIN, 12);

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  /**
   * Returns a horizontal bar chart of each seat holder's Banzhaf and Shapley-Shubik power in {@code
   * body} (Banzhaf 1965; Shapley and Shubik 1954), in percent. Bodies of more than {@link
   * #MAX_BARS} members show the {@link #MAX_BARS} most powerful, and the title says so.
   *
   * @throws IllegalArgumentException if the body's game is too large to compute exactly (the
   *     refusal of {@link GoverningBody#power})
   */
  public static String powerBars(Partnership p, GoverningBody body) {
    checkNotNull(p, "partnership");
    checkNotNull(body, "body");
    ImmutableMap<OrganizationId, Fraction> banzhaf = body.power(PowerMeasure.BANZHAF);
    ImmutableMap<OrganizationId, Fraction> shapley = body.power(PowerMeasure.SHAPLEY_SHUBIK);
    List<OrganizationId> holders = new ArrayList<>(body.holders());
    holders.sort(
        Comparator.comparing((OrganizationId h) -> shapley.getOrDefault(h, Fraction.ZERO))
            .reversed());
    int shown = Math.min(MAX_BARS, holders.size());
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    Set<String> used = new HashSet<>();
    for (OrganizationId h : holders.subList(0, shown)) {
      String name = unique(Labels.name(p, h), h, used);
      data.addValue(100 * banzhaf.getOrDefault(h, Fraction.ZERO).doubleValue(), "Banzhaf", name);
      data.addValue(
          100 * shapley.getOrDefault(h, Fraction.ZERO).doubleValue(), "Shapley-Shubik", name);
    }
    String title =
        body.name()
            + ": power per member (%)"
            + (shown < holders.size() ? ", the " + shown + " largest of " + holders.size() : "");
    JFreeChart chart =
        org.jfree.chart.ChartFactory.createBarChart(
            title, null, "power (%)", data, PlotOrientation.HORIZONTAL, true, false, false);
    style(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer r = (BarRenderer) plot.getRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setSeriesPaint(0, new Color(0x4C72B0));
    r.setSeriesPaint(1, new Color(0xDD8452));
    plot.getRangeAxis().setUpperMargin(0.1);
    int height = Math.max(220, 90 + 34 * shown);
    return svg(chart, 760, height, "power");
  }

  /**
   * Returns a heat map of a PAT session (the Partos Power Awareness Tool): decisions down, partner
   * organisations across, each cell coloured by its level (0 not informed ... 4 decides; grey when
   * not scored), and {@code a → d (gap)} written where the desired level {@code d} is above the
   * actual {@code a}.
   */
  public static String patHeatMap(Assessment a) {
    checkNotNull(a, "assessment");
    List<Organization> orgs = a.organizations();
    List<Decision> decisions = a.decisions();
    int n = orgs.size() * decisions.size();
    double[] xs = new double[n];
    double[] ys = new double[n];
    double[] zs = new double[n];
    List<XYTextAnnotation> gaps = new ArrayList<>();
    int k = 0;
    for (int y = 0; y < decisions.size(); y++) {
      for (int x = 0; x < orgs.size(); x++) {
        Cell cell = Cell.of(decisions.get(y).name(), orgs.get(x).id());
        Optional<ParticipationLevel> actual = a.actualIn(cell);
        xs[k] = x;
        ys[k] = y;
        zs[k] = actual.map(l -> (double) l.score()).orElse(-1.0);
        k++;
        ParticipationLevel desired = a.desired().get(cell);
        if (desired != null && (actual.isEmpty() || desired.score() > actual.get().score())) {
          XYTextAnnotation t =
              new XYTextAnnotation(
                  actual.map(l -> Integer.toString(l.score())).orElse("\u2013")
                      + " \u2192 "
                      + desired.score()
                      + " (gap)",
                  x,
                  y);
          t.setFont(FONT.deriveFont(Font.BOLD));
          gaps.add(t);
        } else if (actual.isPresent()) {
          XYTextAnnotation t = new XYTextAnnotation(Integer.toString(actual.get().score()), x, y);
          t.setFont(FONT);
          gaps.add(t);
        }
      }
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries("levels", new double[][] {xs, ys, zs});
    SymbolAxis xAxis =
        new SymbolAxis(
            null, orgs.stream().map(o -> shorten(o.shortName(), 24)).toArray(String[]::new));
    xAxis.setVerticalTickLabels(orgs.size() > 5);
    SymbolAxis yAxis =
        new SymbolAxis(
            null, decisions.stream().map(d -> shorten(d.name(), 40)).toArray(String[]::new));
    yAxis.setInverted(true);
    LookupPaintScale scale = new LookupPaintScale(-1.5, 4.5, Color.LIGHT_GRAY);
    scale.add(-1.5, new Color(0xDDDDDD));
    scale.add(-0.5, new Color(0xD7301F));
    scale.add(0.5, new Color(0xFC8D59));
    scale.add(1.5, new Color(0xFEE08B));
    scale.add(2.5, new Color(0x91CF60));
    scale.add(3.5, new Color(0x1A9850));
    XYBlockRenderer r = new XYBlockRenderer();
    r.setPaintScale(scale);
    XYPlot plot = new XYPlot(data, xAxis, yAxis, r);
    gaps.forEach(plot::addAnnotation);
    plot.setBackgroundPaint(Color.WHITE);
    JFreeChart chart =
        new JFreeChart(
            "PAT levels (grey: not scored; a \u2192 d: gap to the desired level d)",
            FONT,
            plot,
            false);
    NumberAxis legendAxis = new NumberAxis("level");
    legendAxis.setRange(-1.5, 4.5);
    legendAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setMargin(4, 4, 40, 4);
    chart.addSubtitle(legend);
    style(chart);
    int width = Math.max(520, 320 + 90 * orgs.size());
    int height = Math.max(260, 160 + 44 * decisions.size());
    return svg(chart, width, height, "pat");
  }

  /**
   * Returns a line chart of metrics over ordered steps: {@code series} maps each metric's label to
   * its values, one per step of {@code steps}, in order (a scenario's timeline, or any other).
   *
   * @throws IllegalArgumentException if a series does not have one value per step, or a value is
   *     null, infinite or NaN
   */
  public static String timeline(
      String title, List<String> steps, Map<String, ? extends List<? extends Number>> series) {
    return lines(title, steps, series, false);
  }

  /**
   * Returns the line chart of {@link #timeline}; with {@code gaps}, a null value is a value that is
   * not available and leaves a gap in its line.
   */
  static String lines(
      String title,
      List<String> steps,
      Map<String, ? extends List<? extends Number>> series,
      boolean gaps) {
    checkNotNull(title, "title");
    checkNotNull(steps, "steps");
    checkNotNull(series, "series");
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    Set<String> used = new HashSet<>();
    List<String> columns = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      String step = checkNotNull(steps.get(i), "steps[%s]", i);
      String column = step;
      for (int j = 2; !used.add(column); j++) {
        column = step + " (" + j + ")";
      }
      columns.add(column);
    }
    series.forEach(
        (label, values) -> {
          checkNotNull(label, "series label");
          checkNotNull(values, "series %s", label);
          checkArgument(
              values.size() == steps.size(),
              "series %s has %s values; must have one per step (%s)",
              label,
              values.size(),
              steps.size());
          for (int i = 0; i < values.size(); i++) {
            Number v = values.get(i);
            if (v == null && gaps) {
              data.addValue(null, label, columns.get(i));
              continue;
            }
            checkArgument(
                v != null && Double.isFinite(v.doubleValue()),
                "series %s value %s (%s) must be a finite number",
                label,
                i,
                v);
            data.addValue(v.doubleValue(), label, columns.get(i));
          }
        });
    JFreeChart chart =
        org.jfree.chart.ChartFactory.createLineChart(
            title, null, null, data, PlotOrientation.VERTICAL, true, false, false);
    style(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    LineAndShapeRenderer r = (LineAndShapeRenderer) plot.getRenderer();
    r.setDefaultShapesVisible(true);
    for (int i = 0; i < series.size(); i++) {
      r.setSeriesStroke(i, new BasicStroke(2.5f));
    }
    plot.getDomainAxis().setMaximumCategoryLabelLines(3);
    if (steps.size() > 6) {
      plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    return svg(chart, 760, 380, "timeline");
  }

  private static String unique(String name, OrganizationId id, Set<String> used) {
    String shown = shorten(name, 40);
    if (!used.add(shown)) {
      shown = shorten(name, 28) + " (" + shorten(id.value(), 20) + ")";
      for (int j = 2; !used.add(shown); j++) {
        shown = shorten(name, 28) + " (" + j + ")";
      }
    }
    return shown;
  }

  /** Returns {@code text} on one line, cut to {@code max} characters with an ellipsis. */
  static String shorten(String text, int max) {
    String line = text.replaceAll("[\\r\\n\\t]+", " ");
    return line.length() <= max ? line : line.substring(0, max - 1) + "\u2026";
  }

  private static void style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    if (chart.getTitle() != null) {
      chart.getTitle().setFont(FONT.deriveFont(Font.BOLD, 14f));
    }
    if (chart.getPlot() instanceof CategoryPlot) {
      CategoryPlot plot = (CategoryPlot) chart.getPlot();
      plot.setBackgroundPaint(Color.WHITE);
      plot.setRangeGridlinePaint(new Color(0xCCCCCC));
      plot.getDomainAxis().setTickLabelFont(FONT);
      plot.getRangeAxis().setTickLabelFont(FONT);
      plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
    }
  }

  private static int counter = 0;

  private static synchronized String prefix(String kind) {
    return kind + (counter++);
  }

  private static String svg(JFreeChart chart, int width, int height, String kind) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    String id = prefix(kind);
    g.setDefsKeyPrefix(id + "_");
    chart.draw(g, new Rectangle(0, 0, width, height));
    return g.getSVGElement(id, true, new ViewBox(0, 0, width, height), null, null);
  }
}
