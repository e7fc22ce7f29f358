package dev.partnership.actors;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import dev.partnership.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation that can take part in a partnership: an NGO, a funder, a government body, a
 * network, an informal community group or a movement.
 *
 * <p>Its {@linkplain #localityVerdict() locality} follows the IASC localisation definitions by
 * default, or another {@link LocalityDefinition}; it is unknown (never local) when the type or the
 * home country is missing. When no {@linkplain #levels() levels of operation} are given, they
 * default by type: international NGOs and multilaterals operate globally, regional NGOs regionally,
 * local governments and informal groups locally, everyone else nationally.
 *
 * <pre>{@code
 * var mamaCash = Organization.builder()
 *     .id(OrganizationId.of("NL-KVK-41202535"))
 *     .name("Mama Cash")
 *     .type(OrganizationType.FOUNDATION)
 *     .homeCountry(CountryCode.of("NL"))
 *     .addLevel(OperatingLevel.GLOBAL)
 *     .build();
 * mamaCash.locality()         // INTERNATIONAL
 * mamaCash.localityReason()   // operates only at global level
 * Organization.of("ke-ngo", "A Kenyan NGO", OrganizationType.NATIONAL_NGO, "KE").locality()   // LOCAL_OR_NATIONAL
 * Organization.of("NL-KVK-1", "A Dutch NGO", OrganizationType.NATIONAL_NGO, "NL").locality()   // INTERNATIONAL
 * Organization.of("X", OrganizationType.OTHER).localityReason()
 * // home country unknown: not given, and the identifier x names no country
 * }</pre>
 */
@Value.Immutable
public abstract class Organization {

  Organization() {}

  /** Returns the identifier: IATI {@code PREFIX-NUMBER} or a local slug. */
  public abstract OrganizationId id();

  /** Returns the name, e.g. {@code "Oxfam Novib"}. */
  public abstract String name();

  /** Returns the acronym, if it has one, e.g. {@code "GPPAC"}. */
  public abstract Optional<String> acronym();

  /** Returns the type, following IATI's OrganisationType codelist plus the informal types. */
  public abstract OrganizationType type();

  /** Returns the country where it is headquartered, if known. */
  public abstract Optional<CountryCode> homeCountry();

  /**
   * Returns the international NGO or confederation it is affiliated to, if any (for example {@code
   * "Oxfam International"}). Membership of a network or alliance whose members keep their own
   * fundraising and governance is not an affiliation: do not record it here.
   */
  public abstract Optional<String> affiliation();

  /** Returns the levels at which it operates (never empty: defaults by type). */
  public abstract ImmutableSet<OperatingLevel> levels();

  /**
   * Returns the countries it operates in, when they are recorded (empty when not known), in the
   * order given; the home country need not be one of them. The IASC definitions ask where a local
   * or national actor is headquartered <em>and</em> operates; the {@link LocalityDefinition}s read
   * the home country only, so this fact serves readings that need more (a regional network none of
   * whose countries is an aid recipient). Like the organisation's other facts, its source is the
   * provenance of the membership that holds the organisation.
   *
   * <pre>{@code
   * Organization.builder().id(OrganizationId.of("north-american-network")).name("A North American network")
   *     .type(OrganizationType.REGIONAL_NGO).addCountries(CountryCode.of("US"), CountryCode.of("CA"))
   *     .build().countries()   // [US, CA]
   * }</pre>
   */
  public abstract ImmutableSet<CountryCode> countries();

  /** Returns the acronym if there is one, otherwise the name. */
  public String shortName() {
    return acronym().orElse(name());
  }

  /**
   * Returns the name followed by the acronym in brackets when there is a different one: {@code
   * "WO=MEN Dutch Gender Platform (WO=MEN)"}, as people read an organisation in a result.
   */
  public String fullName() {
    return name() + acronym().filter(a -> !a.equals(name())).map(a -> " (" + a + ")").orElse("");
  }

  /**
   * Returns this organisation's locality under the IASC definitions ({@link
   * LocalityDefinition#IASC}) and the DAC List of ODA Recipients 2024-2025, with the reason: local
   * or national, international, or unknown (never counted as local). See {@link LocalityDefinition}
   * for the rules.
   *
   * <pre>{@code
   * Organization.of("nl-ngo", "A Dutch NGO", OrganizationType.NATIONAL_NGO, "NL").localityVerdict()
   * // INTERNATIONAL: headquartered in NL (Netherlands), not on the DAC List of ODA Recipients 2024-2025
   * }</pre>
   */
  @Value.Lazy
  public LocalityVerdict localityVerdict() {
    return LocalityDefinition.IASC.assess(this, AidRecipients.dac2024to2025());
  }

  /**
   * Returns this organisation's locality under {@code definition} and the aid-recipient list {@code
   * recipients}, with the reason.
   *
   * @throws NullPointerException if an argument is null
   */
  public LocalityVerdict localityVerdict(LocalityDefinition definition, AidRecipients recipients) {
    return checkNotNull(definition, "definition").assess(this, recipients);
  }

  /** Returns the IASC locality ({@link #localityVerdict()} without the reason). */
  public Locality locality() {
    return localityVerdict().locality();
  }

  /** Returns why this organisation has its IASC locality ({@link #localityVerdict()}). */
  public String localityReason() {
    return localityVerdict().reason();
  }

  /**
   * Returns whether this is a local or national actor under the IASC definitions; unknown is not.
   */
  public boolean isLocalOrNational() {
    return locality() == Locality.LOCAL_OR_NATIONAL;
  }

  @Value.Check
  Organization normalize() {
    Checks.checkNotBlank(name(), "name");
    acronym().ifPresent(a -> Checks.checkNotBlank(a, "acronym"));
    affiliation().ifPresent(a -> Checks.checkNotBlank(a, "affiliation"));
    if (levels().isEmpty()) {
      return builder().from(this).addLevel(defaultLevel(type())).build();
    }
    return this;
  }

  private static OperatingLevel defaultLevel(OrganizationType type) {
    switch (type) {
      case INTERNATIONAL_NGO:
      case MULTILATERAL:
        return OperatingLevel.GLOBAL;
      case REGIONAL_NGO:
        return OperatingLevel.REGIONAL;
      case LOCAL_GOVERNMENT:
      case COMMUNITY_GROUP:
      case MOVEMENT:
        return OperatingLevel.LOCAL;
      default:
        return OperatingLevel.NATIONAL;
    }
  }

  /**
   * Returns an organisation with an id made from its name ({@link OrganizationId#slugOf}), no home
   * country and the default levels for its type.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public static Organization of(String name, OrganizationType type) {
    checkNotNull(name, "name");
    checkNotNull(type, "type");
    return builder().id(OrganizationId.slugOf(name)).name(name).type(type).build();
  }

  /**
   * Returns an organisation with an id made from its name, the given type and home country, and the
   * default levels for its type.
   *
   * @throws IllegalArgumentException if the name is blank or the country not an ISO code
   */
  public static Organization of(String name, OrganizationType type, String country) {
    checkNotNull(country, "country");
    return builder().from(of(name, type)).homeCountry(CountryCode.of(country)).build();
  }

  /**
   * Returns an organisation with the given id, name, type and home country.
   *
   * @throws IllegalArgumentException if the id or the country is not valid, or the name is blank
   */
  public static Organization of(String id, String name, OrganizationType type, String country) {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(type, "type");
    checkNotNull(country, "country");
    return builder()
        .id(OrganizationId.of(id))
        .name(name)
        .type(type)
        .homeCountry(CountryCode.of(country))
        .build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organization}; {@code id}, {@code name} and {@code type} are required. */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }

  /**
   * Returns {@code "Women of Kibera (women-of-kibera; COMMUNITY_GROUP; KE; local/national)"}; the
   * locality is the IASC one.
   */
  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder(shortName()).append(" (").append(id()).append("; ").append(type());
    homeCountry().ifPresent(c -> s.append("; ").append(c));
    affiliation().ifPresent(a -> s.append("; affiliated to ").append(a));
    s.append("; ")
        .append(locality() == Locality.UNKNOWN ? "locality unknown" : locality().label())
        .append(')');
    return s.toString();
  }
}
