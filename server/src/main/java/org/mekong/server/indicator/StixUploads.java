package org.mekong.server.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mekong.core.exchange.ImportResult;
import org.mekong.core.marking.MarkingCheck;
import org.mekong.core.stix.BundleImport;
import org.mekong.core.stix.Imported;
import org.mekong.core.stix.ImportedIndicator;
import org.mekong.core.stix.StixImport;
import org.mekong.server.web.BadRequestException;

/**
 * A STIX 2.1 bundle uploaded for import, read object by object: each indicator Mekong can read is a
 * draft, or a revocation when it says {@code revoked: true}; each it cannot is refused with the
 * reason, and objects that carry no indicator (identities, marking definitions, relationships,
 * observables) are passed over. The "line" of a result is the object's 1-based position in the
 * bundle.
 */
final class StixUploads {

  /** The largest bundle read in one upload. */
  static final int MAX_BUNDLE_BYTES = 256 * 1024 * 1024;

  private StixUploads() {}

  /** A revoked version at this position of the bundle. */
  record Revocation(long line, ImportedIndicator indicator) {}

  /** The drafts and rejections of a bundle, and its revocations, each in the bundle's order. */
  record Upload(List<ImportResult> results, List<Revocation> revocations) {
    Upload {
      results = List.copyOf(results);
      revocations = List.copyOf(revocations);
    }
  }

  static Upload read(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BUNDLE_BYTES + 1);
    if (bytes.length > MAX_BUNDLE_BYTES) {
      throw new BadRequestException(
          "body", "a STIX bundle for import is at most " + MAX_BUNDLE_BYTES + " bytes; split it");
    }
    return switch (StixImport.bundle(new String(bytes, StandardCharsets.UTF_8))) {
      case BundleImport.NotABundle notABundle ->
          throw new BadRequestException("body", notABundle.reason());
      case BundleImport.Read read -> read(read);
    };
  }

  /** The results of a bundle already read. */
  static Upload read(BundleImport.Read read) {
    List<ImportResult> results = new ArrayList<>();
    List<Revocation> revocations = new ArrayList<>();
    List<Imported> objects = read.results();
    for (int i = 0; i < objects.size(); i++) {
      long position = i + 1;
      switch (objects.get(i)) {
        case Imported.Accepted accepted when accepted.indicator().revoked() ->
            revocations.add(new Revocation(position, accepted.indicator()));
        case Imported.Accepted accepted -> {
          switch (accepted.indicator().marking()) {
            case MarkingCheck.Valid valid ->
                results.add(
                    new ImportResult.Accepted(
                        position, accepted.indicator().draft(valid.marking())));
            case MarkingCheck.Invalid invalid ->
                results.add(new ImportResult.Rejected(position, invalid.reason()));
          }
        }
        case Imported.Refused refused ->
            results.add(
                new ImportResult.Rejected(position, refused.stixId() + ": " + refused.reason()));
        case Imported.Ignored ignored -> {}
      }
    }
    return new Upload(results, revocations);
  }
}
