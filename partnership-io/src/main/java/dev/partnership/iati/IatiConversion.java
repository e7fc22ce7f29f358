package dev.partnership.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.funding.FundingFlow;
import dev.partnership.funding.FundingNetwork;
import dev.partnership.funding.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Converts IATI activities into organisations, a {@link FundingNetwork} and activity links,
 * adding to the data-quality report everything it skips or guesses. It accepts activities one at
 * a time ({@link #accept}), so it works with {@link IatiReader#forEach} on files of any size.
 *
 * <p>Rules, from the IATI guidance on financial transactions and traceability:
 *
 * <ul>
 *   <li>Flows are disbursements (type 3) and incoming funds (type 1). An incoming-funds transaction
 *       that matches a disbursement already read (same provider, receiver, year, currency and
 *       value) is the same money seen from the other side and counts once ({@link #matched()}).
 *       Other transaction types (commitments, expenditure, ...) are not flows between
 *       organisations; they are counted in {@link #otherTransactions()}.
 *   <li>A missing provider of a disbursement, or a missing receiver of incoming funds, is the
 *       reporting organisation (guessed, reported). A missing receiver of a disbursement is the
 *       activity's implementing organisation (role 4) when it names exactly one other than the
 *       reporter, and a missing provider of incoming funds its one funding organisation (role 1)
 *       (guessed, reported); otherwise the transaction is skipped.
 *   <li>An organisation is identified by its {@code @ref} when that is an IATI organisation
 *       identifier; otherwise (no ref, {@code N/A}, or a CRS channel code such as {@code 21000})
 *       by its name (guessed, reported); without ref or name the flow is skipped.
 *   <li>Types come from {@code @type}; a missing or unknown type is {@link OrganizationType#UNKNOWN}
 *       (reported), so the organisation's locality is unknown, never local. No home country is
 *       set: locality rules read the identifier's registration agency ({@code NL-KVK} means the
 *       Netherlands; {@code XM-DAC} and {@code XI-IATI} say nothing).
 *   <li>A value below one cent in absolute terms (such as {@code -1e-10}), an empty value, a
 *       missing currency or date, and a provider equal to the receiver skip the transaction
 *       (reported).
 * </ul>
 *
 * <pre>{@code
 * IatiConversion c = new IatiConversion();
 * IatiReader.Result r = IatiReader.readAll(files);
 * r.activities().forEach(c::accept);
 * FundingNetwork net = c.network();
 * DataQualityReport all = r.report().plus(c.report());
 * }</pre>
 */
public final class IatiConversion {
  private static final Pattern CHANNEL_CODE = Pattern.compile("^[0-9]{5,6}$");
  private static final BigDecimal CENT = new BigDecimal("0.01");

  private final Map<OrganizationId, Organization> organizations = new LinkedHashMap<>();
  private final List<FundingFlow> flows = new ArrayList<>();
  private final List<ActivityLink> links = new ArrayList<>();
  private final List<DataQualityReport.Entry> issues = new ArrayList<>();
  private final Map<String, Integer> unmatchedDisbursements = new HashMap<>();
  private final Map<String, Integer> unmatchedIncoming = new HashMap<>();
  private int matched;
  private int otherTransactions;
  private int activities;

  /** Creates an empty conversion. */
  public IatiConversion() {}

  /** Returns a conversion of all {@code activities}. */
  public static IatiConversion of(List<IatiActivity> activities) {
    IatiConversion c = new IatiConversion();
    checkNotNull(activities, "activities").forEach(c::accept);
    return c;
  }

  /** Adds one activity's organisations, flows and links. */
  public void accept(IatiActivity a) {
    checkNotNull(a, "activity");
    activities++;
    Optional<OrganizationId> reporter = organization(a, a.line(), a.reportingOrg(), "reporting-org");
    for (ParticipatingOrg p : a.participatingOrgs()) {
      if (!p.org().isAnonymous()) {
        organization(a, a.line(), p.org(), "participating-org");
      }
    }
    for (IatiTransaction t : a.transactions()) {
      transaction(a, t, reporter);
    }
  }

  private void transaction(IatiActivity a, IatiTransaction t, Optional<OrganizationId> reporter) {
    int type = t.type().orElse(-1);
    t.provider().flatMap(IatiOrgRef::activityId).filter(id -> !id.equals(a.identifier()))
        .ifPresent(id -> links.add(new ActivityLink(id, a.identifier(), "provider-activity-id", a.file(), t.line())));
    t.receiver().flatMap(IatiOrgRef::activityId).filter(id -> !id.equals(a.identifier()))
        .ifPresent(id -> links.add(new ActivityLink(a.identifier(), id, "receiver-activity-id", a.file(), t.line())));
    if (type != IatiTransaction.DISBURSEMENT && type != IatiTransaction.INCOMING_FUNDS) {
      if (t.type().isEmpty()) {
        issue(a, t.line(), DataQualityReport.Action.SKIPPED, "transaction without type: not a flow");
      } else {
        otherTransactions++;
      }
      return;
    }
    boolean outgoing = type == IatiTransaction.DISBURSEMENT;
    Optional<OrganizationId> provider = party(a, t, t.provider(), outgoing, reporter, "provider");
    Optional<OrganizationId> receiver = party(a, t, t.receiver(), !outgoing, reporter, "receiver");
    if (provider.isEmpty() || receiver.isEmpty()) {
      return;
    }
    if (t.value().isEmpty()) {
      issue(a, t.line(), DataQualityReport.Action.SKIPPED, "value is empty: transaction left out");
      return;
    }
    BigDecimal value = t.value().get();
    if (value.abs().compareTo(CENT) < 0) {
      issue(a, t.line(), DataQualityReport.Action.SKIPPED, "value below one cent: " + value.toString() + " left out");
      return;
    }
    if (t.currency().isEmpty()) {
      issue(a, t.line(), DataQualityReport.Action.SKIPPED, "currency missing: neither the value nor the activity names one");
      return;
    }
    Money amount;
    try {
      amount = Money.of(value, Money.currency(t.currency().get()));
    } catch (IllegalArgumentException e) {
      issue(a, t.line(), DataQualityReport.Action.SKIPPED, "currency not ISO 4217: " + t.currency().get());
      return;
    }
    if (t.date().isEmpty()) {
      issue(a, t.line(), DataQualityReport.Action.SKIPPED, "date missing: transaction left out");
      return;
    }
    if (provider.get().equals(receiver.get())) {
      issue(a, t.line(), DataQualityReport.Action.SKIPPED, "provider equals receiver: " + provider.get() + " transfers to itself");
      return;
    }
    LocalDate date = t.date().get();
    String key = provider.get() + "|" + receiver.get() + "|" + date.getYear() + "|" + amount.currency() + "|" + value.stripTrailingZeros().toPlainString();
    Map<String, Integer> other = outgoing ? unmatchedIncoming : unmatchedDisbursements;
    Map<String, Integer> mine = outgoing ? unmatchedDisbursements : unmatchedIncoming;
    if (other.getOrDefault(key, 0) > 0) {
      other.merge(key, -1, Integer::sum);
      matched++;
      return;
    }
    mine.merge(key, 1, Integer::sum);
    flows.add(
        FundingFlow.builder()
            .provider(provider.get())
            .recipient(receiver.get())
            .amount(amount)
            .year(date.getYear())
            .date(date)
            .source(a.file() + ":" + t.line() + " " + a.identifier() + (outgoing ? " disbursement" : " incoming funds"))
            .build());
  }

  private Optional<OrganizationId> party(
      IatiActivity a, IatiTransaction t, Optional<IatiOrgRef> named, boolean reporterSide, Optional<OrganizationId> reporter, String role) {
    if (named.isPresent() && !named.get().isAnonymous()) {
      Optional<OrganizationId> id = organization(a, t.line(), named.get(), role + "-org");
      if (id.isEmpty()) {
        issue(a, t.line(), DataQualityReport.Action.SKIPPED, role + " not identifiable: transaction left out");
      }
      return id;
    }
    if (reporterSide && reporter.isPresent()) {
      issue(a, t.line(), DataQualityReport.Action.GUESSED, role + " missing: the reporting organisation " + reporter.get());
      return reporter;
    }
    int partnerRole = role.equals("receiver") ? ParticipatingOrg.IMPLEMENTING : ParticipatingOrg.FUNDING;
    ImmutableList<ParticipatingOrg> partners =
        a.withRole(partnerRole).stream()
            .filter(p -> !p.org().isAnonymous())
            .filter(p -> identify(p.org()).id().filter(id -> !id.equals(reporter.orElse(null))).isPresent())
            .collect(ImmutableList.toImmutableList());
    if (partners.size() == 1) {
      Optional<OrganizationId> only = identify(partners.get(0).org()).id();
      issue(a, t.line(), DataQualityReport.Action.GUESSED,
          role + " missing: the activity's only " + (partnerRole == ParticipatingOrg.IMPLEMENTING ? "implementing" : "funding") + " organisation " + only.get());
      return only;
    }
    issue(a, t.line(), DataQualityReport.Action.SKIPPED, role + " missing: transaction left out");
    return Optional.empty();
  }

  /** An identity found for an organisation element, and why it was guessed (if it was). */
  private record Identity(Optional<OrganizationId> id, Optional<String> guess) {}

  private static Identity identify(IatiOrgRef ref) {
    String reason = null;
    if (ref.ref().isPresent() && CHANNEL_CODE.matcher(ref.ref().get()).matches()) {
      reason = "ref is a CRS channel code, not an organisation identifier: \"" + ref.ref().get() + "\"";
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
        return new Identity(Optional.of(byName), Optional.ofNullable(reason).map(r -> r + "; identified by name as " + byName));
      } catch (IllegalArgumentException e) {
        return new Identity(Optional.empty(), Optional.empty());
      }
    }
    return new Identity(Optional.empty(), Optional.empty());
  }

  private Optional<OrganizationId> organization(IatiActivity a, int line, IatiOrgRef ref, String element) {
    Identity identity = identify(ref);
    Optional<OrganizationId> id = identity.id();
    identity.guess().ifPresent(g -> issue(a, line, DataQualityReport.Action.GUESSED, g.replaceFirst(":", " in " + element + ":")));
    if (id.isEmpty()) {
      return id;
    }
    OrganizationId key = id.get();
    if (!organizations.containsKey(key)) {
      // A missing or unknown @type is UNKNOWN, not 90 Other: its locality is then unknown, never
      // local. The home country is left empty: the rules read the identifier's registration
      // agency (NL-KVK -> NL; XM-DAC, XI-IATI -> none), and levels default by type.
      OrganizationType type = ref.type().flatMap(OrganizationType::tryFromIatiCode).orElse(OrganizationType.UNKNOWN);
      if (ref.type().isEmpty()) {
        issue(a, line, DataQualityReport.Action.GUESSED, "organisation type missing in " + element + ": " + key + " taken as type unknown (locality unknown)");
      } else if (OrganizationType.tryFromIatiCode(ref.type().get()).isEmpty()) {
        issue(a, line, DataQualityReport.Action.GUESSED, "organisation type unknown in " + element + ": " + ref.type().get() + " for " + key + " taken as type unknown (locality unknown)");
      }
      organizations.put(key, Organization.builder().id(key).name(ref.name().orElse(key.value())).type(type).build());
    }
    return id;
  }

  private void issue(IatiActivity a, int line, DataQualityReport.Action action, String reason) {
    issues.add(new DataQualityReport.Entry(a.file(), line, a.identifier(), action, reason));
  }

  /** Returns the number of activities accepted. */
  public int activities() {
    return activities;
  }

  /** Returns the organisations found, in order of first appearance. */
  public ImmutableMap<OrganizationId, Organization> organizations() {
    return ImmutableMap.copyOf(organizations);
  }

  /** Returns the funding network of all flows. */
  public FundingNetwork network() {
    return FundingNetwork.builder().organizations(organizations.values()).flows(flows).build();
  }

  /** Returns the activity links (traceability), in reading order. */
  public ImmutableList<ActivityLink> links() {
    return ImmutableList.copyOf(links);
  }

  /** Returns the number of incoming-funds transactions matched to a disbursement and counted once. */
  public int matched() {
    return matched;
  }

  /** Returns the number of transactions of other types than disbursement and incoming funds. */
  public int otherTransactions() {
    return otherTransactions;
  }

  /** Returns what this conversion skipped or guessed. */
  public DataQualityReport report() {
    return new DataQualityReport(ImmutableList.copyOf(issues));
  }
}
