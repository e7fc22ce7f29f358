package dev.partnership.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A streaming, hardened reader of {@code iati-activities} files: it hands over one {@link
 * IatiActivity} at a time and keeps none, so files of any size stream in constant memory.
 *
 * <p>Hardening: no DTD is processed (a document with a {@code DOCTYPE} is refused), no external
 * entity, DTD or schema is ever fetched (the resolver refuses every resource), and elements may
 * nest at most {@value #MAX_DEPTH} deep. Files that are not XML, truncated, or rooted elsewhere
 * than {@code iati-activities} fail with an {@link IatiFormatException} that says where.
 *
 * <p>Real files are messy. Flaws inside an activity never stop the reader: an empty or
 * non-numeric value, a date that is not ISO, or a non-numeric code is read as absent and recorded
 * in the {@link DataQualityReport} with file, line and activity; the conversion then decides what
 * to skip or guess ({@link IatiConversion}).
 *
 * <pre>{@code
 * DataQualityReport report = IatiReader.forEach(Path.of("dportal_30.xml"), activity -> ...);
 * IatiReader.Result all = IatiReader.readAll(List.of(Path.of("a.xml"), Path.of("b.xml")));
 * }</pre>
 */
public final class IatiReader {
  /** The deepest element nesting accepted. */
  public static final int MAX_DEPTH = 64;

  private IatiReader() {}

  /**
   * Activities read from several files, with the report of what was read as absent.
   *
   * @param activities the activities, file by file, in document order
   * @param report the flaws found while reading
   */
  public record Result(ImmutableList<IatiActivity> activities, DataQualityReport report) {}

  /**
   * Reads every file and keeps all activities (for data sets that fit in memory; use {@link
   * #forEach} to stream).
   *
   * @throws IatiFormatException if a file cannot be read as IATI activities
   * @throws UncheckedIOException if a file cannot be opened
   */
  public static Result readAll(List<Path> files) {
    checkNotNull(files, "files");
    ImmutableList.Builder<IatiActivity> activities = ImmutableList.builder();
    DataQualityReport report = DataQualityReport.empty();
    for (Path f : files) {
      report = report.plus(forEach(f, activities::add));
    }
    return new Result(activities.build(), report);
  }

  /**
   * Streams the activities of {@code file} to {@code consumer}, one at a time.
   *
   * @return the flaws found
   * @throws IatiFormatException if the file cannot be read as IATI activities
   * @throws UncheckedIOException if the file cannot be opened
   */
  public static DataQualityReport forEach(Path file, Consumer<IatiActivity> consumer) {
    checkNotNull(file, "file");
    checkNotNull(consumer, "consumer");
    try (InputStream in = Files.newInputStream(file)) {
      return forEach(in, String.valueOf(file.getFileName()), consumer);
    } catch (IOException e) {
      throw new UncheckedIOException("file (" + file + ") could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * Streams the activities of a stream, naming it {@code name} in reports and errors.
   *
   * @return the flaws found
   * @throws IatiFormatException if the stream cannot be read as IATI activities
   */
  public static DataQualityReport forEach(InputStream in, String name, Consumer<IatiActivity> consumer) {
    checkNotNull(in, "in");
    checkNotNull(name, "name");
    checkNotNull(consumer, "consumer");
    XMLStreamReader r;
    try {
      r = hardenedFactory().createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw failure(name, e.getLocation(), "not readable as XML: " + e.getMessage(), e);
    }
    Parser p = new Parser(name, r, consumer);
    try {
      p.run();
    } catch (XMLStreamException e) {
      throw failure(name, e.getLocation() != null ? e.getLocation() : r.getLocation(), "not well-formed XML: " + cleaned(e), e);
    } finally {
      try {
        r.close();
      } catch (XMLStreamException ignored) {
        // closing after a failure; the failure is what matters
      }
    }
    return new DataQualityReport(ImmutableList.copyOf(p.issues));
  }

  private static String cleaned(XMLStreamException e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    int i = m.indexOf("Message: ");
    return i >= 0 ? m.substring(i + 9) : m;
  }

  static XMLInputFactory hardenedFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external resource refused: " + systemId);
        });
    trySet(f, "jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
    trySet(f, "jdk.xml.entityExpansionLimit", "0");
    trySet(f, "http://javax.xml.XMLConstants/property/accessExternalDTD", "");
    return f;
  }

  private static void trySet(XMLInputFactory f, String property, Object value) {
    try {
      f.setProperty(property, value);
    } catch (IllegalArgumentException unsupported) {
      // another StAX implementation: the DTD and resolver settings above still hold
    }
  }

  static IatiFormatException failure(String file, Location at, String message, Throwable cause) {
    int line = at == null ? -1 : at.getLineNumber();
    int col = at == null ? -1 : at.getColumnNumber();
    return new IatiFormatException(file, line, col, message, cause);
  }

  /** One pass over one document. */
  private static final class Parser {
    private final String file;
    private final XMLStreamReader r;
    private final Consumer<IatiActivity> consumer;
    final List<DataQualityReport.Entry> issues = new ArrayList<>();

    // the activity being read
    private String activityId = "";
    private int activityLine;
    private Optional<String> defaultCurrency = Optional.empty();
    private IatiOrgRef reporting;
    private List<ParticipatingOrg> participants;
    private List<IatiTransaction> transactions;
    private List<IatiBudget> budgets;
    // the transaction or budget being read
    private int itemLine;
    private Optional<Integer> txType;
    private Optional<LocalDate> txDate;
    private Optional<LocalDate> valueDate;
    private Optional<BigDecimal> value;
    private Optional<String> valueCurrency;
    private Optional<IatiOrgRef> provider;
    private Optional<IatiOrgRef> receiver;
    private Optional<LocalDate> periodStart;
    private Optional<LocalDate> periodEnd;

    Parser(String file, XMLStreamReader r, Consumer<IatiActivity> consumer) {
      this.file = file;
      this.r = r;
      this.consumer = consumer;
    }

    void run() throws XMLStreamException {
      boolean rootSeen = false;
      int depth = 0;
      String inItem = null; // "transaction" or "budget"
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.DTD) {
          throw failure(file, r.getLocation(), "a DOCTYPE is not accepted: DTDs are not processed in IATI files", null);
        }
        if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
          String name = r.getLocalName();
          if (name.equals("iati-activity")) {
            finishActivity();
          } else if (name.equals(inItem)) {
            finishItem(inItem);
            inItem = null;
          }
          continue;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        depth++;
        if (depth > MAX_DEPTH) {
          throw failure(file, r.getLocation(), "elements nest deeper than " + MAX_DEPTH, null);
        }
        String name = r.getLocalName();
        if (!rootSeen) {
          rootSeen = true;
          if (!name.equals("iati-activities")) {
            throw failure(file, r.getLocation(), "root element (" + name + ") must be iati-activities", null);
          }
          continue;
        }
        switch (name) {
          case "iati-activity":
            startActivity();
            break;
          case "iati-identifier":
            if (depth == 3) {
              activityId = text().orElse("");
              depth--;
            }
            break;
          case "reporting-org":
            reporting = orgRef(null);
            depth--;
            break;
          case "participating-org":
            if (participants != null) {
              Optional<Integer> role = code(attr("role"), "participating-org role");
              participants.add(new ParticipatingOrg(role, orgRef("activity-id")));
              depth--;
            }
            break;
          case "transaction":
            if (transactions != null) {
              inItem = name;
              startItem();
            }
            break;
          case "budget":
            if (budgets != null) {
              inItem = name;
              startItem();
            }
            break;
          case "transaction-type":
            if ("transaction".equals(inItem)) {
              txType = code(attr("code"), "transaction type");
            }
            break;
          case "transaction-date":
            if ("transaction".equals(inItem)) {
              txDate = date(attr("iso-date"), "transaction date");
            }
            break;
          case "value":
            if (inItem != null) {
              valueCurrency = attr("currency");
              valueDate = date(attr("value-date"), "value date");
              value = amount(text());
              depth--;
            }
            break;
          case "provider-org":
            if ("transaction".equals(inItem)) {
              provider = Optional.of(orgRef("provider-activity-id"));
              depth--;
            }
            break;
          case "receiver-org":
            if ("transaction".equals(inItem)) {
              receiver = Optional.of(orgRef("receiver-activity-id"));
              depth--;
            }
            break;
          case "period-start":
            if ("budget".equals(inItem)) {
              periodStart = date(attr("iso-date"), "budget period start");
            }
            break;
          case "period-end":
            if ("budget".equals(inItem)) {
              periodEnd = date(attr("iso-date"), "budget period end");
            }
            break;
          default:
            break;
        }
      }
      if (!rootSeen) {
        throw failure(file, r.getLocation(), "no root element: the file holds no XML document", null);
      }
    }

    private void startActivity() {
      activityId = "";
      activityLine = r.getLocation().getLineNumber();
      defaultCurrency = attr("default-currency");
      reporting = new IatiOrgRef(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
      participants = new ArrayList<>();
      transactions = new ArrayList<>();
      budgets = new ArrayList<>();
    }

    private void finishActivity() {
      if (participants == null) {
        return;
      }
      if (activityId.isEmpty()) {
        issue(activityLine, DataQualityReport.Action.SKIPPED, "activity without iati-identifier: left out");
      } else {
        consumer.accept(
            new IatiActivity(
                file,
                activityLine,
                activityId,
                reporting,
                defaultCurrency,
                ImmutableList.copyOf(participants),
                ImmutableList.copyOf(transactions),
                ImmutableList.copyOf(budgets)));
      }
      participants = null;
      transactions = null;
      budgets = null;
    }

    private void startItem() {
      itemLine = r.getLocation().getLineNumber();
      txType = Optional.empty();
      txDate = Optional.empty();
      valueDate = Optional.empty();
      value = Optional.empty();
      valueCurrency = Optional.empty();
      provider = Optional.empty();
      receiver = Optional.empty();
      periodStart = Optional.empty();
      periodEnd = Optional.empty();
    }

    private void finishItem(String kind) {
      Optional<String> currency = valueCurrency.or(() -> defaultCurrency);
      if (kind.equals("transaction")) {
        transactions.add(new IatiTransaction(itemLine, txType, txDate.or(() -> valueDate), value, currency, provider, receiver));
      } else {
        budgets.add(new IatiBudget(itemLine, periodStart, periodEnd, value, currency));
      }
    }

    /** Reads an organisation element (consumes it to its end) and its first narrative. */
    private IatiOrgRef orgRef(String activityAttribute) {
      Optional<String> ref = attr("ref");
      Optional<Integer> type = code(attr("type"), "organisation type");
      Optional<String> act = activityAttribute == null ? Optional.empty() : attr(activityAttribute);
      Optional<String> name = Optional.empty();
      try {
        int level = 1;
        while (level > 0 && r.hasNext()) {
          int e = r.next();
          if (e == XMLStreamConstants.START_ELEMENT) {
            level++;
            if (name.isEmpty() && r.getLocalName().equals("narrative")) {
              name = text();
              level--;
            }
          } else if (e == XMLStreamConstants.END_ELEMENT) {
            level--;
          }
        }
      } catch (XMLStreamException e) {
        throw failure(file, e.getLocation(), "not well-formed XML: " + cleaned(e), e);
      }
      return new IatiOrgRef(ref, name, type, act);
    }

    private Optional<String> attr(String localName) {
      for (int i = 0; i < r.getAttributeCount(); i++) {
        if (r.getAttributeLocalName(i).equals(localName)) {
          String v = r.getAttributeValue(i).trim();
          return v.isEmpty() ? Optional.empty() : Optional.of(v);
        }
      }
      return Optional.empty();
    }

    /** Reads the element's text (consumes it to its end element). */
    private Optional<String> text() {
      try {
        String t = r.getElementText().trim();
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
      } catch (XMLStreamException e) {
        throw failure(file, e.getLocation(), "not well-formed XML: " + cleaned(e), e);
      }
    }

    private Optional<Integer> code(Optional<String> text, String what) {
      if (text.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(Integer.parseInt(text.get()));
      } catch (NumberFormatException e) {
        issue(r.getLocation().getLineNumber(), DataQualityReport.Action.SKIPPED, what + " is not a number: \"" + text.get() + "\"");
        return Optional.empty();
      }
    }

    private Optional<LocalDate> date(Optional<String> text, String what) {
      if (text.isEmpty()) {
        return Optional.empty();
      }
      String t = text.get();
      try {
        return Optional.of(LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t));
      } catch (DateTimeParseException e) {
        issue(r.getLocation().getLineNumber(), DataQualityReport.Action.SKIPPED, what + " is not an ISO date: \"" + t + "\"");
        return Optional.empty();
      }
    }

    private Optional<BigDecimal> amount(Optional<String> text) {
      if (text.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(new BigDecimal(text.get()));
      } catch (NumberFormatException e) {
        issue(r.getLocation().getLineNumber(), DataQualityReport.Action.SKIPPED, "value is not a number: \"" + text.get() + "\"");
        return Optional.empty();
      }
    }

    private void issue(int line, DataQualityReport.Action action, String reason) {
      issues.add(new DataQualityReport.Entry(file, line, activityId, action, reason));
    }
  }
}
