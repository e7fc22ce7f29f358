package dev.partnership.document;

import dev.partnership.analysis.Lessons;
import dev.partnership.analysis.Principle;
import dev.partnership.analysis.RiskRules;
import dev.partnership.analysis.RuleSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule-set document: a selection, in order, of the library's rules by id. Rules are code, so a
 * document selects them and cannot define new ones.
 */
final class RuleSetMapping {
  private RuleSetMapping() {}

  static final String FORMAT = "rule-set/1";

  /** Every rule a document can select: the meet-up lessons, then the risk rules. */
  static Map<String, Principle> catalogue() {
    Map<String, Principle> all = new LinkedHashMap<>();
    Lessons.meetup().rules().forEach(r -> all.put(r.id(), r));
    RiskRules.rules().rules().forEach(r -> all.put(r.id(), r));
    return all;
  }

  static Map<String, Object> write(RuleSet rules) {
    Map<String, Principle> catalogue = catalogue();
    List<Object> ids = new ArrayList<>();
    for (Principle p : rules.rules()) {
      if (catalogue.get(p.id()) != p) {
        throw new IllegalArgumentException(
            "rule ("
                + Texts.shortly(p.id())
                + ") is not one of the library's rules; a rule-set document can only select those");
      }
      ids.add(p.id());
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    m.put("rules", ids);
    return m;
  }

  static RuleSet read(In in, Node root) {
    in.object(root, "format", "rules");
    Map<String, Principle> catalogue = catalogue();
    List<Principle> rules = new ArrayList<>();
    for (Node n : in.list(in.required(root, "rules"))) {
      Principle p = catalogue.get(in.string(n));
      if (p == null) {
        throw in.error(
            n,
            "must be the id of one of the library's rules: "
                + String.join(", ", catalogue.keySet()));
      }
      if (rules.contains(p)) {
        throw in.error(n, "is selected twice");
      }
      rules.add(p);
    }
    return in.model(root, () -> RuleSet.of(rules));
  }
}
