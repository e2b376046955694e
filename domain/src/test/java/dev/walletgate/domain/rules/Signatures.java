package dev.walletgate.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;

/** Reads what a rule's inputs can carry, for rules that say what a decision must not consult. */
final class Signatures {
  private Signatures() {}

  /** True if a component type of the record names {@code word}; the record must have some. */
  static boolean recordMentions(Class<? extends Record> record, String word) {
    RecordComponent[] components = record.getRecordComponents();
    assertThat(components).isNotEmpty();
    return Arrays.stream(components)
        .map(RecordComponent::getGenericType)
        .map(Type::getTypeName)
        .anyMatch(name -> name.contains(word));
  }

  /** True if a parameter type of the only method called {@code name} names {@code word}. */
  static boolean parametersMention(Class<?> type, String name, String word) {
    Method[] matches =
        Arrays.stream(type.getDeclaredMethods())
            .filter(m -> m.getName().equals(name))
            .toArray(Method[]::new);
    assertThat(matches).hasSize(1);
    Type[] parameters = matches[0].getGenericParameterTypes();
    assertThat(parameters).isNotEmpty();
    return Arrays.stream(parameters).map(Type::getTypeName).anyMatch(t -> t.contains(word));
  }
}
