package dev.partnership.risk;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import dev.partnership.actors.CountryCode;
import dev.partnership.actors.Provenance;
import dev.partnership.internal.Checks;
import java.util.HashSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A partnership's risk register and the civic space of the countries it works in.
 *
 * <pre>{@code
 * RiskRegister.builder().addRisk(r1).putCivicSpace(CountryCode.of("UG"), CivicSpace.REPRESSED).build()
 * }</pre>
 */
@Value.Immutable
public abstract class RiskRegister implements WithRiskRegister {
  RiskRegister() {}

  /** Returns the risks. */
  public abstract ImmutableList<Risk> risks();

  /** Returns the CIVICUS rating per country. */
  public abstract ImmutableMap<CountryCode, CivicSpace> civicSpace();

  /**
   * Returns where the civic space ratings come from (e.g. the CIVICUS Monitor and the date of the
   * rating), for those recorded; every key is a country of {@link #civicSpace()} (the provenance of
   * a rating no longer held is dropped when built).
   */
  public abstract ImmutableMap<CountryCode, Provenance> civicSpaceProvenance();

  /**
   * Checks that risk ids are distinct, and drops the provenance of a rating no longer held (the
   * rating is gone, so is where it came from).
   */
  @Value.Check
  RiskRegister normalize() {
    Set<String> ids = new HashSet<>();
    for (Risk r : risks()) {
      Checks.checkField(ids.add(r.id()), "risks", r.id(), "must have distinct ids");
    }
    if (!civicSpace().keySet().containsAll(civicSpaceProvenance().keySet())) {
      return builder()
          .from(this)
          .civicSpaceProvenance(Maps.filterKeys(civicSpaceProvenance(), civicSpace()::containsKey))
          .build();
    }
    return this;
  }

  /** Returns an empty register. */
  public static RiskRegister empty() {
    return builder().build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RiskRegister}. */
  public static final class Builder extends ImmutableRiskRegister.Builder {
    Builder() {}
  }
}
