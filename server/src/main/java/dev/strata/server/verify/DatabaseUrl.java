package dev.strata.server.verify;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server address as the user gave it, as a JDBC URL. Accepts
 * {@code jdbc:postgresql://host[:port]/db?user=...&password=...} and the libpq form
 * {@code postgres[ql]://user:password@host[:port]/db?...}.
 *
 * <p>Invariant: {@link #toString()} and {@link #masked()} never contain the password; only
 * {@link #jdbc()} does, and it is meant for the driver alone.
 */
public final class DatabaseUrl {
  private static final Pattern JDBC = Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]*)(\\?.*)?$");
  private static final Pattern LIBPQ =
      Pattern.compile("^postgres(?:ql)?://(?:([^:@/]*)(?::([^@/]*))?@)?([^/?]*)(?:/([^?]*))?(\\?.*)?$");
  private static final Pattern PASSWORD_PARAM = Pattern.compile("([?&]password=)[^&]*", Pattern.CASE_INSENSITIVE);
  private static final Pattern USERINFO_PASSWORD = Pattern.compile("^([a-z:]+//[^:@/]*:)[^@/]*@", Pattern.CASE_INSENSITIVE);

  private final String prefix;
  private final String database;
  private final String query;

  private DatabaseUrl(String prefix, String database, String query) {
    this.prefix = prefix;
    this.database = database;
    this.query = query;
  }

  /**
   * The URL a command was given: its {@code --database-url}, else {@code STRATA_DATABASE_URL} from
   * {@code environment}; empty when neither is set (the command then says what to pass).
   */
  public static Optional<String> given(String option, UnaryOperator<String> environment) {
    return Optional.ofNullable(option)
        .or(() -> Optional.ofNullable(environment.apply(VerifyCommand.URL_VARIABLE)))
        .filter(s -> !s.isBlank());
  }

  /** Parses a JDBC or libpq URL; {@link IllegalArgumentException} (with a masked message) otherwise. */
  public static DatabaseUrl parse(String url) {
    Objects.requireNonNull(url, "url");
    String u = url.strip();
    Matcher j = JDBC.matcher(u);
    if (j.matches()) {
      return new DatabaseUrl(j.group(1), j.group(2), j.group(3) == null ? "" : j.group(3));
    }
    Matcher l = LIBPQ.matcher(u);
    if (l.matches()) {
      StringBuilder q = new StringBuilder(l.group(5) == null ? "" : l.group(5));
      appendParam(q, "user", l.group(1));
      appendParam(q, "password", l.group(2));
      String db = l.group(4) == null || l.group(4).isEmpty() ? "postgres" : l.group(4);
      return new DatabaseUrl("jdbc:postgresql://" + l.group(3) + "/", db, q.toString());
    }
    throw new IllegalArgumentException("not a PostgreSQL URL (expected jdbc:postgresql://host:port/db or "
        + "postgresql://user@host:port/db): " + mask(u));
  }

  private static void appendParam(StringBuilder q, String name, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    q.append(q.length() == 0 ? '?' : '&').append(name).append('=')
        .append(URLEncoder.encode(java.net.URLDecoder.decode(value, StandardCharsets.UTF_8), StandardCharsets.UTF_8));
  }

  /** Any URL-like text with its passwords replaced by {@code ***} (query parameter and user-info forms). */
  public static String mask(String text) {
    String s = PASSWORD_PARAM.matcher(text).replaceAll("$1***");
    return USERINFO_PASSWORD.matcher(s).replaceAll("$1***@");
  }

  /** The same server and credentials, another database. */
  public DatabaseUrl withDatabase(String name) {
    return new DatabaseUrl(prefix, name, query);
  }

  /** This URL with an extra driver parameter (for {@code preferQueryMode=simple}). */
  public DatabaseUrl withParameter(String name, String value) {
    return new DatabaseUrl(prefix, database, query + (query.isEmpty() ? "?" : "&") + name + "=" + value);
  }

  public String database() {
    return database;
  }

  /** The URL for the driver, password included. */
  public String jdbc() {
    return prefix + database + query;
  }

  /** The URL for people and logs. */
  public String masked() {
    return mask(jdbc());
  }

  @Override
  public String toString() {
    return masked();
  }
}
