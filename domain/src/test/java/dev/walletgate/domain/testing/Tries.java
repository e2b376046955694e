package dev.walletgate.domain.testing;

import java.util.function.Consumer;

/** Runs a property over seeded random tries and names the seed and try of a failure. */
public final class Tries {
  /** Set it (-Dwalletgate.properties.seed=N) to replay a failure or to explore other inputs. */
  public static final String SEED_PROPERTY = "walletgate.properties.seed";

  // Fixed, so that every build checks the same inputs and a failure is never a fluke of the run.
  private static final long DEFAULT_SEED = 0x5EED_0F_3A11E7L;
  // SplitMix64's increment: consecutive indexes give seeds that share no bit pattern.
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private Tries() {}

  /**
   * Checks the property on that many tries; the first failing one fails with its inputs and seed.
   */
  public static void run(int tries, Consumer<Gen> property) {
    long baseSeed = Long.parseLong(System.getProperty(SEED_PROPERTY, Long.toString(DEFAULT_SEED)));
    // The calling property's name goes into every seed: otherwise two properties with the same
    // generators would check exactly the same values.
    long propertySeed = baseSeed ^ caller().hashCode();
    for (int i = 0; i < tries; i++) {
      long seed = seedOf(propertySeed, i);
      Gen gen = new Gen(seed);
      try {
        property.accept(gen);
      } catch (AssertionError | RuntimeException failure) {
        throw new AssertionError(
            String.format(
                "try %d of %d failed on the inputs %s (base seed %d, try seed %d);"
                    + " replay it with -D%s=%d",
                i, tries, gen.inputs(), baseSeed, seed, SEED_PROPERTY, baseSeed),
            failure);
      }
    }
  }

  /** The method that called {@link #run}: the property. */
  private static String caller() {
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames.filter(f -> !f.getClassName().equals(Tries.class.getName())).findFirst())
        .map(f -> f.getClassName() + "#" + f.getMethodName())
        .orElseThrow();
  }

  /** The seed of one try, from the property's seed and the try's index alone. */
  static long seedOf(long propertySeed, int index) {
    long z = propertySeed + GOLDEN_GAMMA * (index + 1L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
