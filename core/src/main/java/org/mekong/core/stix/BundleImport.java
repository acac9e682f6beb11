package org.mekong.core.stix;

import java.util.List;

/** The outcome of importing a STIX bundle: one result per object, or why it is no bundle. */
public sealed interface BundleImport permits BundleImport.Read, BundleImport.NotABundle {

  /** The bundle's objects, each imported, refused or ignored, in the bundle's order. */
  record Read(String bundleId, List<Imported> results) implements BundleImport {
    public Read {
      results = List.copyOf(results);
    }

    /** The accepted indicators, in order. */
    public List<ImportedIndicator> accepted() {
      return results.stream()
          .<ImportedIndicator>mapMulti(
              (result, out) -> {
                if (result instanceof Imported.Accepted(ImportedIndicator indicator)) {
                  out.accept(indicator);
                }
              })
          .toList();
    }
  }

  /** The input is not a STIX 2.1 bundle, for this reason. */
  record NotABundle(String reason) implements BundleImport {}
}
