package dev.partnership.funding;

import dev.partnership.actors.Locality;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.math.Fraction;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain reference for {@link Localisation} on acyclic networks: nets every provider-recipient
 * pair exactly, then follows every path from the funder with exact fractions. Shares, in order:
 * received directly, through one, through more; kept directly, through one, through more;
 * international; unclassified.
 */
final class PathReference {
  final Fraction[] shares = new Fraction[8];
  final BigDecimal total;
  int negativeNets;
  private final FundingNetwork net;
  private final LocalisationScope scope;
  private final Map<OrganizationId, Map<OrganizationId, BigDecimal>> edges = new LinkedHashMap<>();
  private final Map<OrganizationId, BigDecimal> in = new HashMap<>();
  private final Map<OrganizationId, BigDecimal> out = new HashMap<>();

  PathReference(FundingNetwork net, OrganizationId funder, LocalisationScope scope) {
    this.net = net;
    this.scope = scope;
    Arrays.fill(shares, Fraction.ZERO);
    Map<List<OrganizationId>, BigDecimal> pairs = new LinkedHashMap<>();
    for (FundingFlow f : net.flows()) {
      pairs.merge(List.of(f.provider(), f.recipient()), f.amount().amount(), BigDecimal::add);
    }
    BigDecimal t = BigDecimal.ZERO;
    for (Map.Entry<List<OrganizationId>, BigDecimal> e : pairs.entrySet()) {
      BigDecimal v = e.getValue();
      if (v.signum() < 0) {
        negativeNets++;
      }
      if (v.signum() > 0) {
        OrganizationId p = e.getKey().get(0);
        OrganizationId r = e.getKey().get(1);
        edges.computeIfAbsent(p, k -> new LinkedHashMap<>()).put(r, v);
        out.merge(p, v, BigDecimal::add);
        in.merge(r, v, BigDecimal::add);
        t = p.equals(funder) ? t.add(v) : t;
      }
    }
    total = t;
    for (Map.Entry<OrganizationId, BigDecimal> e :
        edges.getOrDefault(funder, Map.of()).entrySet()) {
      follow(e.getKey(), Fraction.of(e.getValue()).divide(Fraction.of(total)), 0, false);
    }
  }

  private Fraction pass(OrganizationId x) {
    BigDecimal i = in.getOrDefault(x, BigDecimal.ZERO);
    BigDecimal o = out.getOrDefault(x, BigDecimal.ZERO);
    if (i.signum() == 0) {
      return o.signum() > 0 ? Fraction.ONE : Fraction.ZERO;
    }
    Fraction r = Fraction.of(o).divide(Fraction.of(i));
    return r.compareTo(Fraction.ONE) > 0 ? Fraction.ONE : r;
  }

  private void follow(OrganizationId x, Fraction mass, int intermediaries, boolean received) {
    Organization o = net.organization(x).orElseThrow();
    Locality l = scope.definition().assess(o, scope.recipients()).locality();
    int depth = Math.min(intermediaries, 2);
    boolean local = l == Locality.LOCAL_OR_NATIONAL;
    if (local && !received) {
      shares[depth] = shares[depth].add(mass);
    }
    Fraction pass = pass(x);
    Fraction keep = mass.multiply(Fraction.ONE.subtract(pass));
    int bucket = local ? 3 + depth : l == Locality.INTERNATIONAL ? 6 : 7;
    shares[bucket] = shares[bucket].add(keep);
    for (Map.Entry<OrganizationId, BigDecimal> e : edges.getOrDefault(x, Map.of()).entrySet()) {
      Fraction share = Fraction.of(e.getValue()).divide(Fraction.of(out.get(x)));
      follow(
          e.getKey(), mass.multiply(pass).multiply(share), intermediaries + 1, received || local);
    }
  }
}
