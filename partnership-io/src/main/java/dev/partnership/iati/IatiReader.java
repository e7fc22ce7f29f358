package dev.partnership.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
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
 * than {@code iati-activities} fail with an {@link IatiFormatException} that says where; so does a
 * path that is a directory, missing or unreadable (the message names the path and the reason).
 *
 * <p>Real files are messy. Flaws inside an activity never stop the reader: an empty or non-numeric
 * value, a date that is not ISO, or a code that is not a number or not in its IATI codelist is read
 * as absent and recorded in the {@link DataQualityReport} with file, line and activity; the
 * conversion then decides what to skip or guess ({@link IatiConversion}). Further:
 *
 * <ul>
 *   <li>A number longer than {@value #MAX_NUMBER_LENGTH} characters or with an exponent of more
 *       than three digits is refused (reported) before {@link BigDecimal} parses it: {@code
 *       <value>1E+999999999</value>} would otherwise exhaust memory at the first arithmetic on it,
 *       and a million-digit value take seconds. The limits are this library's own; the longest
 *       value in the 11 shared real files has 19 characters ({@code -1290199.7694561067}).
 *   <li>Mixed content ({@code <narrative>Ministry <i>of</i> Foreign Affairs</narrative>}, a child
 *       element inside {@code <value>}) is well-formed XML: the text of the child elements is read
 *       as part of the element's text, and each child element is reported.
 *   <li>An {@code iati-activity} nested inside another is read as an activity of its own and
 *       reported; the outer activity keeps everything it has before and after the inner one. The
 *       inner activity is delivered first (it ends first).
 * </ul>
 *
 * <pre>{@code
 * Path sample = Path.of("../shared/data/iati/activities/partnerships-sample.xml");
 * DataQualityReport report = IatiReader.forEach(sample, a -> System.out.println(a));
 * IatiReader.Result all = IatiReader.readAll(List.of(sample));
 * }</pre>
 */
public final class IatiReader {
  /** The deepest element nesting accepted. */
  public static final int MAX_DEPTH = 64;

  /** The longest number text read as a number (characters). */
  public static final int MAX_NUMBER_LENGTH = 64;

  private IatiReader() {}

  /**
   * Activities read from several files, with the report of what was read as absent.
   *
   * @param activities the activities, file by file, in document order
   * @param report the flaws found while reading
   */
  public record Result(ImmutableList<IatiActivity> activities, DataQualityReport report) {
    /** Checks that no part is null. */
    public Result {
      checkNotNull(activities, "activities");
      checkNotNull(report, "report");
    }
  }

  /**
   * Reads every file and keeps all activities (for data sets that fit in memory; use {@link
   * #forEach} to stream).
   *
   * @throws IatiFormatException if a file cannot be read as IATI activities, or is a directory,
   *     missing or unreadable
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
   * @throws IatiFormatException if the file cannot be read as IATI activities, or is a directory,
   *     missing or unreadable (the message names the path and the reason)
   */
  public static DataQualityReport forEach(Path file, Consumer<IatiActivity> consumer) {
    checkNotNull(file, "file");
    checkNotNull(consumer, "consumer");
    if (Files.isDirectory(file)) {
      throw new IatiFormatException(
          file.toString(), "is a directory, not an IATI activities file", null);
    }
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new IatiFormatException(file.toString(), "does not exist", e);
    } catch (AccessDeniedException e) {
      throw new IatiFormatException(file.toString(), "cannot be read: permission denied", e);
    } catch (IOException e) {
      throw new IatiFormatException(file.toString(), "cannot be read: " + e.getMessage(), e);
    }
    try (in) {
      return forEach(in, String.valueOf(file.getFileName()), consumer);
    } catch (IOException e) {
      throw new IatiFormatException(file.toString(), "cannot be closed: " + e.getMessage(), e);
    }
  }

  /**
   * Streams the activities of a stream, naming it {@code name} in reports and errors.
   *
   * @return the flaws found
   * @throws IatiFormatException if the stream cannot be read as IATI activities
   */
  public static DataQualityReport forEach(
      InputStream in, String name, Consumer<IatiActivity> consumer) {
    checkNotNull(in, "in");
    checkNotNull(name, "name");
    checkNotNull(consumer, "consumer");
    XMLStreamReader r;
    try {
      r = hardenedFactory().createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw failure(name, e.getLocation(), "not readable as XML: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw failure(
          name,
          null,
          "not readable as XML: "
              + e.getClass().getSimpleName()
              + " "
              + quote(String.valueOf(e.getMessage())),
          e);
    }
    Parser p = new Parser(name, r, consumer);
    try {
      p.run();
    } catch (XMLStreamException e) {
      throw failure(
          name,
          e.getLocation() != null ? e.getLocation() : r.getLocation(),
          "not well-formed XML: " + cleaned(e),
          e);
    } catch (ConsumerFailure e) {
      throw e.getCause();
    } catch (IatiFormatException e) {
      throw e;
    } catch (RuntimeException e) {
      // The JDK's StAX parser throws unchecked exceptions on some malformed input (found by
      // fuzzing:
      // java.util.MissingResourceException for a control character in a DTD).
      throw failure(
          name,
          location(r),
          "not well-formed XML: the XML parser failed with "
              + e.getClass().getSimpleName()
              + " "
              + quote(String.valueOf(e.getMessage())),
          e);
    } finally {
      try {
        r.close();
      } catch (XMLStreamException | RuntimeException ignored) {
        // closing after a failure; the failure is what matters
      }
    }
    return new DataQualityReport(ImmutableList.copyOf(p.issues));
  }

  private static Location location(XMLStreamReader r) {
    try {
      return r.getLocation();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Carries an exception thrown by the caller's consumer through the parser, unchanged. */
  private static final class ConsumerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConsumerFailure(RuntimeException cause) {
      super(cause);
    }

    @Override
    public synchronized RuntimeException getCause() {
      return (RuntimeException) super.getCause();
    }
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

  /**
   * A decimal number with an exponent of at most three digits, as IATI's xsd:decimal values and
   * more.
   */
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]{1,3})?");

  /** The longest text quoted in a report entry or message. */
  private static final int MAX_QUOTE = 40;

  /** Returns {@code text} in quotes, cut to {@value #MAX_QUOTE} characters. */
  static String quote(String text) {
    return "\"" + (text.length() <= MAX_QUOTE ? text : text.substring(0, MAX_QUOTE) + "...") + "\"";
  }

  /** What is known of one activity while it is read; a nested activity pushes a new one. */
  private static final class Activity {
    final int line;
    final int depth;
    String id = "";
    final Optional<String> defaultCurrency;
    IatiOrgRef reporting =
        new IatiOrgRef(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    final List<ParticipatingOrg> participants = new ArrayList<>();
    final List<IatiTransaction> transactions = new ArrayList<>();
    final List<IatiBudget> budgets = new ArrayList<>();
    // the transaction or budget being read
    String inItem; // "transaction" or "budget"
    int itemDepth;
    int itemLine;
    Optional<TransactionType> txType;
    Optional<LocalDate> txDate;
    Optional<LocalDate> valueDate;
    Optional<BigDecimal> value;
    Optional<String> valueCurrency;
    Optional<IatiOrgRef> provider;
    Optional<IatiOrgRef> receiver;
    Optional<LocalDate> periodStart;
    Optional<LocalDate> periodEnd;

    Activity(int line, int depth, Optional<String> defaultCurrency) {
      this.line = line;
      this.depth = depth;
      this.defaultCurrency = defaultCurrency;
    }

    void startItem(String kind, int depth, int line) {
      inItem = kind;
      itemDepth = depth;
      itemLine = line;
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

    void finishItem() {
      Optional<String> currency = valueCurrency.or(() -> defaultCurrency);
      if (inItem.equals("transaction")) {
        transactions.add(
            new IatiTransaction(
                itemLine, txType, txDate.or(() -> valueDate), value, currency, provider, receiver));
      } else {
        budgets.add(new IatiBudget(itemLine, periodStart, periodEnd, value, currency));
      }
      inItem = null;
    }

    boolean in(String kind) {
      return kind.equals(inItem);
    }
  }

  /** One pass over one document. */
  private static final class Parser {
    private final String file;
    private final XMLStreamReader r;
    private final Consumer<IatiActivity> consumer;
    final List<DataQualityReport.Entry> issues = new ArrayList<>();

    /** The activities open at this point, innermost first. */
    private final Deque<Activity> open = new ArrayDeque<>();

    private int depth;

    Parser(String file, XMLStreamReader r, Consumer<IatiActivity> consumer) {
      this.file = file;
      this.r = r;
      this.consumer = consumer;
    }

    void run() throws XMLStreamException {
      boolean rootSeen = false;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.DTD) {
          throw failure(
              file,
              r.getLocation(),
              "a DOCTYPE is not accepted: DTDs are not processed in IATI files",
              null);
        }
        if (event == XMLStreamConstants.END_ELEMENT) {
          endElement();
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
            throw failure(
                file, r.getLocation(), "root element (" + name + ") must be iati-activities", null);
          }
          continue;
        }
        startElement(name);
      }
      if (!rootSeen) {
        throw failure(
            file, r.getLocation(), "no root element: the file holds no XML document", null);
      }
    }

    private void endElement() {
      Activity a = open.peek();
      if (a != null && depth == a.depth) {
        finishActivity();
      } else if (a != null && a.inItem != null && depth == a.itemDepth) {
        a.finishItem();
      }
      depth--;
    }

    /**
     * Handles a start element below the root; elements whose content is read are consumed to their
     * end.
     */
    private void startElement(String name) throws XMLStreamException {
      if (name.equals("iati-activity")) {
        startActivity();
        return;
      }
      Activity a = open.peek();
      if (a == null) {
        return;
      }
      switch (name) {
        case "iati-identifier":
          if (depth == a.depth + 1) {
            a.id = text(name).orElse("");
            depth--;
          }
          break;
        case "reporting-org":
          a.reporting = orgRef(name, null);
          depth--;
          break;
        case "participating-org":
          {
            Optional<OrganisationRole> role =
                code(attr("role"), "participating-org role")
                    .flatMap(c -> known(OrganisationRole.fromCode(c), c, "participating-org role"));
            a.participants.add(new ParticipatingOrg(role, orgRef(name, "activity-id")));
            depth--;
          }
          break;
        case "transaction":
        case "budget":
          if (a.inItem == null) {
            a.startItem(name, depth, line());
          }
          break;
        case "transaction-type":
          if (a.in("transaction")) {
            a.txType =
                code(attr("code"), "transaction type")
                    .flatMap(c -> known(TransactionType.fromCode(c), c, "transaction type"));
          }
          break;
        case "transaction-date":
          if (a.in("transaction")) {
            a.txDate = date(attr("iso-date"), "transaction date");
          }
          break;
        case "value":
          if (a.inItem != null) {
            a.valueCurrency = attr("currency");
            a.valueDate = date(attr("value-date"), "value date");
            a.value = amount(text(name));
            depth--;
          }
          break;
        case "provider-org":
          if (a.in("transaction")) {
            a.provider = Optional.of(orgRef(name, "provider-activity-id"));
            depth--;
          }
          break;
        case "receiver-org":
          if (a.in("transaction")) {
            a.receiver = Optional.of(orgRef(name, "receiver-activity-id"));
            depth--;
          }
          break;
        case "period-start":
          if (a.in("budget")) {
            a.periodStart = date(attr("iso-date"), "budget period start");
          }
          break;
        case "period-end":
          if (a.in("budget")) {
            a.periodEnd = date(attr("iso-date"), "budget period end");
          }
          break;
        default:
          break;
      }
    }

    private int line() {
      return r.getLocation().getLineNumber();
    }

    private void startActivity() {
      Activity outer = open.peek();
      if (outer != null) {
        issue(
            line(),
            DataQualityReport.Action.REPORTED,
            "iati-activity nested in another: read as an activity of its own; the outer activity "
                + quote(outer.id)
                + " (line "
                + outer.line
                + ") keeps what it had and continues after it");
      }
      open.push(new Activity(line(), depth, attr("default-currency")));
    }

    private void finishActivity() {
      Activity a = open.pop();
      if (a.inItem != null) {
        a.finishItem();
      }
      if (a.id.isEmpty()) {
        issue(
            a.line, DataQualityReport.Action.SKIPPED, "activity without iati-identifier: left out");
      } else {
        IatiActivity activity =
            new IatiActivity(
                file,
                a.line,
                a.id,
                a.reporting,
                a.defaultCurrency,
                ImmutableList.copyOf(a.participants),
                ImmutableList.copyOf(a.transactions),
                ImmutableList.copyOf(a.budgets));
        try {
          consumer.accept(activity);
        } catch (RuntimeException e) {
          throw new ConsumerFailure(e);
        }
      }
    }

    /** Reads an organisation element (consumes it to its end) and its first narrative. */
    private IatiOrgRef orgRef(String element, String activityAttribute) throws XMLStreamException {
      Optional<String> ref = attr("ref");
      Optional<Integer> type = code(attr("type"), "organisation type");
      Optional<String> act = activityAttribute == null ? Optional.empty() : attr(activityAttribute);
      Optional<String> name = Optional.empty();
      int level = 1;
      while (level > 0 && r.hasNext()) {
        int e = r.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          level++;
          if (name.isEmpty() && r.getLocalName().equals("narrative")) {
            name = text(element + "/narrative");
            level--;
          }
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          level--;
        }
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

    /**
     * Reads the text of the current element, child elements' text included, and consumes it to its
     * end element. A child element (mixed content, as in {@code <narrative>Ministry <i>of</i>
     * Foreign Affairs</narrative>}) is reported; its text is kept.
     */
    private Optional<String> text(String element) throws XMLStreamException {
      StringBuilder t = new StringBuilder();
      int level = 1;
      while (level > 0 && r.hasNext()) {
        int e = r.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          level++;
          if (depth + level - 1 > MAX_DEPTH) {
            throw failure(file, r.getLocation(), "elements nest deeper than " + MAX_DEPTH, null);
          }
          issue(
              line(),
              DataQualityReport.Action.REPORTED,
              "element inside "
                  + element
                  + ": <"
                  + r.getLocalName()
                  + "> is not expected there; its text is read as part of "
                  + element);
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          level--;
        } else if (e == XMLStreamConstants.CHARACTERS
            || e == XMLStreamConstants.CDATA
            || e == XMLStreamConstants.SPACE) {
          t.append(r.getText());
        }
      }
      String s = t.toString().trim();
      return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private Optional<Integer> code(Optional<String> text, String what) {
      if (text.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(Integer.parseInt(text.get()));
      } catch (NumberFormatException e) {
        issue(
            line(),
            DataQualityReport.Action.SKIPPED,
            what + " is not a number: " + quote(text.get()));
        return Optional.empty();
      }
    }

    private <T> Optional<T> known(Optional<T> value, int code, String what) {
      if (value.isEmpty()) {
        issue(
            line(),
            DataQualityReport.Action.SKIPPED,
            what + " is not in the IATI codelist: " + code);
      }
      return value;
    }

    private Optional<LocalDate> date(Optional<String> text, String what) {
      if (text.isEmpty()) {
        return Optional.empty();
      }
      String t = text.get();
      try {
        return Optional.of(LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t));
      } catch (DateTimeParseException e) {
        issue(line(), DataQualityReport.Action.SKIPPED, what + " is not an ISO date: " + quote(t));
        return Optional.empty();
      }
    }

    /**
     * Parses a value. Texts longer than {@value IatiReader#MAX_NUMBER_LENGTH} characters or with an
     * exponent of more than three digits are refused before {@link BigDecimal} sees them: {@code
     * 1E+999999999} would otherwise make the first arithmetic on it allocate without bound.
     */
    private Optional<BigDecimal> amount(Optional<String> text) {
      if (text.isEmpty()) {
        return Optional.empty();
      }
      String t = text.get();
      if (t.length() > MAX_NUMBER_LENGTH) {
        issue(
            line(),
            DataQualityReport.Action.SKIPPED,
            "value is too long: "
                + t.length()
                + " characters, at most "
                + MAX_NUMBER_LENGTH
                + " are read as a number");
        return Optional.empty();
      }
      if (!NUMBER.matcher(t).matches()) {
        boolean bigExponent = t.matches("[+-]?[0-9.]+[eE][+-]?[0-9]{4,}");
        issue(
            line(),
            DataQualityReport.Action.SKIPPED,
            bigExponent
                ? "value exponent is too large: " + quote(t) + ", at most three digits"
                : "value is not a number: " + quote(t));
        return Optional.empty();
      }
      return Optional.of(new BigDecimal(t));
    }

    private void issue(int line, DataQualityReport.Action action, String reason) {
      Activity a = open.peek();
      issues.add(new DataQualityReport.Entry(file, line, a == null ? "" : a.id, action, reason));
    }
  }
}
