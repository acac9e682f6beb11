package org.mekong.server.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
 *
 * <p>Versions of one STIX id in one bundle are ordered by {@code modified}: the newest valid one
 * wins, and each older valid one is superseded (neither stored nor applied), except that under a
 * newest revoked version the newest live one is still stored, so that the revocation has the
 * indicator it closes. Invalid versions are refused with their own reason, and versions with the
 * same {@code modified} are left to the import's checks of repeats.
 */
final class StixUploads {

  /** The largest bundle read in one upload. */
  static final int MAX_BUNDLE_BYTES = 256 * 1024 * 1024;

  private StixUploads() {}

  /** A revoked version at this position of the bundle. */
  record Revocation(long line, ImportedIndicator indicator) {}

  /** A version at this position superseded by the newer version {@code by} of the same id. */
  record Superseded(long line, Instant by) {}

  /**
   * The drafts and rejections of a bundle, its revocations and its superseded versions, each in the
   * bundle's order.
   */
  record Upload(
      List<ImportResult> results, List<Revocation> revocations, List<Superseded> superseded) {
    Upload {
      results = List.copyOf(results);
      revocations = List.copyOf(revocations);
      superseded = List.copyOf(superseded);
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
    List<Superseded> superseded = new ArrayList<>();
    List<Imported> objects = read.results();
    Map<String, Newest> newest = newest(objects);
    for (int i = 0; i < objects.size(); i++) {
      long position = i + 1;
      Imported object = objects.get(i);
      Instant by = supersededBy(object, newest);
      if (by != null) {
        superseded.add(new Superseded(position, by));
        continue;
      }
      switch (object) {
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
    return new Upload(results, revocations, superseded);
  }

  /** The newest valid version of an id, and the newest live one when that is revoked. */
  private record Newest(Instant modified, boolean revoked, @Nullable Instant live) {}

  private static Map<String, Newest> newest(List<Imported> objects) {
    Map<String, Newest> newest = new HashMap<>();
    for (Imported object : objects) {
      if (object instanceof Imported.Accepted accepted && valid(accepted.indicator())) {
        ImportedIndicator version = accepted.indicator();
        newest.merge(
            version.stixId(),
            new Newest(
                version.modified(),
                version.revoked(),
                version.revoked() ? null : version.modified()),
            StixUploads::newer);
      }
    }
    return newest;
  }

  private static Newest newer(Newest a, Newest b) {
    Instant live =
        a.live() == null ? b.live() : b.live() == null ? a.live() : later(a.live(), b.live());
    Newest top = b.modified().isAfter(a.modified()) ? b : a;
    return new Newest(top.modified(), top.revoked(), live);
  }

  private static Instant later(Instant a, Instant b) {
    return b.isAfter(a) ? b : a;
  }

  /** The newer version superseding this one, or null when it is not superseded. */
  private static @Nullable Instant supersededBy(Imported object, Map<String, Newest> newest) {
    if (!(object instanceof Imported.Accepted accepted) || !valid(accepted.indicator())) {
      return null;
    }
    ImportedIndicator version = accepted.indicator();
    Newest top = newest.get(version.stixId());
    if (top == null || !version.modified().isBefore(top.modified())) {
      return null;
    }
    boolean closedByTheRevocation =
        top.revoked() && !version.revoked() && version.modified().equals(top.live());
    return closedByTheRevocation ? null : top.modified();
  }

  private static boolean valid(ImportedIndicator version) {
    return version.revoked() || version.marking() instanceof MarkingCheck.Valid;
  }
}
