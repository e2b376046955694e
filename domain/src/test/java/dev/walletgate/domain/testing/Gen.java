package dev.walletgate.domain.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The random inputs of one try, drawn from one seed, with ranges' edge values drawn often. */
public final class Gen {
  // Uniform draws from a wide range almost never hit its boundaries or zero, where most
  // off-by-one and sign mistakes live, so one draw in ten is an edge value.
  private static final double EDGE_SHARE = 0.1;
  // A filter that rejects this often is a generator mistake, not bad luck.
  private static final int MAX_REJECTIONS = 10_000;

  private final SplittableRandom random;
  private final List<Object> inputs = new ArrayList<>();

  public Gen(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Notes a drawn value as an input of the try, so that a failure report shows it. */
  public <T> T input(T value) {
    inputs.add(value);
    return value;
  }

  /** The inputs noted so far, in the order they were drawn. */
  public List<Object> inputs() {
    return List.copyOf(inputs);
  }

  /** True with the given probability. */
  public boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  public boolean bool() {
    return chance(0.5);
  }

  /** An int from min to max, both included; edge values often. */
  public int between(int min, int max) {
    return between(BigInteger.valueOf(min), BigInteger.valueOf(max)).intValueExact();
  }

  /** A BigInteger from min to max, both included; min, max, 0, ±1 and their neighbours often. */
  public BigInteger between(BigInteger min, BigInteger max) {
    if (min.compareTo(max) > 0) {
      throw new IllegalArgumentException("empty range " + min + ".." + max);
    }
    if (chance(EDGE_SHARE)) {
      return of(edges(min, max).toArray(BigInteger[]::new));
    }
    BigInteger span = max.subtract(min).add(BigInteger.ONE);
    BigInteger offset;
    do {
      offset = randomBits(span.bitLength());
    } while (offset.compareTo(span) >= 0);
    return min.add(offset);
  }

  /** A decimal from min to max with exactly the given scale; edges at that scale often. */
  public BigDecimal between(BigDecimal min, BigDecimal max, int scale) {
    BigInteger low = min.setScale(scale, RoundingMode.CEILING).unscaledValue();
    BigInteger high = max.setScale(scale, RoundingMode.FLOOR).unscaledValue();
    return new BigDecimal(between(low, high), scale);
  }

  /** One of the values, each as likely. */
  @SafeVarargs
  public final <T> T of(T... values) {
    return values[random.nextInt(values.length)];
  }

  /** One of the enum's constants, each as likely. */
  public <E extends Enum<E>> E of(Class<E> type) {
    return of(type.getEnumConstants());
  }

  /** An index into the weights, each as likely as its weight: 3, 1 picks 0 three times in four. */
  public int weighted(int... weights) {
    int total = 0;
    for (int weight : weights) {
      total += weight;
    }
    int pick = random.nextInt(total);
    int index = 0;
    while (pick >= weights[index]) {
      pick -= weights[index];
      index++;
    }
    return index;
  }

  /** A value present with the given probability. */
  public <T> Optional<T> optional(double presentShare, Supplier<T> value) {
    return chance(presentShare) ? Optional.of(value.get()) : Optional.empty();
  }

  /** A list of 0 to maxSize elements; empty and full lists often. */
  public <T> List<T> list(int maxSize, Supplier<T> element) {
    int size = between(0, maxSize);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(element.get());
    }
    return list;
  }

  /** The first drawn value that the filter accepts. */
  public <T> T where(Supplier<T> draw, Predicate<T> accept) {
    for (int i = 0; i < MAX_REJECTIONS; i++) {
      T value = draw.get();
      if (accept.test(value)) {
        return value;
      }
    }
    throw new IllegalStateException("the filter rejected " + MAX_REJECTIONS + " values in a row");
  }

  private static List<BigInteger> edges(BigInteger min, BigInteger max) {
    List<BigInteger> edges = new ArrayList<>();
    for (BigInteger candidate :
        List.of(
            min,
            min.add(BigInteger.ONE),
            BigInteger.ONE.negate(),
            BigInteger.ZERO,
            BigInteger.ONE,
            max.subtract(BigInteger.ONE),
            max)) {
      if (candidate.compareTo(min) >= 0
          && candidate.compareTo(max) <= 0
          && !edges.contains(candidate)) {
        edges.add(candidate);
      }
    }
    return edges;
  }

  private BigInteger randomBits(int bits) {
    byte[] bytes = new byte[(bits + 7) / 8];
    random.nextBytes(bytes);
    return new BigInteger(1, bytes).shiftRight(bytes.length * 8 - bits);
  }
}
