package dev.partnership.benchmarks;

import dev.partnership.iati.IatiConversion;
import dev.partnership.iati.IatiReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * IATI import throughput against a raw StAX scan of the same bytes (every event, every text and
 * attribute touched): the 11 shared activity files, about 19 MB, held in memory so that disk speed
 * does not count.
 *
 * <pre>
 * java -jar partnership-benchmarks/target/benchmarks.jar IatiImportBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IatiImportBenchmark {
  List<byte[]> files;
  List<String> names;

  @Setup
  public void load() throws IOException {
    files = new ArrayList<>();
    names = new ArrayList<>();
    for (Path p : SharedFiles.activities()) {
      files.add(Files.readAllBytes(p));
      names.add(p.getFileName().toString());
    }
  }

  /** The baseline: a raw StAX pass over every event of every file. */
  @Benchmark
  public long rawStaxScan() throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    long sink = 0;
    for (byte[] b : files) {
      XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(b));
      while (r.hasNext()) {
        int e = r.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          sink += r.getLocalName().length();
          for (int i = 0; i < r.getAttributeCount(); i++) {
            sink += r.getAttributeValue(i).length();
          }
        } else if (e == XMLStreamConstants.CHARACTERS) {
          sink += r.getTextLength();
        }
      }
      r.close();
    }
    return sink;
  }

  /** The reader: activities with their organisations, transactions and budgets. */
  @Benchmark
  public long read() {
    long[] n = {0};
    for (int i = 0; i < files.size(); i++) {
      IatiReader.forEach(
          new ByteArrayInputStream(files.get(i)),
          names.get(i),
          a -> n[0] += a.transactions().size());
    }
    return n[0];
  }

  /** The reader and the conversion to a funding network. */
  @Benchmark
  public int readAndConvert() {
    IatiConversion.Builder c = IatiConversion.builder();
    for (int i = 0; i < files.size(); i++) {
      IatiReader.forEach(new ByteArrayInputStream(files.get(i)), names.get(i), c::accept);
    }
    return c.build().network().flows().size();
  }
}
