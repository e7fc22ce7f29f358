package dev.partnership.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.actors.Provenance;
import dev.partnership.funding.FundingFlow;
import dev.partnership.funding.FundingNetwork;
import dev.partnership.funding.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The conversion of IATI activities into organisations, a {@link FundingNetwork} and activity
 * links, with a data-quality report of everything it skipped, guessed or noticed. An immutable
 * result: build one with {@link #of} or, to stream files of any size, with a {@link Builder} fed by
 * {@link IatiReader#forEach} (a builder is for one thread and one import; it is not shared).
 *
 * <p>Rules, from the IATI guidance on financial transactions and traceability:
 *
 * <ul>
 *   <li>Flows are disbursements ({@link TransactionType#DISBURSEMENT}) and incoming funds ({@link
 *       TransactionType#INCOMING_FUNDS}). An incoming-funds transaction that matches a disbursement
 *       already read (same provider, receiver, year, currency and value) is the same money seen
 *       from the other side and counts once ({@link #matched()}). Other transaction types
 *       (commitments, expenditure, ...) are not flows between organisations; they are counted in
 *       {@link #otherTransactions()}.
 *   <li>A missing provider of a disbursement, or a missing receiver of incoming funds, is the
 *       reporting organisation (guessed, reported). A missing receiver of a disbursement is the
 *       activity's implementing organisation ({@link OrganisationRole#IMPLEMENTING}) when it names
 *       exactly one other than the reporter, and a missing provider of incoming funds its one
 *       funding organisation ({@link OrganisationRole#FUNDING}) (guessed, reported); otherwise the
 *       transaction is skipped.
 *   <li>An organisation is identified by its {@code @ref} when that is an IATI organisation
 *       identifier; otherwise (no ref, {@code N/A}, or a CRS channel code such as {@code 21000}) by
 *       its name (guessed, reported); without ref or name the flow is skipped.
 *   <li>Types come from {@code @type}; a missing or unknown type is {@link
 *       OrganizationType#UNKNOWN} (reported), so the organisation's locality is unknown, never
 *       local. No home country is set: locality rules read the identifier's registration agency
 *       ({@code NL-KVK} means the Netherlands; {@code XM-DAC} and {@code XI-IATI} say nothing).
 *   <li>A value below one cent in absolute terms (such as {@code -1e-10}), an empty value, a
 *       missing currency or date, and a provider equal to the receiver skip the transaction
 *       (reported).
 *   <li>A value above {@link #AMOUNT_CEILING} (10^15) in absolute terms is skipped as implausible
 *       (reported). The ceiling is this library's own threshold, not IATI's. In US dollars it is
 *       more than four thousand times the yearly ODA of all DAC members together (USD 223.7 billion
 *       in 2023: OECD, "ODA levels in 2023 - preliminary data", 11 April 2024); in a currency of
 *       small unit value such as the Vietnamese dong it is still about USD 40 billion, far above
 *       any single transaction. It also keeps every sum and share finite in double precision: the
 *       localisation figures computed from a conversion are numbers, never NaN (checked by the fuzz
 *       targets and on the real data).
 *   <li>A negative value (IATI allows them for reversals and corrections) is kept as a negative
 *       flow and reported ({@link DataQualityReport.Action#REPORTED}): the network sums the flows
 *       between two organisations in one currency, so a reversal cancels what it reverses, and a
 *       pair whose sum is not positive carries no money ({@link FundingNetwork#edges}).
 *   <li>A flow the model refuses (a date outside the years {@link FundingFlow} accepts, such as
 *       {@code 2999-01-01} or {@code 0001-01-01}) is skipped with the model's reason.
 *   <li>An activity whose {@code iati-identifier} was read before (in this or an earlier file) is
 *       skipped whole and reported, naming where the first one stands: the first one read is kept,
 *       so no flow counts twice.
 * </ul>
 *
 * <p>Every flow carries a {@linkplain FundingFlow#provenance() provenance} that is not
 * illustrative: its source names the file, the activity's {@code iati-identifier}, the transaction
 * (its type and line) and the reporting organisation, e.g. {@code "IATI file dportal_30.xml,
 * activity XM-DAC-41114-PROJECT-00097578, disbursement at line 120, reported by XM-DAC-41114"}, and
 * its date is the transaction's date (the value date when the transaction date is missing, as the
 * reader reads it). The transaction's date is chosen over the file's {@code generated-datetime}
 * because every flow has one (a transaction without a date is not converted), because it is the
 * date the fact is about, and because a file's {@code generated-datetime} is often the time a
 * portal exported it (d-portal writes its own), not when the publisher stated the flow. {@link
 * FundingFlow#source()} stays the short record locator ({@code file:line identifier type}).
 *
 * <p>Nothing inside an activity stops the conversion: every flaw becomes a report entry with file,
 * line, activity and reason, and the conversion goes on with the next transaction.
 *
 * <pre>{@code
 * IatiConversion.Builder b = IatiConversion.builder();
 * DataQualityReport read = IatiReader.forEach(Path.of("../shared/data/iati/activities/dportal_30.xml"), b::accept);
 * IatiConversion c = b.build();
 * FundingNetwork net = c.network();
 * DataQualityReport all = read.plus(c.report());
 * }</pre>
 */
public final class IatiConversion {
  /**
   * The largest absolute value converted into a flow: 10^15 in any currency. This library's own
   * threshold (see the class comment).
   */
  public static final BigDecimal AMOUNT_CEILING = BigDecimal.TEN.pow(15);

  private static final Pattern CHANNEL_CODE = Pattern.compile("^[0-9]{5,6}$");
  private static final BigDecimal CENT = new BigDecimal("0.01");

  private final int activities;
  private final ImmutableMap<OrganizationId, Organization> organizations;
  private final FundingNetwork network;
  private final ImmutableList<ActivityLink> links;
  private final int matched;
  private final int otherTransactions;
  private final DataQualityReport report;

  private IatiConversion(Builder b) {
    this.activities = b.activities;
    this.organizations = ImmutableMap.copyOf(b.organizations);
    this.network =
        FundingNetwork.builder().organizations(organizations.values()).flows(b.flows).build();
    this.links = ImmutableList.copyOf(b.links);
    this.matched = b.matched;
    this.otherTransactions = b.otherTransactions;
    this.report = new DataQualityReport(ImmutableList.copyOf(b.issues));
  }

  /** Returns a conversion of all {@code activities}, in order. */
  public static IatiConversion of(List<IatiActivity> activities) {
    checkNotNull(activities, "activities");
    Builder b = builder();
    for (int i = 0; i < activities.size(); i++) {
      b.accept(checkNotNull(activities.get(i), "activities[%s]", i));
    }
    return b.build();
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the number of activities accepted (duplicates skipped included). */
  public int activities() {
    return activities;
  }

  /** Returns the organisations found, in order of first appearance. */
  public ImmutableMap<OrganizationId, Organization> organizations() {
    return organizations;
  }

  /** Returns the funding network of all flows. */
  public FundingNetwork network() {
    return network;
  }

  /** Returns the activity links (traceability), in reading order. */
  public ImmutableList<ActivityLink> links() {
    return links;
  }

  /**
   * Returns the number of incoming-funds transactions matched to a disbursement and counted once.
   */
  public int matched() {
    return matched;
  }

  /** Returns the number of transactions of other types than disbursement and incoming funds. */
  public int otherTransactions() {
    return otherTransactions;
  }

  /** Returns what this conversion skipped, guessed or reported. */
  public DataQualityReport report() {
    return report;
  }

  @Override
  public String toString() {
    return "IatiConversion of "
        + activities
        + " activities: "
        + network
        + ", "
        + links.size()
        + " links, "
        + report;
  }

  /**
   * Accumulates a conversion, one activity at a time; {@link #build} returns the immutable result.
   * Not thread-safe: one builder per import.
   */
  public static final class Builder {
    private final Map<OrganizationId, Organization> organizations = new LinkedHashMap<>();
    private final List<FundingFlow> flows = new ArrayList<>();
    private final List<ActivityLink> links = new ArrayList<>();
    private final List<DataQualityReport.Entry> issues = new ArrayList<>();
    private final Map<String, Integer> unmatchedDisbursements = new HashMap<>();
    private final Map<String, Integer> unmatchedIncoming = new HashMap<>();
    private final Map<String, String> firstSeen = new HashMap<>();
    private int matched;
    private int otherTransactions;
    private int activities;

    private Builder() {}

    /**
     * Adds one activity's organisations, flows and links; never stops inside it: whatever cannot be
     * converted is a report entry.
     *
     * @return this builder
     */
    public Builder accept(IatiActivity a) {
      checkNotNull(a, "activity");
      activities++;
      String where = a.file() + ":" + a.line();
      String first = firstSeen.putIfAbsent(a.identifier(), where);
      if (first != null) {
        issue(
            a,
            a.line(),
            DataQualityReport.Action.SKIPPED,
            "duplicate iati-identifier: first read at "
                + first
                + ", which is kept; this activity is left out");
        return this;
      }
      Optional<OrganizationId> reporter =
          safeOrganization(a, a.line(), a.reportingOrg(), "reporting-org");
      for (ParticipatingOrg p : a.participatingOrgs()) {
        if (!p.org().isAnonymous()) {
          safeOrganization(a, a.line(), p.org(), "participating-org");
        }
      }
      for (IatiTransaction t : a.transactions()) {
        transaction(a, t, reporter);
      }
      return this;
    }

    /** Returns the conversion of everything accepted so far. */
    public IatiConversion build() {
      return new IatiConversion(this);
    }

    /**
     * The organisation of an element, or empty (reported) when the model refuses what the element
     * says.
     */
    private Optional<OrganizationId> safeOrganization(
        IatiActivity a, int line, IatiOrgRef ref, String element) {
      try {
        return organization(a, line, ref, element);
      } catch (IllegalArgumentException | IllegalStateException e) {
        issue(
            a,
            line,
            DataQualityReport.Action.SKIPPED,
            "organisation refused by the model in " + element + ": " + e.getMessage());
        return Optional.empty();
      }
    }

    private void transaction(IatiActivity a, IatiTransaction t, Optional<OrganizationId> reporter) {
      t.provider()
          .flatMap(IatiOrgRef::activityId)
          .filter(id -> !id.equals(a.identifier()))
          .ifPresent(
              id ->
                  links.add(
                      new ActivityLink(
                          id, a.identifier(), "provider-activity-id", a.file(), t.line())));
      t.receiver()
          .flatMap(IatiOrgRef::activityId)
          .filter(id -> !id.equals(a.identifier()))
          .ifPresent(
              id ->
                  links.add(
                      new ActivityLink(
                          a.identifier(), id, "receiver-activity-id", a.file(), t.line())));
      if (t.type().isEmpty()) {
        issue(
            a, t.line(), DataQualityReport.Action.SKIPPED, "transaction without type: not a flow");
        return;
      }
      TransactionType type = t.type().get();
      if (type != TransactionType.DISBURSEMENT && type != TransactionType.INCOMING_FUNDS) {
        otherTransactions++;
        return;
      }
      boolean outgoing = type == TransactionType.DISBURSEMENT;
      Optional<OrganizationId> provider = party(a, t, t.provider(), outgoing, reporter, "provider");
      Optional<OrganizationId> receiver =
          party(a, t, t.receiver(), !outgoing, reporter, "receiver");
      if (provider.isEmpty() || receiver.isEmpty()) {
        return;
      }
      Optional<FundingFlow> flow = flow(a, t, provider.get(), receiver.get(), outgoing);
      if (flow.isEmpty()) {
        return;
      }
      FundingFlow f = flow.get();
      if (f.amount().amount().signum() < 0) {
        issue(
            a,
            t.line(),
            DataQualityReport.Action.REPORTED,
            "negative value (a reversal or correction in IATI): "
                + f.amount()
                + " kept as a negative flow, netted against the flows"
                + " between the same organisations in that currency");
      }
      String key =
          f.provider()
              + "|"
              + f.recipient()
              + "|"
              + f.year()
              + "|"
              + f.amount().currency()
              + "|"
              + f.amount().amount().stripTrailingZeros().toPlainString();
      Map<String, Integer> other = outgoing ? unmatchedIncoming : unmatchedDisbursements;
      Map<String, Integer> mine = outgoing ? unmatchedDisbursements : unmatchedIncoming;
      if (other.getOrDefault(key, 0) > 0) {
        other.merge(key, -1, Integer::sum);
        matched++;
        return;
      }
      mine.merge(key, 1, Integer::sum);
      flows.add(f);
    }

    /**
     * Checks a transaction's value, currency, date and parties and builds its flow, or reports why
     * not.
     */
    private Optional<FundingFlow> flow(
        IatiActivity a,
        IatiTransaction t,
        OrganizationId provider,
        OrganizationId receiver,
        boolean outgoing) {
      Optional<String> refusal = refusal(t, provider, receiver);
      if (refusal.isPresent()) {
        issue(a, t.line(), DataQualityReport.Action.SKIPPED, refusal.get());
        return Optional.empty();
      }
      BigDecimal value = t.value().get();
      LocalDate date = t.date().get();
      try {
        Money amount = Money.of(value, Money.currency(t.currency().get()));
        // the flow checks its year first, so a refused date keeps the flow's message; a date it
        // accepts (years 1900 to 2200) is one a provenance accepts
        FundingFlow flow =
            FundingFlow.builder()
                .provider(provider)
                .recipient(receiver)
                .amount(amount)
                .year(date.getYear())
                .date(date)
                .source(
                    a.file()
                        + ":"
                        + t.line()
                        + " "
                        + a.identifier()
                        + (outgoing ? " disbursement" : " incoming funds"))
                .build();
        return Optional.of(flow.withProvenance(provenance(a, t, outgoing, date)));
      } catch (IllegalArgumentException | IllegalStateException e) {
        issue(
            a,
            t.line(),
            DataQualityReport.Action.SKIPPED,
            "flow refused by the model: " + e.getMessage() + "; transaction left out");
        return Optional.empty();
      }
    }

    /**
     * Returns where a transaction's flow comes from: file, activity, transaction and reporter, of
     * the transaction's date, not illustrative (see the class comment).
     */
    private static Provenance provenance(
        IatiActivity a, IatiTransaction t, boolean outgoing, LocalDate date) {
      Optional<String> reporter = a.reportingOrg().ref().filter(r -> !r.isBlank());
      return Provenance.of(
          "IATI file "
              + a.file()
              + ", activity "
              + a.identifier()
              + ", "
              + (outgoing ? "disbursement" : "incoming funds")
              + " at line "
              + t.line()
              + reporter.map(r -> ", reported by " + r).orElse(""),
          date);
    }

    /** Returns why a transaction with these parties cannot be a flow, or empty when it can. */
    private Optional<String> refusal(
        IatiTransaction t, OrganizationId provider, OrganizationId receiver) {
      if (t.value().isEmpty()) {
        return Optional.of("value is empty: transaction left out");
      }
      BigDecimal value = t.value().get();
      if (value.abs().compareTo(CENT) < 0) {
        return Optional.of("value below one cent: " + shortly(value) + " left out");
      }
      if (value.abs().compareTo(AMOUNT_CEILING) > 0) {
        return Optional.of(
            "value above the ceiling: "
                + shortly(value)
                + " is more than 10^15 in any currency, taken as implausible and left out");
      }
      if (t.currency().isEmpty()) {
        return Optional.of("currency missing: neither the value nor the activity names one");
      }
      if (!isCurrency(t.currency().get())) {
        return Optional.of("currency not ISO 4217: " + IatiReader.quote(t.currency().get()));
      }
      if (t.date().isEmpty()) {
        return Optional.of("date missing: transaction left out");
      }
      if (provider.equals(receiver)) {
        return Optional.of("provider equals receiver: " + provider + " transfers to itself");
      }
      if (!organizations.containsKey(provider) || !organizations.containsKey(receiver)) {
        return Optional.of(
            "organisation not converted: "
                + (organizations.containsKey(provider) ? receiver : provider)
                + " was refused above; transaction left out");
      }
      return Optional.empty();
    }

    private Optional<OrganizationId> party(
        IatiActivity a,
        IatiTransaction t,
        Optional<IatiOrgRef> named,
        boolean reporterSide,
        Optional<OrganizationId> reporter,
        String role) {
      if (named.isPresent() && !named.get().isAnonymous()) {
        Optional<OrganizationId> id = safeOrganization(a, t.line(), named.get(), role + "-org");
        if (id.isEmpty()) {
          issue(
              a,
              t.line(),
              DataQualityReport.Action.SKIPPED,
              role + " not identifiable: transaction left out");
        }
        return id;
      }
      if (reporterSide && reporter.isPresent()) {
        issue(
            a,
            t.line(),
            DataQualityReport.Action.GUESSED,
            role + " missing: the reporting organisation " + reporter.get());
        return reporter;
      }
      OrganisationRole partnerRole =
          role.equals("receiver") ? OrganisationRole.IMPLEMENTING : OrganisationRole.FUNDING;
      ImmutableList<ParticipatingOrg> partners =
          a.withRole(partnerRole).stream()
              .filter(p -> !p.org().isAnonymous())
              .filter(
                  p ->
                      identify(p.org())
                          .id()
                          .filter(id -> !id.equals(reporter.orElse(null)))
                          .isPresent())
              .collect(ImmutableList.toImmutableList());
      if (partners.size() == 1) {
        Optional<OrganizationId> only = identify(partners.get(0).org()).id();
        issue(
            a,
            t.line(),
            DataQualityReport.Action.GUESSED,
            role
                + " missing: the activity's only "
                + (partnerRole == OrganisationRole.IMPLEMENTING ? "implementing" : "funding")
                + " organisation "
                + only.get());
        return only;
      }
      issue(a, t.line(), DataQualityReport.Action.SKIPPED, role + " missing: transaction left out");
      return Optional.empty();
    }

    private Optional<OrganizationId> organization(
        IatiActivity a, int line, IatiOrgRef ref, String element) {
      Identity identity = identify(ref);
      Optional<OrganizationId> id = identity.id();
      identity
          .guess()
          .ifPresent(
              g ->
                  issue(
                      a,
                      line,
                      DataQualityReport.Action.GUESSED,
                      g.replaceFirst(":", " in " + element + ":")));
      if (id.isEmpty()) {
        return id;
      }
      OrganizationId key = id.get();
      if (!organizations.containsKey(key)) {
        // A missing or unknown @type is UNKNOWN, not 90 Other: its locality is then unknown, never
        // local. The home country is left empty: the rules read the identifier's registration
        // agency (NL-KVK -> NL; XM-DAC, XI-IATI -> none), and levels default by type.
        OrganizationType type =
            ref.type().flatMap(OrganizationType::tryFromIatiCode).orElse(OrganizationType.UNKNOWN);
        if (ref.type().isEmpty()) {
          issue(
              a,
              line,
              DataQualityReport.Action.GUESSED,
              "organisation type missing in "
                  + element
                  + ": "
                  + key
                  + " taken as type unknown (locality unknown)");
        } else if (OrganizationType.tryFromIatiCode(ref.type().get()).isEmpty()) {
          issue(
              a,
              line,
              DataQualityReport.Action.GUESSED,
              "organisation type unknown in "
                  + element
                  + ": "
                  + ref.type().get()
                  + " for "
                  + key
                  + " taken as type unknown (locality unknown)");
        }
        organizations.put(
            key,
            Organization.builder().id(key).name(ref.name().orElse(key.value())).type(type).build());
      }
      return id;
    }

    private void issue(IatiActivity a, int line, DataQualityReport.Action action, String reason) {
      issues.add(new DataQualityReport.Entry(a.file(), line, a.identifier(), action, reason));
    }
  }

  private static boolean isCurrency(String code) {
    try {
      Money.currency(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Returns a number for a report entry: plain when short, else in scientific notation. */
  private static String shortly(BigDecimal value) {
    return value.precision() <= 20 && Math.abs(value.scale()) <= 20
        ? value.toString()
        : value.round(new MathContext(6)).toString();
  }

  /** An identity found for an organisation element, and why it was guessed (if it was). */
  private record Identity(Optional<OrganizationId> id, Optional<String> guess) {}

  private static Identity identify(IatiOrgRef ref) {
    String reason = null;
    if (ref.ref().isPresent() && CHANNEL_CODE.matcher(ref.ref().get()).matches()) {
      reason =
          "ref is a CRS channel code, not an organisation identifier: \"" + ref.ref().get() + "\"";
    } else if (ref.ref().isPresent()) {
      String text = ref.ref().get();
      try {
        OrganizationId parsed = OrganizationId.of(text);
        if (parsed.isIati()) {
          return new Identity(Optional.of(parsed), Optional.empty());
        }
      } catch (IllegalArgumentException e) {
        // not an identifier: fall back to the name below
      }
      reason = "ref is not an IATI identifier: \"" + text + "\"";
    }
    if (ref.name().isPresent()) {
      try {
        OrganizationId byName = OrganizationId.slugOf(ref.name().get());
        return new Identity(
            Optional.of(byName),
            Optional.ofNullable(reason).map(r -> r + "; identified by name as " + byName));
      } catch (IllegalArgumentException e) {
        return new Identity(Optional.empty(), Optional.empty());
      }
    }
    return new Identity(Optional.empty(), Optional.empty());
  }
}
