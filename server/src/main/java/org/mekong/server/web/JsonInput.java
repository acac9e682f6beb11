package org.mekong.server.web;

import org.mekong.core.input.FreeText;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * How request bodies are read: strictly. An unknown field, a fraction or a string where a whole
 * number belongs, trailing content after the document, and text with NUL, lone surrogates or
 * control characters are refused (400 naming the field, see {@link JsonProblems}), never guessed.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

  @Bean
  JsonMapperBuilderCustomizer strictRequestBodies() {
    return builder ->
        builder
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .addModule(
                new SimpleModule("mekong-free-text").addDeserializer(String.class, new Text()));
  }

  /** Strings as Jackson reads them, then checked as free text. */
  static final class Text extends StringDeserializer {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      String value = super.deserialize(p, ctxt);
      if (value != null) {
        String problem = FreeText.problem(value);
        if (problem != null) {
          throw new BadText(p, problem);
        }
      }
      return value;
    }
  }

  /** A string in a request body that is not acceptable free text. */
  static final class BadText extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    BadText(JsonParser p, String problem) {
      super(p, problem, String.class);
    }
  }
}
