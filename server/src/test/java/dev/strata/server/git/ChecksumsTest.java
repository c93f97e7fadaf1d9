package dev.strata.server.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChecksumsTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void prismaChecksumIsSha256OfTheBytes() {
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Checksums.sha256(new byte[0]));
    assertNotEquals(Checksums.sha256(utf8("a\n")), Checksums.sha256(utf8("a\r\n")));
  }

  @Test
  void flywayChecksumIgnoresLineEndsAndByteOrderMarkButNotContent() {
    int lf = Checksums.flywayCrc32(utf8("CREATE TABLE t (id int);\nSELECT 1;\n"));
    assertEquals(lf, Checksums.flywayCrc32(utf8("\uFEFFCREATE TABLE t (id int);\r\nSELECT 1;\r\n")));
    assertNotEquals(lf, Checksums.flywayCrc32(utf8("CREATE TABLE t (id bigint);\nSELECT 1;\n")));
  }

  @Test
  void blobIdIsGitsHashObject() {
    // `printf 'hello\n' | git hash-object --stdin`
    assertEquals("ce013625030ba8dba906f756967f9e9ca394464a", Checksums.gitBlobId(utf8("hello\n")));
  }
}
