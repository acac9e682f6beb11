package org.mekong.server.console;

import java.util.ArrayList;
import java.util.List;
import org.mekong.server.agency.Caller;
import org.mekong.server.audit.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The console's own filter chain, beside the API's key-based one: form login with a session cookie
 * (HttpOnly, SameSite=Strict, 15 minutes idle), CSRF tokens on every form, logout. API keys are not
 * accepted here, and the session cookie is not accepted by the API. When the node names an OpenID
 * Connect provider, people may also log in through it ({@link OidcLogin}).
 */
@Configuration
class ConsoleSecurity {

  /** The paths the console serves; everything else belongs to the API's chain. */
  static final String[] PATHS = {
    "/",
    "/login",
    "/logout",
    "/console/**",
    "/webjars/**",
    "/css/**",
    "/js/**",
    "/vendor/**",
    "/favicon.ico"
  };

  /** The paths of the login through an OpenID Connect provider, when the node has one. */
  static final String[] OIDC_PATHS = {"/oauth2/authorization/*", "/login/oauth2/code/*"};

  @Bean
  @Order(1)
  SecurityFilterChain console(
      HttpSecurity http, ConsoleLogin login, OidcLogin oidcLogin, AuditLog audit) throws Exception {
    List<AuthenticationProvider> providers = new ArrayList<>(List.of(login));
    SecurityContextRepository contexts =
        new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(),
            new HttpSessionSecurityContextRepository());
    List<String> paths = new ArrayList<>(List.of(PATHS));
    var oidc = oidcLogin.settings();
    if (oidc.isPresent()) {
      paths.addAll(List.of(OIDC_PATHS));
      providers.add(
          new OidcAuthorizationCodeAuthenticationProvider(
              new RestClientAuthorizationCodeTokenResponseClient(), oidcLogin.userService()));
      http.oauth2Login(
          oauth2 ->
              oauth2
                  .loginPage("/login")
                  .clientRegistrationRepository(new OidcClients(oidc.get()))
                  .authorizationEndpoint(
                      endpoint -> endpoint.authorizationRequestRepository(new OidcRequests()))
                  .authorizedClientRepository(new OidcClients.NoTokensKept())
                  .successHandler(
                      (request, response, authentication) ->
                          oidcLogin.succeeded(request, response, authentication, contexts))
                  .failureHandler(oidcLogin::failed)
                  .withObjectPostProcessor(
                      new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                        @Override
                        public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(
                            O filter) {
                          // a provider that cannot be reached is a refused login, not a 500
                          filter.setAuthenticationFailureHandler(oidcLogin::failed);
                          return filter;
                        }
                      }));
    }
    http.securityMatcher(paths.toArray(String[]::new))
        .securityContext(context -> context.securityContextRepository(contexts))
        .authenticationManager(new ProviderManager(providers))
        .httpBasic(basic -> basic.disable())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .authenticationDetailsSource(ConsoleLogin.details())
                    .defaultSuccessUrl("/", false)
                    .failureHandler(
                        (request, response, failure) -> {
                          String reason =
                              switch (failure) {
                                case ConsoleLogin.ThrottledException t -> "throttled";
                                case LockedException l -> "locked";
                                default -> "credentials";
                              };
                          response.sendRedirect("/login?error=" + reason);
                        })
                    .permitAll())
        .logout(
            logout ->
                logout
                    .logoutUrl("/logout")
                    .addLogoutHandler(
                        (request, response, authentication) -> {
                          if (authentication != null
                              && authentication.getPrincipal() instanceof Caller caller) {
                            audit.append(
                                caller.auditName(),
                                "console-logout",
                                "account",
                                caller.auditName(),
                                "ok");
                          }
                        })
                    .logoutSuccessUrl("/login?logout")
                    .deleteCookies(ConsoleWeb.SESSION_COOKIE))
        .sessionManagement(
            session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/login", "/webjars/**", "/css/**", "/js/**", "/vendor/**", "/favicon.ico")
                    .permitAll()
                    .requestMatchers(OIDC_PATHS)
                    .permitAll()
                    .anyRequest()
                    .hasRole("PERSON"))
        .exceptionHandling(
            errors ->
                errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
    return http.build();
  }
}
