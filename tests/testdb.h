/*
 * testdb.h - reading a number back from a database a test wrote.
 * Include after testutil.h.
 */
#ifndef TESTDB_H
#define TESTDB_H

#include <sqlite3.h>

/*
 * The first column of the first row of sql on db (opened read-only),
 * with param bound to ?1 when not NULL; fails the test on any error.
 */
static inline long long
db_int_param(const char *db, const char *sql, const char *param)
{
	sqlite3_stmt *stmt;
	sqlite3 *h;
	long long v;

	assert_int_equal(sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL),
	    SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(h, sql, -1, &stmt, NULL),
	    SQLITE_OK);
	if (param != NULL)
		sqlite3_bind_text(stmt, 1, param, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	v = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	sqlite3_close(h);
	return v;
}

static inline long long
db_int(const char *db, const char *sql)
{
	return db_int_param(db, sql, NULL);
}

#endif
