#pragma once

#include <QString>

// The database, its -wal and -shm files and every backup hold password hashes, answer
// keys and personal data: on POSIX they are readable and writable by their owner only
// (0600), whatever the umask. SQLite gives the -wal, -shm and -journal files the mode of
// the database file, so a database created 0600 keeps its companions 0600 too; a backup
// written by VACUUM INTO goes into a file created 0600 first.
// On Windows the files live in the per-user profile, which is private already: these do
// nothing there.
namespace OwnerOnlyFile {
// Creates `path` as an empty file with mode 0600. False if it exists or cannot be
// created (the caller's own open then reports why).
bool createEmpty(const QString& path);
// Takes away every permission of group and others from an existing file we own. True
// when there was something to take away and it was taken; false when the file is
// missing, already private, or not ours to change.
bool tighten(const QString& path);
} // namespace OwnerOnlyFile
