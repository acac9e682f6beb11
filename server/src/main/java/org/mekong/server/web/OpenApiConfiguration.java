package org.mekong.server.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description served at {@code /v3/api-docs}: title, version and the key scheme. */
@Configuration
class OpenApiConfiguration {

  @Bean
  OpenAPI mekongOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Mekong API")
                .version("v1")
                .description(
                    "A federated exchange against cross-border telecom fraud, online scams and"
                        + " illegal online gambling. Every /api/v1 request needs"
                        + " 'Authorization: Bearer <API key>'; errors are RFC 9457 problem"
                        + " details."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "apiKey",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("An agency's or the node operator's API key")))
        .addSecurityItem(new SecurityRequirement().addList("apiKey"));
  }
}
