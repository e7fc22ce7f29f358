/** JMH benchmarks; run {@code java -jar partnership-benchmarks/target/benchmarks.jar}. */
package dev.partnership.benchmarks;
