package org.mekong.server.taxii;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mekong.core.stix.BundleImport;
import org.mekong.core.stix.StixImport;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of a POST to a collection's objects, read: a TAXII envelope ({@code {"objects": [...],
 * "more"?, "next"?}}, TAXII 2.1 section 3.7) or a STIX 2.1 bundle. The body's shape decides, not
 * its Content-Type, since clients send either under either type; the objects are then imported in
 * order.
 *
 * @param objects the objects as sent, in order
 * @param read what the STIX import made of each
 */
record AddedObjects(List<JsonNode> objects, BundleImport.Read read) {

  AddedObjects {
    objects = List.copyOf(objects);
  }

  /** Reads the body; 400 when it is no JSON, 422 when it is neither an envelope nor a bundle. */
  static AddedObjects read(byte[] body) {
    JsonNode root;
    try {
      root = TaxiiJson.JSON.readTree(new String(body, StandardCharsets.UTF_8));
    } catch (JacksonException e) {
      throw TaxiiException.badRequest("the body is not JSON");
    }
    if (root == null || !root.isObject()) {
      throw unprocessable("the body is neither a TAXII envelope nor a STIX bundle: not an object");
    }
    JsonNode type = root.get("type");
    if (type != null) {
      if (!type.isString() || !type.asString().equals("bundle")) {
        throw unprocessable(
            "the body is neither a TAXII envelope nor a STIX bundle: an envelope has no 'type',"
                + " a bundle's is 'bundle'");
      }
      return imported(root, StixImport.bundle(root));
    }
    JsonNode objects = root.get("objects");
    if (objects != null && !objects.isArray()) {
      throw unprocessable("the envelope's 'objects' must be a list of STIX objects");
    }
    JsonNode more = root.get("more");
    if (more != null && !more.isBoolean()) {
      throw unprocessable("the envelope's 'more' must be true or false");
    }
    JsonNode next = root.get("next");
    if (next != null && !next.isString()) {
      throw unprocessable("the envelope's 'next' must be a string");
    }
    ObjectNode bundle = TaxiiJson.object();
    bundle.put("type", "bundle");
    bundle.put("id", "bundle--" + UUID.randomUUID());
    if (objects != null) {
      bundle.set("objects", objects);
    }
    return imported(bundle, StixImport.bundle(bundle));
  }

  private static AddedObjects imported(JsonNode bundle, BundleImport imported) {
    return switch (imported) {
      case BundleImport.NotABundle not -> throw unprocessable(not.reason());
      case BundleImport.Read read -> {
        List<JsonNode> objects = new ArrayList<>();
        JsonNode listed = bundle.get("objects");
        if (listed != null) {
          listed.forEach(objects::add);
        }
        yield new AddedObjects(objects, read);
      }
    };
  }

  private static TaxiiException unprocessable(String description) {
    return new TaxiiException(HttpStatus.UNPROCESSABLE_CONTENT, description);
  }
}
