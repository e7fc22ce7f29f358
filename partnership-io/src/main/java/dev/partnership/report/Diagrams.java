package dev.partnership.report;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.partnership.actors.Locality;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.funding.FundingFlow;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.Seat;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

/**
 * The members and roles, and the funding chain, of a partnership as Graphviz DOT (written by
 * JGraphT's {@link DOTExporter}) and as Mermaid flowchart text. Names go into labels escaped, so a
 * quote, bracket, backslash or line break in a name cannot end a label or start a statement.
 *
 * <pre>{@code
 * String dot = Diagrams.membersDot(partnership);      // digraph members { ... }
 * String mermaid = Diagrams.fundingMermaid(partnership);
 * }</pre>
 */
public final class Diagrams {
  private Diagrams() {}

  /** The fill colour of a member node by IASC locality (our own palette). */
  private static String fill(Locality locality) {
    switch (locality) {
      case LOCAL_OR_NATIONAL:
        return "#cfe8cf";
      case INTERNATIONAL:
        return "#dcd6f0";
      default:
        return "#eeeeee";
    }
  }

  /**
   * Returns the partnership, its members (labelled with name, roles and IASC locality) and its
   * governing bodies (an edge to each seat holder, labelled with the seat's weight) as DOT.
   */
  public static String membersDot(Partnership p) {
    checkNotNull(p, "partnership");
    Graph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
    Map<String, Map<String, Attribute>> nodes = new LinkedHashMap<>();
    Map<DefaultEdge, Map<String, Attribute>> edges = new LinkedHashMap<>();
    Map<OrganizationId, String> ids = new LinkedHashMap<>();
    String root = "partnership";
    g.addVertex(root);
    nodes.put(
        root,
        attributes("label", p.name() + "\n" + Labels.words(p.form()), "shape", "doubleoctagon"));
    int i = 0;
    for (Membership m : p.members()) {
      String id = "m" + i++;
      ids.put(m.id(), id);
      Organization o = m.organization();
      g.addVertex(id);
      nodes.put(
          id,
          attributes(
              "label",
              o.shortName() + "\n" + o.locality().label(),
              "shape",
              "box",
              "style",
              "filled",
              "fillcolor",
              fill(o.locality())));
      DefaultEdge e = g.addEdge(root, id);
      edges.put(e, attributes("label", roles(m)));
    }
    int b = 0;
    for (GoverningBody body : p.bodies()) {
      String id = "b" + b++;
      g.addVertex(id);
      nodes.put(
          id,
          attributes(
              "label", body.name() + "\n" + body.rule(), "shape", "ellipse", "color", "#555555"));
      for (Seat seat : body.seats()) {
        String holder = ids.get(seat.holder());
        if (holder == null) {
          continue; // a seat of a non-member cannot be built (Partnership's check); defensive
        }
        DefaultEdge e = g.addEdge(holder, id);
        edges.put(
            e,
            seat.weight() == 1
                ? attributes("style", "dashed", "color", "#777777", "arrowhead", "none")
                : attributes(
                    "label",
                    "weight " + seat.weight(),
                    "style",
                    "dashed",
                    "color",
                    "#777777",
                    "arrowhead",
                    "none"));
      }
    }
    return export(g, "members", nodes, edges);
  }

  /**
   * Returns the partnership's funding flows as DOT: one node per organisation that gives or
   * receives, one edge per flow labelled with amount, currency and year.
   */
  public static String fundingDot(Partnership p) {
    checkNotNull(p, "partnership");
    Graph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
    Map<String, Map<String, Attribute>> nodes = new LinkedHashMap<>();
    Map<DefaultEdge, Map<String, Attribute>> edges = new LinkedHashMap<>();
    Map<OrganizationId, String> ids = new LinkedHashMap<>();
    for (FundingFlow f : p.flows()) {
      String from = node(p, f.provider(), g, nodes, ids);
      String to = node(p, f.recipient(), g, nodes, ids);
      DefaultEdge e = g.addEdge(from, to);
      edges.put(e, attributes("label", flowLabel(f)));
    }
    return export(g, "funding", nodes, edges);
  }

  /** Returns the members and bodies as a Mermaid flowchart (for Markdown viewers that draw it). */
  public static String membersMermaid(Partnership p) {
    checkNotNull(p, "partnership");
    StringBuilder s = new StringBuilder("flowchart LR\n");
    s.append("  P[\"").append(mermaid(p.name())).append("\"]\n");
    Map<OrganizationId, String> ids = new LinkedHashMap<>();
    int i = 0;
    for (Membership m : p.members()) {
      String id = "m" + i++;
      ids.put(m.id(), id);
      s.append("  ")
          .append(id)
          .append("[\"")
          .append(
              mermaid(
                  m.organization().shortName() + " (" + m.organization().locality().label() + ")"))
          .append("\"]\n");
      s.append("  P -->|\"").append(mermaid(roles(m))).append("\"| ").append(id).append('\n');
    }
    int b = 0;
    for (GoverningBody body : p.bodies()) {
      String id = "b" + b++;
      s.append("  ").append(id).append("([\"").append(mermaid(body.name())).append("\"])\n");
      for (Seat seat : body.seats()) {
        if (ids.containsKey(seat.holder())) {
          s.append("  ")
              .append(ids.get(seat.holder()))
              .append(" -.->|\"weight ")
              .append(seat.weight())
              .append("\"| ")
              .append(id)
              .append('\n');
        }
      }
    }
    return s.toString();
  }

  /** Returns the funding flows as a Mermaid flowchart. */
  public static String fundingMermaid(Partnership p) {
    checkNotNull(p, "partnership");
    StringBuilder s = new StringBuilder("flowchart LR\n");
    Map<OrganizationId, String> ids = new LinkedHashMap<>();
    for (FundingFlow f : p.flows()) {
      for (OrganizationId o : new OrganizationId[] {f.provider(), f.recipient()}) {
        if (!ids.containsKey(o)) {
          String id = "o" + ids.size();
          ids.put(o, id);
          s.append("  ")
              .append(id)
              .append("[\"")
              .append(mermaid(Labels.name(p, o)))
              .append("\"]\n");
        }
      }
      s.append("  ")
          .append(ids.get(f.provider()))
          .append(" -->|\"")
          .append(mermaid(flowLabel(f)))
          .append("\"| ")
          .append(ids.get(f.recipient()))
          .append('\n');
    }
    return s.toString();
  }

  /**
   * Returns {@code text} safe inside a double-quoted DOT string before JGraphT escapes its double
   * quotes: backslashes doubled, line breaks as DOT's {@code \n}.
   */
  static String dot(String text) {
    return text.replace("\\", "\\\\")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n");
  }

  /**
   * Returns {@code text} safe inside a double-quoted Mermaid label: every character Mermaid or
   * Markdown treats specially as a Mermaid entity code ({@code #quot;}, {@code #35;} ...), line
   * breaks as spaces.
   */
  static String mermaid(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          s.append("#quot;");
          break;
        case '\r':
        case '\n':
          s.append(' ');
          break;
        case '#':
        case '<':
        case '>':
        case '&':
        case '[':
        case ']':
        case '(':
        case ')':
        case '{':
        case '}':
        case '|':
        case '`':
        case ';':
          s.append('#').append((int) c).append(';');
          break;
        default:
          s.append(c);
      }
    }
    return s.toString();
  }

  private static String roles(Membership m) {
    return m.roles().stream().map(Labels::words).collect(Collectors.joining(", "));
  }

  static String flowLabel(FundingFlow f) {
    return String.format(
        Locale.ROOT, "%,.0f %s, %d", f.amount().amount(), f.amount().currency(), f.year());
  }

  private static String node(
      Partnership p,
      OrganizationId o,
      Graph<String, DefaultEdge> g,
      Map<String, Map<String, Attribute>> nodes,
      Map<OrganizationId, String> ids) {
    String id = ids.get(o);
    if (id == null) {
      id = "o" + ids.size();
      ids.put(o, id);
      g.addVertex(id);
      Locality locality =
          p.member(o).map(m -> m.organization().locality()).orElse(Locality.UNKNOWN);
      nodes.put(
          id,
          attributes(
              "label",
              Labels.name(p, o),
              "shape",
              "box",
              "style",
              "filled",
              "fillcolor",
              fill(locality)));
    }
    return id;
  }

  private static Map<String, Attribute> attributes(String... keysAndValues) {
    Map<String, Attribute> a = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      String v =
          keysAndValues[i].equals("label") ? dot(keysAndValues[i + 1]) : keysAndValues[i + 1];
      a.put(keysAndValues[i], DefaultAttribute.createAttribute(v));
    }
    return a;
  }

  private static String export(
      Graph<String, DefaultEdge> g,
      String name,
      Map<String, Map<String, Attribute>> nodes,
      Map<DefaultEdge, Map<String, Attribute>> edges) {
    DOTExporter<String, DefaultEdge> exporter = new DOTExporter<>(v -> v);
    exporter.setGraphIdProvider(() -> name);
    exporter.setGraphAttributeProvider(
        () -> {
          Map<String, Attribute> a = new LinkedHashMap<>();
          a.put("rankdir", DefaultAttribute.createAttribute("LR"));
          a.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
          a.put("ranksep", DefaultAttribute.createAttribute("1.2"));
          a.put("nodesep", DefaultAttribute.createAttribute("0.15"));
          return a;
        });
    exporter.setVertexAttributeProvider(
        v -> {
          Map<String, Attribute> a = new LinkedHashMap<>(nodes.get(v));
          a.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
          a.put("fontsize", DefaultAttribute.createAttribute("11"));
          return a;
        });
    exporter.setEdgeAttributeProvider(
        e -> {
          Map<String, Attribute> a = new LinkedHashMap<>(edges.getOrDefault(e, Map.of()));
          a.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
          a.put("fontsize", DefaultAttribute.createAttribute("9"));
          return a;
        });
    StringWriter out = new StringWriter();
    exporter.exportGraph(g, out);
    return out.toString();
  }
}
