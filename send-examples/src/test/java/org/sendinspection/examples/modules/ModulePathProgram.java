package org.sendinspection.examples.modules;

import java.nio.file.Path;
import java.time.LocalDate;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.Derivation;

/**
 * An application on the class path using send-model and send-rules from the module path: it reads a
 * record (which needs Jackson's reflective access to the model), derives it and reports whether each
 * package it names is exported. Run by {@link ModulePathTest} in a JVM of its own.
 */
public final class ModulePathProgram {

  private ModulePathProgram() {}

  public static void main(String[] args) {
    AreaRecord record = AreaRecordCodec.strict().read(Path.of(args[0]));
    Derivation derivation = Derivation.of(record, LocalDate.parse(args[1]));
    Module model = AreaRecord.class.getModule();
    Module rules = Derivation.class.getModule();
    System.out.println("modules " + model.getName() + " " + rules.getName());
    System.out.println("conclusions " + derivation.conclusions().size());
    for (int i = 2; i < args.length; i++) {
      Module owner = args[i].startsWith("org.sendinspection.rules") ? rules : model;
      System.out.println(args[i] + " exported " + owner.isExported(args[i]));
    }
  }
}
