package dev.partnership.examples;

import static dev.partnership.model.PartnershipQueries.localAndNationalShare;
import static dev.partnership.model.PartnershipQueries.membersWithRole;

import dev.partnership.actors.Organization;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.Role;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Models GPPAC from public facts and prints its members, their roles, their IASC locality and the
 * localisation share of the membership.
 *
 * <p>Run it with {@code mvn -q -pl partnership-examples -am compile exec:java}.
 */
public final class GppacExample {
  private GppacExample() {}

  /**
   * Prints the GPPAC report to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(Alliances.gppac(), System.out);
  }

  static void print(Partnership p, PrintStream out) {
    out.println("# " + p.name() + " (" + p.id() + ")");
    out.println();
    out.println("Form: " + p.form() + "; secretariat: " + p.secretariat().map(Object::toString).orElse("none"));
    out.println();
    out.println("## Members");
    out.println();
    out.println("| Member | Type | Roles | Locality |");
    out.println("|---|---|---|---|");
    for (Membership m : p.members()) {
      Organization o = m.organization();
      String locality =
          o.isLocalOrNational() ? "local/national" : "international: " + o.localityReason();
      out.println("| " + o.shortName() + " | " + o.type().label() + " | " + m.roles() + " | " + locality + " |");
    }
    out.println();
    out.println("## Roles");
    out.println();
    for (Role role : Role.values()) {
      int n = p.query(membersWithRole(role)).size();
      if (n > 0) {
        out.println("- " + role + ": " + n);
      }
    }
    out.println();
    var share = p.query(localAndNationalShare());
    out.println(
        String.format(
            Locale.ROOT,
            "Local and national actors: %s of %d members (%.1f%%)",
            share,
            p.members().size(),
            100 * share.doubleValue()));
  }
}
