package dev.strata.model.check;

import dev.strata.model.check.rules.AddColumnVolatileDefaultCheck;
import dev.strata.model.check.rules.AddingNotNullColumnCheck;
import dev.strata.model.check.rules.AddingPrimaryKeyCheck;
import dev.strata.model.check.rules.AddingUniqueConstraintCheck;
import dev.strata.model.check.rules.BackfillWithoutWhereCheck;
import dev.strata.model.check.rules.BanCharTypeCheck;
import dev.strata.model.check.rules.ChangingColumnTypeCheck;
import dev.strata.model.check.rules.ConstraintMissingNotValidCheck;
import dev.strata.model.check.rules.DroppingColumnCheck;
import dev.strata.model.check.rules.DroppingTableCheck;
import dev.strata.model.check.rules.DroppingTypeCheck;
import dev.strata.model.check.rules.MissingLockTimeoutCheck;
import dev.strata.model.check.rules.PreferIdentityCheck;
import dev.strata.model.check.rules.PreferTextCheck;
import dev.strata.model.check.rules.PreferTimestamptzCheck;
import dev.strata.model.check.rules.RenamingColumnCheck;
import dev.strata.model.check.rules.RenamingTableCheck;
import dev.strata.model.check.rules.RequireConcurrentIndexCreationCheck;
import dev.strata.model.check.rules.RequireConcurrentIndexDeletionCheck;
import dev.strata.model.check.rules.SettingNotNullCheck;
import dev.strata.model.check.rules.StubMigrationCheck;
import java.util.List;
import java.util.Optional;

/** The registry: every rule, one line each. {@code ChecksTest} fails when a rule class is missing here. */
public final class Checks {
  private Checks() {}

  public static final List<Rule> ALL = List.of(
      new AddingNotNullColumnCheck(),
      new AddColumnVolatileDefaultCheck(),
      new ChangingColumnTypeCheck(),
      new SettingNotNullCheck(),
      new ConstraintMissingNotValidCheck(),
      new RequireConcurrentIndexCreationCheck(),
      new RequireConcurrentIndexDeletionCheck(),
      new AddingUniqueConstraintCheck(),
      new AddingPrimaryKeyCheck(),
      new DroppingColumnCheck(),
      new DroppingTableCheck(),
      new DroppingTypeCheck(),
      new RenamingColumnCheck(),
      new RenamingTableCheck(),
      new BackfillWithoutWhereCheck(),
      new StubMigrationCheck(),
      new MissingLockTimeoutCheck(),
      new PreferTextCheck(),
      new PreferTimestamptzCheck(),
      new PreferIdentityCheck(),
      new BanCharTypeCheck());

  public static Optional<Rule> byId(String id) {
    return ALL.stream().filter(r -> r.code().id().equals(id)).findFirst();
  }
}
