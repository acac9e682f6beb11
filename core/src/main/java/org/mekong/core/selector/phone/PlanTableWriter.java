package org.mekong.core.selector.phone;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the plan table of the libphonenumber on the class path to the file given as the only
 * argument: the build runs it to bundle the table with the classes that read it ({@code
 * PlanTable}).
 */
public final class PlanTableWriter {

  private PlanTableWriter() {}

  /**
   * Writes the table to {@code args[0]}.
   *
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: PlanTableWriter FILE");
    }
    String version = PlanTable.libraryVersion();
    if (version == null) {
      throw new IllegalStateException("libphonenumber's version is not on the class path");
    }
    byte[] table =
        PlanTable.compileAll(
            PhoneNumberUtil.getInstance(),
            DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource(),
            version);
    Path file = Path.of(args[0]);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, table);
  }
}
