package dev.strata.model.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexerPunctuationTest {
  @Test
  void keepsTheCharacterRightAfterPunctuation() {
    List<String> texts = Lexer.lex("f(x,y);z").stream().map(Token::text).toList();
    assertEquals(List.of("f", "(", "x", ",", "y", ")", ";", "z"), texts);
  }
}
