package org.mekong.server.security;

import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Every request is authenticated by API key except health and the API description; the admin API
 * and actuator need an admin key. Which kinds of caller each endpoint serves is declared next to it
 * ({@code agency.Serves}) and enforced by {@code agency.CallerKindGuard}. No sessions, no cookies,
 * no form login.
 */
@Configuration
class SecurityConfiguration {

  @Bean
  SecurityFilterChain api(
      HttpSecurity http, AgencyDirectory directory, FailedAuthentications failures)
      throws Exception {
    UnauthorizedEntryPoint unauthorized = new UnauthorizedEntryPoint(failures);
    http.csrf(csrf -> csrf.disable())
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable())
        .requestCache(cache -> cache.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterBefore(
            new ApiKeyAuthenticationFilter(directory, unauthorized),
            AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .requestMatchers("/actuator", "/actuator/**")
                    .hasRole("ADMIN")
                    .requestMatchers(
                        "/error", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
                    .permitAll()
                    .requestMatchers("/api/v1/admin/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .authenticated())
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(unauthorized)
                    .accessDeniedHandler(
                        (request, response, denied) ->
                            Problems.write(
                                response,
                                Problems.of(
                                    HttpStatus.FORBIDDEN,
                                    "this API key may not use " + request.getRequestURI(),
                                    false))));
    return http.build();
  }

  /** There is no password login; this keeps Spring Boot from inventing a default user. */
  @Bean
  AuthenticationManager noPasswordLogin() {
    return authentication -> {
      throw new ProviderNotFoundException("Mekong authenticates by API key only");
    };
  }
}
