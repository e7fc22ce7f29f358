package dev.partnership.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs Graphviz's {@code dot} as a separate process to turn DOT text into SVG, when {@code dot} is
 * on the {@code PATH}. Nothing else in the library needs Graphviz: without it the report shows the
 * DOT text and how to install Graphviz.
 *
 * <pre>{@code
 * Graphviz.svg("digraph { a -> b }", Duration.ofSeconds(10))   // Optional[<?xml ... <svg ...]
 * }</pre>
 */
public final class Graphviz {
  private Graphviz() {}

  /** How to install Graphviz on Debian and Ubuntu, as the report prints it. */
  public static final String INSTALL_HINT =
      "Install Graphviz to see this picture (Debian/Ubuntu: apt-get install graphviz; macOS: brew"
          + " install graphviz) and write the report again.";

  /** Returns whether a working {@code dot} is on the {@code PATH}. */
  public static boolean available() {
    return svg("digraph { }", Duration.ofSeconds(10)).isPresent();
  }

  /**
   * Returns the SVG that {@code dot -Tsvg} draws for {@code dot}, or empty when {@code dot} is not
   * on the {@code PATH}, fails, or takes longer than {@code timeout} (then it is killed).
   *
   * @throws IllegalArgumentException if {@code timeout} is not positive
   */
  public static Optional<String> svg(String dot, Duration timeout) {
    checkNotNull(dot, "dot");
    checkNotNull(timeout, "timeout");
    checkArgument(
        !timeout.isNegative() && !timeout.isZero(), "timeout (%s) must be positive", timeout);
    Process process;
    try {
      process = new ProcessBuilder("dot", "-Tsvg").redirectErrorStream(false).start();
    } catch (IOException e) {
      return Optional.empty(); // no dot on the PATH
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Thread reader = drain(process.getInputStream(), out);
      Thread errors = drain(process.getErrorStream(), OutputStream.nullOutputStream());
      // fed from its own thread, so a dot that stops reading cannot outlast the timeout
      Thread writer =
          new Thread(
              () -> {
                try (OutputStream in = process.getOutputStream()) {
                  in.write(dot.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                  // dot exited or was killed before reading everything: its exit code tells
                }
              },
              "graphviz-input");
      writer.setDaemon(true);
      writer.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        return Optional.empty();
      }
      reader.join(timeout.toMillis());
      errors.join(timeout.toMillis());
      if (process.exitValue() != 0) {
        return Optional.empty();
      }
      String svg = out.toString(StandardCharsets.UTF_8);
      return svg.contains("<svg") ? Optional.of(svg) : Optional.empty();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Returns the SVG without its XML declaration and DOCTYPE, ready to inline in HTML. */
  static String inline(String svg) {
    int start = svg.indexOf("<svg");
    return start < 0 ? svg : svg.substring(start);
  }

  private static Thread drain(InputStream from, OutputStream to) {
    Thread t =
        new Thread(
            () -> {
              try (InputStream in = from) {
                in.transferTo(to);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            "graphviz-output");
    t.setDaemon(true);
    t.start();
    return t;
  }
}
