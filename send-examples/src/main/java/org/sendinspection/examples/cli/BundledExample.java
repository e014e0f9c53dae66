package org.sendinspection.examples.cli;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.record.AreaRecord;
import picocli.CommandLine;

/**
 * The area records bundled with the model, which {@code explain} and {@code timeline} take by name
 * with {@code --example}, so that a new user needs no file to start.
 */
enum BundledExample {
  /** Essex, inspected in 2019 and revisited in 2022: sufficient progress on all three weaknesses. */
  ESSEX("essex", ExampleRecords::essex),
  /** Southend-on-Sea, inspected in 2018 and revisited in 2021: sufficient progress on three of four. */
  SOUTHEND_ON_SEA("southend-on-sea", ExampleRecords::southendOnSea),
  /** Suffolk, inspected under both frameworks: 2016 (revisited in 2019) and 2023. */
  SUFFOLK("suffolk", ExampleRecords::suffolk);

  private final String wireName;
  private final Supplier<AreaRecord> record;

  BundledExample(String wireName, Supplier<AreaRecord> record) {
    this.wireName = wireName;
    this.record = record;
  }

  /** The name on the command line, such as {@code southend-on-sea}. */
  String wireName() {
    return wireName;
  }

  /** The record. */
  AreaRecord record() {
    return record.get();
  }

  /** Reads {@code --example} names. */
  static final class Converter implements CommandLine.ITypeConverter<BundledExample> {
    @Override
    public BundledExample convert(String value) {
      for (BundledExample example : values()) {
        if (example.wireName.equalsIgnoreCase(value)) {
          return example;
        }
      }
      throw new CommandLine.TypeConversionException("'" + value + "' is not a bundled example; expected one of "
          + Arrays.stream(values()).map(BundledExample::wireName).collect(Collectors.joining(", ")));
    }
  }

  /** The names, for help texts. */
  static final class Names extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Names() {
      for (BundledExample example : values()) {
        add(example.wireName);
      }
    }
  }
}
