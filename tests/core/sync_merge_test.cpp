// The per-field three-way merge of one row (pure: no server, no sync session).
#include <gtest/gtest.h>

#include "core/store/schema.h"
#include "core/sync/row_merge.h"

using namespace overblik;
using namespace overblik::sync;

namespace {

class RowMergeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db = std::move(store::Database::open(":memory:").value());
    ASSERT_TRUE(store::migrate(db).ok());
    table = table_info(db, "provider").value();  // id, hlc, device, deleted, name, kind
    meta = MetaColumns::of(table).value();
  }
  static Row row(const std::string& hlc, const std::string& device, int64_t deleted, const std::string& name,
                 const std::string& kind) {
    return {std::string("p1"), hlc, device, deleted, name, kind};
  }
  store::Database db;
  TableInfo table;
  MetaColumns meta;
};

const std::string kT0 = "0000000000001.00000", kT1 = "0000000000002.00000", kT2 = "0000000000003.00000";

TEST_F(RowMergeTest, TakesRemoteWhenLocalUnchanged) {
  Row base = row(kT0, "a", 0, "Base", "internal");
  Row remote = row(kT1, "b", 0, "Remote", "external");
  auto m = merge_row(table, meta, &base, &base, remote);
  EXPECT_EQ(m.merged, remote);
  EXPECT_TRUE(m.conflicts.empty());
}

TEST_F(RowMergeTest, CombinesFieldsChangedOnDifferentSides) {
  Row base = row(kT0, "a", 0, "Base", "internal");
  Row local = row(kT2, "a", 0, "Local name", "internal");
  Row remote = row(kT1, "b", 0, "Base", "external");
  auto m = merge_row(table, meta, &base, &local, remote);
  EXPECT_EQ(m.merged[4], Value(std::string("Local name")));
  EXPECT_EQ(m.merged[5], Value(std::string("external")));
  EXPECT_EQ(m.merged[1], Value(kT2)) << "a mixed row carries the newer stamp";
  EXPECT_TRUE(m.conflicts.empty());
}

TEST_F(RowMergeTest, SameChangeOnBothSidesIsNoConflict) {
  Row base = row(kT0, "a", 0, "Base", "internal");
  Row local = row(kT2, "a", 0, "Same", "internal");
  Row remote = row(kT1, "b", 0, "Same", "internal");
  auto m = merge_row(table, meta, &base, &local, remote);
  EXPECT_TRUE(m.conflicts.empty());
  EXPECT_EQ(m.merged, remote) << "equal content takes the server's row, so there is nothing to push back";
}

TEST_F(RowMergeTest, ConcurrentEditsKeepBothValuesAndPickTheNewerStamp) {
  Row base = row(kT0, "a", 0, "Base", "internal");
  Row local = row(kT1, "a", 0, "Local", "internal");
  Row remote = row(kT2, "b", 0, "Remote", "internal");
  auto m = merge_row(table, meta, &base, &local, remote);
  ASSERT_EQ(m.conflicts.size(), 1u);
  EXPECT_EQ(m.conflicts[0].field, "name");
  EXPECT_EQ(m.conflicts[0].local, Value(std::string("Local")));
  EXPECT_EQ(m.conflicts[0].remote, Value(std::string("Remote")));
  EXPECT_EQ(m.merged[4], Value(std::string("Remote")));
  // The same pair merged from the other side picks the same winner: devices converge.
  auto mirrored = merge_row(table, meta, &base, &remote, local);
  EXPECT_EQ(mirrored.merged[4], Value(std::string("Remote")));
}

TEST_F(RowMergeTest, EqualStampsBreakTiesByDevice) {
  Row base = row(kT0, "a", 0, "Base", "internal");
  Row local = row(kT1, "dev-z", 0, "Z", "internal");
  Row remote = row(kT1, "dev-b", 0, "B", "internal");
  EXPECT_EQ(merge_row(table, meta, &base, &local, remote).merged[4], Value(std::string("Z")));
  EXPECT_EQ(merge_row(table, meta, &base, &remote, local).merged[4], Value(std::string("Z")));
}

TEST_F(RowMergeTest, EditAgainstDeleteKeepsTheEdit) {
  Row base = row(kT0, "a", 0, "Base", "internal");
  Row local_delete = row(kT2, "a", 1, "Base", "internal");
  Row remote_edit = row(kT1, "b", 0, "Edited", "internal");
  auto m = merge_row(table, meta, &base, &local_delete, remote_edit);
  EXPECT_EQ(m.merged[meta.deleted], Value(int64_t{0}));
  EXPECT_EQ(m.merged[4], Value(std::string("Edited")));
  ASSERT_EQ(m.conflicts.size(), 1u);
  EXPECT_EQ(m.conflicts[0].kind, ConflictKind::edit_vs_delete);
  // And the other way round.
  auto back = merge_row(table, meta, &base, &remote_edit, local_delete);
  EXPECT_EQ(back.merged[meta.deleted], Value(int64_t{0}));
  ASSERT_EQ(back.conflicts.size(), 1u);
  EXPECT_EQ(back.conflicts[0].kind, ConflictKind::edit_vs_delete);
}

TEST_F(RowMergeTest, DeleteWithoutCompetingEditDeletes) {
  Row base = row(kT0, "a", 0, "Base", "internal");
  Row local = row(kT1, "a", 0, "Base", "external");  // local edit of another field, remote delete
  Row remote_delete = row(kT2, "b", 1, "Base", "internal");
  auto m = merge_row(table, meta, &base, &local, remote_delete);
  EXPECT_EQ(m.merged[meta.deleted], Value(int64_t{0})) << "a local edit still wins against the delete";
  Row untouched_remote_delete = row(kT2, "b", 1, "Base", "internal");
  Row local_only_meta = base;
  auto plain = merge_row(table, meta, &base, &local_only_meta, untouched_remote_delete);
  EXPECT_EQ(plain.merged, untouched_remote_delete);
  EXPECT_TRUE(plain.conflicts.empty());
}

TEST_F(RowMergeTest, RowNewOnBothSidesConflictsOnEveryDifferingField) {
  Row local = row(kT1, "a", 0, "Mine", "internal");
  Row remote = row(kT2, "b", 0, "Theirs", "internal");
  auto m = merge_row(table, meta, nullptr, &local, remote);
  ASSERT_EQ(m.conflicts.size(), 1u);
  EXPECT_EQ(m.merged, remote);
}

}  // namespace
