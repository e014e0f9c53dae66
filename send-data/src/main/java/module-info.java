/**
 * Readers of the public data sets on SEND local area inspections (Ofsted's official statistics on the
 * 2016 framework, its management information on the 2023 framework, and a scraped overview of
 * 2023-framework reports), the joining of their records into one record per area, and national
 * figures over many records.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.sendinspection.data {
  requires transitive org.sendinspection.rules;
  requires com.github.miachm.sods;
  requires org.dhatim.fastexcel.reader;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires static transitive org.immutables.value;

  exports org.sendinspection.data.d2i;
  exports org.sendinspection.data.export;
  exports org.sendinspection.data.figures;
  exports org.sendinspection.data.join;
  exports org.sendinspection.data.mi;
  exports org.sendinspection.data.ofsted;
  exports org.sendinspection.data.table;
}
