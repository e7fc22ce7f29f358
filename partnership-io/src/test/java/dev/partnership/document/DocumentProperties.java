package dev.partnership.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnership.model.ModelGenerators;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipOperator;
import dev.partnership.participation.Assessment;
import dev.partnership.participation.ParticipationGenerators;
import dev.partnership.scenario.Scenario;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Laws of documents: write then read is the identity; written documents follow the schema. */
class DocumentProperties {

  @Test
  void writingThenReadingAPartnershipGivesAnEqualPartnership() {
    qt().withExamples(400)
        .forAll(DocumentGenerators.partnerships())
        .checkAssert(
            p -> {
              for (Format f : Format.values()) {
                String text = PartnershipDocuments.write(p, f);
                assertEquals(p, PartnershipDocuments.read(new StringReader(text), "p", f), text);
              }
            });
  }

  @Test
  void writingThenReadingASessionGivesAnEqualSession() {
    qt().withExamples(400)
        .forAll(ParticipationGenerators.assessments())
        .checkAssert(
            a -> {
              for (Format f : Format.values()) {
                String text = PartnershipDocuments.write(a, f);
                assertEquals(
                    a, PartnershipDocuments.readAssessment(new StringReader(text), "a", f), text);
              }
            });
  }

  @Test
  void everyWrittenDocumentFollowsTheSchema() {
    qt().withExamples(200)
        .forAll(DocumentGenerators.partnerships(), ParticipationGenerators.assessments())
        .checkAssert(
            (p, a) -> {
              for (Format f : Format.values()) {
                String partnership = PartnershipDocuments.write(p, f);
                assertEquals("", Schemas.complaints(partnership, f), partnership);
                String session = PartnershipDocuments.write(a, f);
                assertEquals("", Schemas.complaints(session, f), session);
              }
            });
  }

  @Test
  void aBrokenDocumentIsReadWholeOrRefusedWithAPointer() {
    ObjectMapper json = new ObjectMapper();
    qt().withExamples(1000)
        .forAll(DocumentGenerators.partnerships(), longs().all())
        .checkAssert(
            (p, seed) -> {
              SplittableRandom r = new SplittableRandom(seed);
              JsonNode tree;
              try {
                tree = json.readTree(PartnershipDocuments.write(p, Format.JSON));
              } catch (Exception e) {
                throw new AssertionError(e);
              }
              for (int i = 0; i < 1 + r.nextInt(3); i++) {
                mutate(tree, r);
              }
              String text = tree.toString();
              try {
                Partnership read = PartnershipDocuments.readJson(text);
                // what is read is a value the model built, so every invariant holds; reading it
                // back from its own document gives it again
                assertEquals(
                    read,
                    PartnershipDocuments.readJson(PartnershipDocuments.write(read, Format.JSON)));
              } catch (DocumentException e) {
                assertTrue(e.getMessage().startsWith("<json>:"), e.getMessage());
                assertTrue(e.pointer().isEmpty() || e.pointer().startsWith("/"), e.getMessage());
                assertTrue(
                    e.getMessage().contains(e.pointer().isEmpty() ? "/" : e.pointer()),
                    e.getMessage());
              }
            });
  }

  /** Changes one element somewhere in the tree: drops, renames, retypes or duplicates it. */
  private static void mutate(JsonNode root, SplittableRandom r) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = containers.get(r.nextInt(containers.size()));
    if (target instanceof ObjectNode) {
      ObjectNode o = (ObjectNode) target;
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      if (names.isEmpty()) {
        o.put("extra", 1);
        return;
      }
      String name = names.get(r.nextInt(names.size()));
      switch (r.nextInt(6)) {
        case 0:
          o.remove(name);
          break;
        case 1:
          o.set(name + "s", o.remove(name));
          break;
        case 2:
          o.put(name, "ZZ");
          break;
        case 3:
          o.put(name, r.nextLong());
          break;
        case 4:
          o.putNull(name);
          break;
        default:
          o.put(name, r.nextBoolean());
      }
    } else {
      ArrayNode a = (ArrayNode) target;
      if (a.isEmpty() || r.nextBoolean()) {
        a.add(a.isEmpty() ? "x" : a.get(0).deepCopy().toString());
      } else {
        a.add(a.get(r.nextInt(a.size())).deepCopy());
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        collect(it.next(), out);
      }
    }
  }

  @Test
  void readingNeverThrowsAnythingButDocumentExceptionForSessions() {
    ObjectMapper json = new ObjectMapper();
    qt().withExamples(500)
        .forAll(ParticipationGenerators.assessments(), longs().all())
        .checkAssert(
            (Assessment a, Long seed) -> {
              SplittableRandom r = new SplittableRandom(seed);
              JsonNode tree;
              try {
                tree = json.readTree(PartnershipDocuments.write(a, Format.JSON));
              } catch (Exception e) {
                throw new AssertionError(e);
              }
              mutate(tree, r);
              try {
                PartnershipDocuments.readAssessment(
                    new StringReader(tree.toString()), "s.json", Format.JSON);
              } catch (DocumentException e) {
                assertTrue(e.getMessage().startsWith("s.json:"), e.getMessage());
              }
            });
  }

  @Test
  void writingThenReadingAScenarioGivesAnEqualScenario() {
    qt().withExamples(300)
        .forAll(DocumentGenerators.scenarios())
        .checkAssert(
            s -> {
              for (Format f : Format.values()) {
                String text = PartnershipDocuments.write(s, f);
                assertEquals(
                    s, PartnershipDocuments.readScenario(new StringReader(text), "s", f), text);
                assertEquals("", Schemas.complaints(text, f), text);
              }
            });
  }

  @Test
  void everyGeneratedOperatorHasADocumentFormAndReadsBackAsTheSameChange() {
    qt().withExamples(2000)
        .forAll(
            ModelGenerators.partnershipsWithFacets(),
            ModelGenerators.organizations(),
            longs().all())
        .checkAssert(
            (p, outsider, seed) -> {
              SplittableRandom r = new SplittableRandom(seed);
              PartnershipOperator op =
                  r.nextInt(4) == 0
                      ? DocumentGenerators.factOperator(p, outsider, r)
                      : ModelGenerators.operator(p, outsider, r.nextLong());
              assertTrue(ScenarioMapping.hasDocumentForm(op), op.toString());
              Scenario s = Scenario.start(p).then("2022-01", "one step", op);
              Scenario read =
                  PartnershipDocuments.readScenarioYaml(PartnershipDocuments.write(s, Format.YAML));
              assertEquals(s, read);
              // equal calls are not enough: the read operator must make the same change
              PartnershipOperator back = read.steps().get(0).operators().get(0);
              assertEquals(op.whyNotApplicable(p), back.whyNotApplicable(p), op.toString());
              if (op.isApplicableTo(p)) {
                assertEquals(op.apply(p), back.apply(p), op.toString());
              }
            });
  }
}
