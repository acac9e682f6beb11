package org.mekong.server.console;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The console's static files (its stylesheet, script and the htmx WebJar) and its languages:
 * English, Simplified Chinese, Thai and Burmese, chosen with {@code ?lang=} and remembered in a
 * cookie.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleWeb implements WebMvcConfigurer {

  static final String SESSION_COOKIE = "MEKONG_CONSOLE";
  static final String LANGUAGE_COOKIE = "MEKONG_LANG";

  /** The console's languages, in the order the switcher lists them. */
  static final List<Locale> LANGUAGES =
      List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.of("th"), Locale.of("my"));

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/webjars/**")
        .addResourceLocations("classpath:/META-INF/resources/webjars/");
    registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
    registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
    registry.addResourceHandler("/vendor/**").addResourceLocations("classpath:/static/vendor/");
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change).addPathPatterns("/", "/login", "/console/**");
  }

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
    resolver.setDefaultLocaleFunction(
        request -> {
          for (var wanted : java.util.Collections.list(request.getLocales())) {
            for (Locale offered : LANGUAGES) {
              if (offered.getLanguage().equals(wanted.getLanguage())) {
                return offered;
              }
            }
          }
          return Locale.ENGLISH;
        });
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieHttpOnly(true);
    resolver.setCookieSameSite("Strict");
    return resolver;
  }
}
