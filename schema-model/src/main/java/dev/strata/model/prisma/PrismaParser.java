package dev.strata.model.prisma;

import dev.strata.model.diag.Diagnostic;
import dev.strata.model.prisma.PrismaLexer.Kind;
import dev.strata.model.prisma.PrismaLexer.Token;
import dev.strata.model.text.FileId;
import dev.strata.model.text.FileRange;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recursive-descent parser for the Prisma schema language. Never throws: an unreadable line becomes
 * a {@link PrismaSchema#SYNTAX} diagnostic and parsing resumes at the next line (inside a block) or
 * the next block keyword (at top level). Generators and composite {@code type} blocks are read and
 * dropped.
 */
final class PrismaParser {
  private final FileId file;
  private final List<Token> toks;
  private int pos;
  private final List<PrismaModel> models = new ArrayList<>();
  private final List<PrismaEnum> enums = new ArrayList<>();
  private final List<Diagnostic> problems = new ArrayList<>();
  private PrismaDatasource datasource;

  private PrismaParser(FileId file, String text) {
    this.file = file;
    this.toks = PrismaLexer.tokens(text);
  }

  static PrismaSchema parse(FileId file, String text) {
    PrismaParser p = new PrismaParser(file, text);
    p.top();
    return new PrismaSchema(p.models, p.enums, Optional.ofNullable(p.datasource), p.problems);
  }

  /** Thrown internally to abandon one line or block; never escapes {@link #parse}. */
  private static final class Bail extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Bail() {
      super(null, null, false, false);
    }
  }

  // ---- Top level -----------------------------------------------------------------------------

  private void top() {
    while (peek().kind() != Kind.EOF) {
      Token t = peek();
      if (t.kind() == Kind.NEWLINE) {
        pos++;
        continue;
      }
      try {
        block(t);
      } catch (Bail b) {
        skipToNextBlock();
      }
    }
  }

  private void block(Token kw) {
    String k = kw.text();
    if (kw.kind() != Kind.IDENT || !List.of("model", "view", "enum", "datasource", "generator", "type").contains(k)) {
      throw error(kw.range(), "expected a block (model, enum, view, datasource or generator), found '" + kw.text() + "'");
    }
    pos++;
    Token name = expect(Kind.IDENT, "a name after '" + k + "'");
    expectPunct("{");
    if (k.equals("model") || k.equals("view") || k.equals("type")) {
      PrismaModel m = model(k.equals("view"), name, kw.range().start());
      if (!k.equals("type")) {
        models.add(m);
      }
    } else if (k.equals("enum")) {
      enumBlock(name, kw.range().start());
    } else {
      Map<String, PrismaValue> props = properties();
      if (k.equals("datasource") && datasource == null) {
        datasource = new PrismaDatasource(file, name.text(), name.range(), props, span(kw.range().start()));
      }
    }
  }

  private PrismaModel model(boolean view, Token name, int start) {
    List<PrismaField> fields = new ArrayList<>();
    List<PrismaAttribute> attrs = new ArrayList<>();
    while (!atBlockEnd()) {
      if (skipNewline()) {
        continue;
      }
      try {
        if (peek().is("@@")) {
          attrs.add(attribute());
        } else {
          fields.add(field());
        }
        endOfLine();
      } catch (Bail b) {
        skipLine();
      }
    }
    expectPunct("}");
    return new PrismaModel(file, view, name.text(), name.range(), fields, attrs, span(start));
  }

  private PrismaField field() {
    Token name = expect(Kind.IDENT, "a field name");
    Token type = expect(Kind.IDENT, "the type of field '" + name.text() + "'");
    String typeName = type.text();
    TextRange typeRange = type.range();
    if (peek().is(".")) {
      pos++;
      Token more = expect(Kind.IDENT, "a type name after '.'");
      typeName += "." + more.text();
      typeRange = typeRange.cover(more.range());
    }
    boolean list = false;
    boolean optional = false;
    if (peek().is("[")) {
      pos++;
      expectPunct("]");
      list = true;
    }
    if (peek().is("?")) {
      pos++;
      optional = true;
    }
    List<PrismaAttribute> attrs = new ArrayList<>();
    while (peek().is("@")) {
      attrs.add(attribute());
    }
    if (peek().is("@@")) {
      throw error(peek().range(), "block attribute '@@' must stand on its own line");
    }
    return new PrismaField(name.text(), name.range(), typeName, typeRange, optional, list, attrs,
        span(name.range().start()));
  }

  private void enumBlock(Token name, int start) {
    List<PrismaEnum.Value> values = new ArrayList<>();
    List<PrismaAttribute> attrs = new ArrayList<>();
    while (!atBlockEnd()) {
      if (skipNewline()) {
        continue;
      }
      try {
        if (peek().is("@@")) {
          attrs.add(attribute());
        } else {
          Token v = expect(Kind.IDENT, "an enum value");
          Optional<String> mapped = Optional.empty();
          while (peek().is("@")) {
            PrismaAttribute a = attribute();
            if (a.name().equals("map")) {
              mapped = a.positional().filter(x -> x instanceof PrismaValue.Str).map(x -> ((PrismaValue.Str) x).value());
            }
          }
          values.add(new PrismaEnum.Value(v.text(), v.range(), mapped));
        }
        endOfLine();
      } catch (Bail b) {
        skipLine();
      }
    }
    expectPunct("}");
    enums.add(new PrismaEnum(file, name.text(), name.range(), values, attrs, span(start)));
  }

  private Map<String, PrismaValue> properties() {
    Map<String, PrismaValue> props = new LinkedHashMap<>();
    while (!atBlockEnd()) {
      if (skipNewline()) {
        continue;
      }
      try {
        Token key = expect(Kind.IDENT, "a property name");
        expectPunct("=");
        props.put(key.text(), value());
        endOfLine();
      } catch (Bail b) {
        skipLine();
      }
    }
    expectPunct("}");
    return props;
  }

  // ---- Attributes and values -----------------------------------------------------------------

  private PrismaAttribute attribute() {
    Token at = next();
    boolean block = at.text().equals("@@");
    StringBuilder name = new StringBuilder(expect(Kind.IDENT, "an attribute name after '" + at.text() + "'").text());
    while (peek().is(".")) {
      pos++;
      name.append('.').append(expect(Kind.IDENT, "a name after '.'").text());
    }
    List<PrismaArg> args = peek().is("(") ? arguments() : List.of();
    return new PrismaAttribute(name.toString(), block, args, span(at.range().start()));
  }

  private List<PrismaArg> arguments() {
    expectPunct("(");
    List<PrismaArg> args = new ArrayList<>();
    skipNewlines();
    while (!peek().is(")")) {
      int start = peek().range().start();
      Optional<String> key = Optional.empty();
      if (peek().kind() == Kind.IDENT && peekAt(1).is(":")) {
        key = Optional.of(next().text());
        pos++;
      }
      args.add(new PrismaArg(key, value(), span(start)));
      skipNewlines();
      if (!peek().is(",")) {
        break;
      }
      pos++;
      skipNewlines();
    }
    expectPunct(")");
    return args;
  }

  private PrismaValue value() {
    skipNewlines();
    Token t = peek();
    if (t.kind() == Kind.STRING) {
      pos++;
      return new PrismaValue.Str(t.text(), t.range());
    }
    if (t.kind() == Kind.NUMBER) {
      pos++;
      return new PrismaValue.Num(t.text(), t.range());
    }
    if (t.is("[")) {
      pos++;
      List<PrismaValue> items = new ArrayList<>();
      skipNewlines();
      while (!peek().is("]")) {
        items.add(value());
        skipNewlines();
        if (!peek().is(",")) {
          break;
        }
        pos++;
        skipNewlines();
      }
      expectPunct("]");
      return new PrismaValue.Array(items, span(t.range().start()));
    }
    if (t.kind() == Kind.IDENT) {
      pos++;
      StringBuilder name = new StringBuilder(t.text());
      while (peek().is(".")) {
        pos++;
        name.append('.').append(expect(Kind.IDENT, "a name after '.'").text());
      }
      if (peek().is("(")) {
        List<PrismaArg> args = arguments();
        return new PrismaValue.Call(name.toString(), args, span(t.range().start()));
      }
      return new PrismaValue.Ident(name.toString(), span(t.range().start()));
    }
    throw error(t.range(), "expected a value, found " + describe(t));
  }

  // ---- Token helpers -------------------------------------------------------------------------

  private Token peek() {
    return toks.get(pos);
  }

  private Token peekAt(int ahead) {
    return toks.get(Math.min(pos + ahead, toks.size() - 1));
  }

  private Token next() {
    Token t = toks.get(pos);
    if (t.kind() != Kind.EOF) {
      pos++;
    }
    return t;
  }

  /** The range from {@code start} to the end of the last consumed token. */
  private TextRange span(int start) {
    int end = pos == 0 ? start : toks.get(pos - 1).range().end();
    return new TextRange(start, Math.max(start, end));
  }

  private Token expect(Kind kind, String what) {
    Token t = peek();
    if (t.kind() != kind) {
      throw error(t.range(), "expected " + what + ", found " + describe(t));
    }
    return next();
  }

  private void expectPunct(String p) {
    Token t = peek();
    if (!t.is(p)) {
      throw error(t.range(), "expected '" + p + "', found " + describe(t));
    }
    pos++;
  }

  private void endOfLine() {
    Token t = peek();
    if (t.kind() != Kind.NEWLINE && !t.is("}") && t.kind() != Kind.EOF) {
      throw error(t.range(), "unexpected " + describe(t) + " (expected the end of the line)");
    }
  }

  private boolean atBlockEnd() {
    return peek().is("}") || peek().kind() == Kind.EOF;
  }

  private boolean skipNewline() {
    if (peek().kind() == Kind.NEWLINE) {
      pos++;
      return true;
    }
    return false;
  }

  private void skipNewlines() {
    while (skipNewline()) {
      // Line breaks are insignificant inside parentheses and brackets.
    }
  }

  private void skipLine() {
    while (peek().kind() != Kind.NEWLINE && peek().kind() != Kind.EOF && !peek().is("}")) {
      pos++;
    }
  }

  /** Skips to the next line that starts with a block keyword, past any closing brace. */
  private void skipToNextBlock() {
    while (peek().kind() != Kind.EOF) {
      Token prev = pos == 0 ? null : toks.get(pos - 1);
      boolean lineStart = prev == null || prev.kind() == Kind.NEWLINE;
      if (lineStart && peek().kind() == Kind.IDENT
          && List.of("model", "view", "enum", "datasource", "generator", "type").contains(peek().text())) {
        return;
      }
      pos++;
    }
  }

  private static String describe(Token t) {
    if (t.kind() == Kind.EOF) {
      return "the end of the file";
    }
    if (t.kind() == Kind.NEWLINE) {
      return "the end of the line";
    }
    if (t.kind() == Kind.ERROR) {
      return t.text().equals("unterminated string") ? "an unterminated string" : "'" + t.text() + "'";
    }
    return "'" + t.text() + "'";
  }

  private Bail error(TextRange range, String message) {
    problems.add(Diagnostic.of(PrismaSchema.SYNTAX, new FileRange(file, range), message));
    return new Bail();
  }
}
