<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AccountAccess</name>
        <message>
            <source>Logged in: %1 (%2)</source>
            <translation>Logged in: %1 (%2)</translation>
        </message>
        <message>
            <source>Setup mode: no user accounts yet</source>
            <translation>Setup mode: no user accounts yet</translation>
        </message>
        <message>
            <source>Not logged in</source>
            <translation>Not logged in</translation>
        </message>
    </context>
    <context>
        <name>AccountDialog</name>
        <message>
            <source>e.g. nguyen.van.an</source>
            <translation>e.g. nguyen.van.an</translation>
        </message>
        <message>
            <source>e.g. Nguyễn Văn An</source>
            <translation>e.g. Nguyễn Văn An</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Full name:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>&amp;Create account</source>
            <translation>&amp;Create account</translation>
        </message>
    </context>
    <context>
        <name>AikenParser</name>
        <message>
            <source>question '%1' is never finished: its options are not followed by an ANSWER: line</source>
            <translation>question '%1' is never finished: its options are not followed by an ANSWER: line</translation>
        </message>
        <message>
            <source>question '%1' is never finished: the file ends before its ANSWER: line</source>
            <translation>question '%1' is never finished: the file ends before its ANSWER: line</translation>
        </message>
        <message>
            <source>option %1) comes before any question text</source>
            <translation>option %1) comes before any question text</translation>
        </message>
        <message>
            <source>question '%1' has more than %2 options</source>
            <translation>question '%1' has more than %2 options</translation>
        </message>
        <message>
            <source>option %1) of question '%2' is out of order; expected %3)</source>
            <translation>option %1) of question '%2' is out of order; expected %3)</translation>
        </message>
        <message>
            <source>ANSWER: line without a question before it</source>
            <translation>ANSWER: line without a question before it</translation>
        </message>
        <message>
            <source>question '%1' has too few options (%2); a question needs %3 to %4</source>
            <translation>question '%1' has too few options (%2); a question needs %3 to %4</translation>
        </message>
        <message>
            <source>ANSWER: '%1' of question '%2' is not one of its options</source>
            <translation>ANSWER: '%1' of question '%2' is not one of its options</translation>
        </message>
    </context>
    <context>
        <name>AuditCommands</name>
        <message>
            <source>the audit log is intact (%1 entries), but the data does NOT match it:
%2</source>
            <translation>the audit log is intact (%1 entries), but the data does NOT match it:
%2</translation>
        </message>
        <message>
            <source>audit log intact: %1 entries, chain verified; %2 locked results snapshot(s) and %3 account(s) match it
</source>
            <translation>audit log intact: %1 entries, chain verified; %2 locked results snapshot(s) and %3 account(s) match it
</translation>
        </message>
        <message>
            <source>the audit log is NOT intact (%1 entries checked):
  %2</source>
            <translation>the audit log is NOT intact (%1 entries checked):
  %2</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <source>entry %1 is missing (the next entry is %2)</source>
            <translation>entry %1 is missing (the next entry is %2)</translation>
        </message>
        <message>
            <source>entry %1 does not follow the entry before it (an entry was changed or deleted)</source>
            <translation>entry %1 does not follow the entry before it (an entry was changed or deleted)</translation>
        </message>
        <message>
            <source>entry %1 was changed after it was written</source>
            <translation>entry %1 was changed after it was written</translation>
        </message>
        <message>
            <source>the last entries of the log were deleted or changed (the log ends at %1, but %2 was written last)</source>
            <translation>the last entries of the log were deleted or changed (the log ends at %1, but %2 was written last)</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nothing</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Every decision that affects the results, in the order it was made. Each entry seals the one before it, so an edited or deleted entry is found.</source>
            <translation>Every decision that affects the results, in the order it was made. Each entry seals the one before it, so an edited or deleted entry is found.</translation>
        </message>
        <message>
            <source>&amp;Verify chain</source>
            <translation>&amp;Verify chain</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>✗ The audit log was changed after it was written:
%1</source>
            <translation>✗ The audit log was changed after it was written:
%1</translation>
        </message>
        <message>
            <source>Verify chain</source>
            <translation>Verify chain</translation>
        </message>
        <message>
            <source>✗ The audit log is intact, but the data does not match it:
%1</source>
            <translation>✗ The audit log is intact, but the data does not match it:
%1</translation>
        </message>
        <message>
            <source>Time (%1)</source>
            <translation>Time (%1)</translation>
        </message>
        <message>
            <source>Recorded as: %1</source>
            <translation>Recorded as: %1</translation>
        </message>
        <message numerus="yes">
            <source>✓ The audit log is intact: %Ln entry(s) checked.</source>
            <translation>
                <numerusform>✓ The audit log is intact: %Ln entry(s) checked.</numerusform>
                <numerusform>✓ The audit log is intact: %Ln entry(s) checked.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditText</name>
        <message>
            <source>Contest settings changed</source>
            <translation>Contest settings changed</translation>
        </message>
        <message>
            <source>Units imported</source>
            <translation>Units imported</translation>
        </message>
        <message>
            <source>Exclusion list imported</source>
            <translation>Exclusion list imported</translation>
        </message>
        <message>
            <source>Exclusion removed</source>
            <translation>Exclusion removed</translation>
        </message>
        <message>
            <source>Question categories mapped to topics</source>
            <translation>Question categories mapped to topics</translation>
        </message>
        <message>
            <source>Tie decided by the judges</source>
            <translation>Tie decided by the judges</translation>
        </message>
        <message>
            <source>Tie decision withdrawn</source>
            <translation>Tie decision withdrawn</translation>
        </message>
        <message>
            <source>Results locked</source>
            <translation>Results locked</translation>
        </message>
        <message>
            <source>Results unlocked</source>
            <translation>Results unlocked</translation>
        </message>
        <message>
            <source>Database restored from a backup</source>
            <translation>Database restored from a backup</translation>
        </message>
        <message>
            <source>Account created</source>
            <translation>Account created</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <source>Role changed</source>
            <translation>Role changed</translation>
        </message>
        <message>
            <source>Account disabled</source>
            <translation>Account disabled</translation>
        </message>
        <message>
            <source>Account enabled</source>
            <translation>Account enabled</translation>
        </message>
        <message>
            <source>Account unlocked</source>
            <translation>Account unlocked</translation>
        </message>
        <message>
            <source>Failed login</source>
            <translation>Failed login</translation>
        </message>
        <message>
            <source>Other action (not known to this version)</source>
            <translation>Other action (not known to this version)</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(not recorded)</translation>
        </message>
        <message>
            <source>collective prize</source>
            <translation>collective prize</translation>
        </message>
        <message>
            <source>%1, decision no. %2</source>
            <translation>%1, decision no. %2</translation>
        </message>
        <message>
            <source>snapshot no. %1</source>
            <translation>snapshot no. %1</translation>
        </message>
        <message>
            <source>Integrity case decided by the judges</source>
            <translation>Integrity case decided by the judges</translation>
        </message>
        <message>
            <source>Answer key corrected</source>
            <translation>Answer key corrected</translation>
        </message>
    </context>
    <context>
        <name>AuditedDataCheck</name>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>locked results snapshot %1 (locked %2 by %3) has no results.lock entry in the audit log: it was not locked through Contest Admin</source>
            <translation>locked results snapshot %1 (locked %2 by %3) has no results.lock entry in the audit log: it was not locked through Contest Admin</translation>
        </message>
        <message>
            <source>locked results snapshot %1 (locked %2 by %3) was changed after it was locked: its content hashes to %4, but audit entry %5 recorded %6</source>
            <translation>locked results snapshot %1 (locked %2 by %3) was changed after it was locked: its content hashes to %4, but audit entry %5 recorded %6</translation>
        </message>
        <message>
            <source>locked results snapshot %1 (locked %2 by %3): its stored SHA-256 %4 was changed; audit entry %5 recorded %6</source>
            <translation>locked results snapshot %1 (locked %2 by %3): its stored SHA-256 %4 was changed; audit entry %5 recorded %6</translation>
        </message>
        <message>
            <source>locked results snapshot %1, locked in audit entry %2, was deleted from the database</source>
            <translation>locked results snapshot %1, locked in audit entry %2, was deleted from the database</translation>
        </message>
        <message>
            <source>account %1 (role %2) was not created through Contest Admin: the audit log has no user.create entry for it</source>
            <translation>account %1 (role %2) was not created through Contest Admin: the audit log has no user.create entry for it</translation>
        </message>
        <message>
            <source>account %1 has the role %2, but the audit log gave it the role %3 (entry %4)</source>
            <translation>account %1 has the role %2, but the audit log gave it the role %3 (entry %4)</translation>
        </message>
    </context>
    <context>
        <name>Authorization</name>
        <message>
            <source>manage user accounts</source>
            <translation>manage user accounts</translation>
        </message>
        <message>
            <source>change the contest settings</source>
            <translation>change the contest settings</translation>
        </message>
        <message>
            <source>change the units or the exclusion list</source>
            <translation>change the units or the exclusion list</translation>
        </message>
        <message>
            <source>change the question bank</source>
            <translation>change the question bank</translation>
        </message>
        <message>
            <source>export the question bank</source>
            <translation>export the question bank</translation>
        </message>
        <message>
            <source>see the answer keys</source>
            <translation>see the answer keys</translation>
        </message>
        <message>
            <source>publish to the server or import submissions</source>
            <translation>publish to the server or import submissions</translation>
        </message>
        <message>
            <source>see the results</source>
            <translation>see the results</translation>
        </message>
        <message>
            <source>record or withdraw tie decisions</source>
            <translation>record or withdraw tie decisions</translation>
        </message>
        <message>
            <source>lock or unlock the results</source>
            <translation>lock or unlock the results</translation>
        </message>
        <message>
            <source>print certificates or award lists</source>
            <translation>print certificates or award lists</translation>
        </message>
        <message>
            <source>Account %1 (%2) is not allowed to %3</source>
            <translation>Account %1 (%2) is not allowed to %3</translation>
        </message>
        <message>
            <source>This database has user accounts: log in first (contestctl --user NAME) to %1</source>
            <translation>This database has user accounts: log in first (contestctl --user NAME) to %1</translation>
        </message>
        <message>
            <source>see the answer keys before the contest closes</source>
            <translation>see the answer keys before the contest closes</translation>
        </message>
    </context>
    <context>
        <name>AwardListWriter</name>
        <message>
            <source>%1: the award list is written as .pdf, .xlsx or .csv</source>
            <translation>%1: the award list is written as .pdf, .xlsx or .csv</translation>
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <source>Contest databases (*.sqlite *.db);;All files (*)</source>
            <translation>Contest databases (*.sqlite *.db);;All files (*)</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <translation>&amp;Back up…</translation>
        </message>
        <message>
            <source>Res&amp;tore…</source>
            <translation>Res&amp;tore…</translation>
        </message>
        <message>
            <source>Backup before each s&amp;ync…</source>
            <translation>Backup before each s&amp;ync…</translation>
        </message>
        <message>
            <source>Back up the database</source>
            <translation>Back up the database</translation>
        </message>
        <message>
            <source>A shared PostgreSQL database is backed up on the server by its administrator, with:

%1</source>
            <translation>A shared PostgreSQL database is backed up on the server by its administrator, with:

%1</translation>
        </message>
        <message>
            <source>The backup was written to %1 (%2).</source>
            <translation>The backup was written to %1 (%2).</translation>
        </message>
        <message>
            <source>No backup was written.

%1</source>
            <translation>No backup was written.

%1</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Replace the open database %1 by the backup %2?

The backup is checked first; the current database is kept beside it as %3.before-restore-….</source>
            <translation>Replace the open database %1 by the backup %2?

The backup is checked first; the current database is kept beside it as %3.before-restore-….</translation>
        </message>
        <message>
            <source>The backup was restored: %1.

The replaced database is kept as %2.</source>
            <translation>The backup was restored: %1.

The replaced database is kept as %2.</translation>
        </message>
        <message>
            <source>Nothing was restored; the database is unchanged.

%1</source>
            <translation>Nothing was restored; the database is unchanged.

%1</translation>
        </message>
        <message>
            <source>Backup before each sync</source>
            <translation>Backup before each sync</translation>
        </message>
        <message>
            <source>A shared PostgreSQL database is backed up on the server (pg_dump), not before each sync by this program.</source>
            <translation>A shared PostgreSQL database is backed up on the server (pg_dump), not before each sync by this program.</translation>
        </message>
        <message>
            <source>choose the folder for the backups</source>
            <translation>choose the folder for the backups</translation>
        </message>
        <message>
            <source>The setting was not changed.

%1</source>
            <translation>The setting was not changed.

%1</translation>
        </message>
        <message>
            <source>A shared PostgreSQL database is restored by its administrator, into a new, empty database that the committee then connects to, with:

%1

Before using it, check that its locked results and accounts match its audit log:

%2</source>
            <translation>A shared PostgreSQL database is restored by its administrator, into a new, empty database that the committee then connects to, with:

%1

Before using it, check that its locked results and accounts match its audit log:

%2</translation>
        </message>
        <message>
            <source>

Restored although its audit log does not vouch for them, as you accepted (recorded in the audit log):
%1</source>
            <translation>

Restored although its audit log does not vouch for them, as you accepted (recorded in the audit log):
%1</translation>
        </message>
        <message>
            <source>%1

Restore it anyway? The snapshots and accounts listed are then restored exactly as the backup holds them (with those accounts' roles and passwords), and the restored database's audit log records that you accepted them.</source>
            <translation>%1

Restore it anyway? The snapshots and accounts listed are then restored exactly as the backup holds them (with those accounts' roles and passwords), and the restored database's audit log records that you accepted them.</translation>
        </message>
    </context>
    <context>
        <name>BackupBeforeSync</name>
        <message>
            <source>a PostgreSQL database is backed up on the server with pg_dump, not before each sync by this program</source>
            <translation>a PostgreSQL database is backed up on the server with pg_dump, not before each sync by this program</translation>
        </message>
        <message>
            <source>backup folder %1 does not exist</source>
            <translation>backup folder %1 does not exist</translation>
        </message>
        <message>
            <source>keep %1: expected 1 to %2 backups</source>
            <translation>keep %1: expected 1 to %2 backups</translation>
        </message>
        <message>
            <source>not synced: the folder for backups before each sync, %1, does not exist (change it or turn the backups off)</source>
            <translation>not synced: the folder for backups before each sync, %1, does not exist (change it or turn the backups off)</translation>
        </message>
        <message>
            <source>not synced: the backup before the sync failed: %1</source>
            <translation>not synced: the backup before the sync failed: %1</translation>
        </message>
    </context>
    <context>
        <name>BackupBeforeSyncDialog</name>
        <message>
            <source>Backup before each sync</source>
            <translation>Backup before each sync</translation>
        </message>
        <message>
            <source>Before every sync (here and in scheduled contestctl runs) a copy of the database is written into the folder, and only the newest are kept. If the copy cannot be written, the sync does not run.</source>
            <translation>Before every sync (here and in scheduled contestctl runs) a copy of the database is written into the folder, and only the newest are kept. If the copy cannot be written, the sync does not run.</translation>
        </message>
        <message>
            <source>&amp;Back up before each sync</source>
            <translation>&amp;Back up before each sync</translation>
        </message>
        <message>
            <source>B&amp;rowse…</source>
            <translation>B&amp;rowse…</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Folder:</translation>
        </message>
        <message>
            <source> backups</source>
            <translation> backups</translation>
        </message>
        <message>
            <source>&amp;Keep the newest:</source>
            <translation>&amp;Keep the newest:</translation>
        </message>
        <message>
            <source>Folder for the backups</source>
            <translation>Folder for the backups</translation>
        </message>
    </context>
    <context>
        <name>BackupCommands</name>
        <message>
            <source>--out FILE is required (usage: contestctl %1)</source>
            <translation>--out FILE is required (usage: contestctl %1)</translation>
        </message>
        <message>
            <source>%1 is a PostgreSQL database: back it up on the server with pg_dump (the password from PGPASSWORD or ~/.pgpass):
  %2</source>
            <translation>%1 is a PostgreSQL database: back it up on the server with pg_dump (the password from PGPASSWORD or ~/.pgpass):
  %2</translation>
        </message>
        <message>
            <source>backup written to %1 (%2 bytes)</source>
            <translation>backup written to %1 (%2 bytes)</translation>
        </message>
        <message>
            <source>restored %1 from %2: %3</source>
            <translation>restored %1 from %2: %3</translation>
        </message>
        <message>
            <source>the replaced database is kept as %1</source>
            <translation>the replaced database is kept as %1</translation>
        </message>
        <message>
            <source>--off takes no --folder or --keep (usage: contestctl %1)</source>
            <translation>--off takes no --folder or --keep (usage: contestctl %1)</translation>
        </message>
        <message>
            <source>--keep %1: expected a number of backups</source>
            <translation>--keep %1: expected a number of backups</translation>
        </message>
        <message>
            <source>--keep needs --folder DIR (no folder is set yet)</source>
            <translation>--keep needs --folder DIR (no folder is set yet)</translation>
        </message>
        <message>
            <source>before each sync: a backup into %1, keeping the newest %2</source>
            <translation>before each sync: a backup into %1, keeping the newest %2</translation>
        </message>
        <message>
            <source>before each sync: no backup</source>
            <translation>before each sync: no backup</translation>
        </message>
        <message>
            <source>%1 is a PostgreSQL database: restore a pg_dump file with pg_restore into a new, empty database (docs/storage.md), check that its locked results and accounts match its audit log, then use that one:
  %2
  %3</source>
            <translation>%1 is a PostgreSQL database: restore a pg_dump file with pg_restore into a new, empty database (docs/storage.md), check that its locked results and accounts match its audit log, then use that one:
  %2
  %3</translation>
        </message>
        <message>
            <source>%1
To restore it anyway, repeat with --accept-unaudited: the snapshots and accounts listed are then restored exactly as the backup holds them (with those accounts' roles and passwords), and the restored database's audit log records that you accepted them. --force alone does not do this.</source>
            <translation>%1
To restore it anyway, repeat with --accept-unaudited: the snapshots and accounts listed are then restored exactly as the backup holds them (with those accounts' roles and passwords), and the restored database's audit log records that you accepted them. --force alone does not do this.</translation>
        </message>
        <message>
            <source>accepted although the audit log did not vouch for them (recorded in the audit log):
%1</source>
            <translation>accepted although the audit log did not vouch for them (recorded in the audit log):
%1</translation>
        </message>
    </context>
    <context>
        <name>BackupInspector</name>
        <message>
            <source>schema version %1, contest %2, %3 questions, %4 submissions, %5 audit entries</source>
            <translation>schema version %1, contest %2, %3 questions, %4 submissions, %5 audit entries</translation>
        </message>
        <message>
            <source>(no settings)</source>
            <translation>(no settings)</translation>
        </message>
        <message>
            <source>, last audited change: %1</source>
            <translation>, last audited change: %1</translation>
        </message>
        <message>
            <source>%1 is not a SQLite database file, so not a Contest Admin backup</source>
            <translation>%1 is not a SQLite database file, so not a Contest Admin backup</translation>
        </message>
        <message>
            <source>%1 is damaged (SQLite integrity check: %2)</source>
            <translation>%1 is damaged (SQLite integrity check: %2)</translation>
        </message>
        <message>
            <source>%1 cannot be used as a Contest Admin database: %2</source>
            <translation>%1 cannot be used as a Contest Admin database: %2</translation>
        </message>
        <message>
            <source>%1 holds no Contest Admin data (no schema)</source>
            <translation>%1 holds no Contest Admin data (no schema)</translation>
        </message>
        <message>
            <source>%1 was written by a newer version of Contest Admin (schema version %2; this version knows up to %3): update Contest Admin first</source>
            <translation>%1 was written by a newer version of Contest Admin (schema version %2; this version knows up to %3): update Contest Admin first</translation>
        </message>
        <message>
            <source>%1: its audit log does not verify, so it may have been altered:
  %2</source>
            <translation>%1: its audit log does not verify, so it may have been altered:
  %2</translation>
        </message>
    </context>
    <context>
        <name>BlueprintCheck</name>
        <message>
            <source>topic %1</source>
            <translation>topic %1</translation>
        </message>
        <message>
            <source>an attempt draws %1 questions but only %2 are approved (%3 in the bank)</source>
            <translation>an attempt draws %1 questions but only %2 are approved (%3 in the bank)</translation>
        </message>
    </context>
    <context>
        <name>BlueprintEditor</name>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <source>(unknown topic)</source>
            <translation>(unknown topic)</translation>
        </message>
        <message>
            <source>not used</source>
            <translation>not used</translation>
        </message>
        <message>
            <source>Questions from %1</source>
            <translation>Questions from %1</translation>
        </message>
        <message>
            <source>Total %1 of %2 questions per attempt</source>
            <translation>Total %1 of %2 questions per attempt</translation>
        </message>
    </context>
    <context>
        <name>BlueprintPanel</name>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Drawn per attempt</source>
            <translation>Drawn per attempt</translation>
        </message>
        <message>
            <source>Not retired</source>
            <translation>Not retired</translation>
        </message>
        <message>
            <source>Every topic has enough approved questions for the blueprint.</source>
            <translation>Every topic has enough approved questions for the blueprint.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln more approved question(s) needed</source>
            <translation>
                <numerusform>%Ln more approved question(s) needed</numerusform>
                <numerusform>%Ln more approved question(s) needed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln topic(s) have fewer approved questions than an attempt draws: the exam cannot be published yet.</source>
            <translation>
                <numerusform>%Ln topic(s) have fewer approved questions than an attempt draws: the exam cannot be published yet.</numerusform>
                <numerusform>%Ln topic(s) have fewer approved questions than an attempt draws: the exam cannot be published yet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BookletPanel</name>
        <message>
            <source>A booklet of the bank for review meetings, grouped by topic. Leave the answers out for reviewers who should try the questions first.</source>
            <translation>A booklet of the bank for review meetings, grouped by topic. Leave the answers out for reviewers who should try the questions first.</translation>
        </message>
        <message>
            <source>Show the &amp;answers</source>
            <translation>Show the &amp;answers</translation>
        </message>
        <message>
            <source>Show the &amp;legal sources</source>
            <translation>Show the &amp;legal sources</translation>
        </message>
        <message>
            <source>Show the e&amp;xplanations</source>
            <translation>Show the e&amp;xplanations</translation>
        </message>
        <message>
            <source>Only the questions the &amp;table shows</source>
            <translation>Only the questions the &amp;table shows</translation>
        </message>
        <message>
            <source>Print pre&amp;view…</source>
            <translation>Print pre&amp;view…</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>Save as &amp;PDF…</translation>
        </message>
        <message>
            <source>Question bank booklet</source>
            <translation>Question bank booklet</translation>
        </message>
        <message>
            <source>Contest Admin</source>
            <translation>Contest Admin</translation>
        </message>
        <message>
            <source>Save the booklet as PDF</source>
            <translation>Save the booklet as PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Booklet</source>
            <translation>Booklet</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>Could not write %1.</translation>
        </message>
        <message>
            <source>Booklet preview</source>
            <translation>Booklet preview</translation>
        </message>
    </context>
    <context>
        <name>BurstScan</name>
        <message numerus="yes">
            <source>They declared %n different units.</source>
            <translation>
                <numerusform>They declared %n different units.</numerusform>
                <numerusform>They declared %n different units.</numerusform>
            </translation>
        </message>
        <message>
            <source>They all declared %1, which is no office whose staff would share a computer.</source>
            <translation>They all declared %1, which is no office whose staff would share a computer.</translation>
        </message>
        <message>
            <source>no unit</source>
            <translation>no unit</translation>
        </message>
        <message>
            <source>Not each of them gave an ID number and a phone of their own.</source>
            <translation>Not each of them gave an ID number and a phone of their own.</translation>
        </message>
        <message>
            <source>%1 and %2 gave the same answer to %3 of the %4 questions both were drawn, with predictions %5 and %6.</source>
            <translation>%1 and %2 gave the same answer to %3 of the %4 questions both were drawn, with predictions %5 and %6.</translation>
        </message>
        <message numerus="yes">
            <source>%n different people sent from one device (the same browser and connection) between %1 and %2: %3</source>
            <translation>
                <numerusform>%n different people sent from one device (the same browser and connection) between %1 and %2: %3</numerusform>
                <numerusform>%n different people sent from one device (the same browser and connection) between %1 and %2: %3</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CategoryMapping</name>
        <message>
            <source>default topic</source>
            <translation>default topic</translation>
        </message>
        <message>
            <source>category '%1'</source>
            <translation>category '%1'</translation>
        </message>
        <message>
            <source>unknown topic '%1' (topics: %2)</source>
            <translation>unknown topic '%1' (topics: %2)</translation>
        </message>
    </context>
    <context>
        <name>CertificateBatch</name>
        <message>
            <source>unknown certificate kind '%1' (certificate or award)</source>
            <translation>unknown certificate kind '%1' (certificate or award)</translation>
        </message>
        <message>
            <source>the %1 layout has no signer's name: give the name of the person who signs (under "%2") in the layout editor, or for this print only (contestctl print certificates --signer NAME)</source>
            <translation>the %1 layout has no signer's name: give the name of the person who signs (under "%2") in the layout editor, or for this print only (contestctl print certificates --signer NAME)</translation>
        </message>
    </context>
    <context>
        <name>CertificateRegistry</name>
        <message>
            <source>the audit log records no lock of results snapshot %1, which this certificate names</source>
            <translation>the audit log records no lock of results snapshot %1, which this certificate names</translation>
        </message>
        <message>
            <source>its record names results with SHA-256 %1, but snapshot %2 was locked with %3: the record or the snapshot was altered</source>
            <translation>its record names results with SHA-256 %1, but snapshot %2 was locked with %3: the record or the snapshot was altered</translation>
        </message>
        <message>
            <source>its record was altered: the code was not issued for this recipient</source>
            <translation>its record was altered: the code was not issued for this recipient</translation>
        </message>
    </context>
    <context>
        <name>CertificateTemplate</name>
        <message>
            <source>template: key 'kind' must be one of %1</source>
            <translation>template: key 'kind' must be one of %1</translation>
        </message>
        <message>
            <source>template: key '%1' must be a number</source>
            <translation>template: key '%1' must be a number</translation>
        </message>
        <message>
            <source>key 'page_size' must be A4 or A5</source>
            <translation>key 'page_size' must be A4 or A5</translation>
        </message>
        <message>
            <source>key 'number_start' must be 1 or more</source>
            <translation>key 'number_start' must be 1 or more</translation>
        </message>
        <message>
            <source>the QR code must be at least 10 mm wide to scan</source>
            <translation>the QR code must be at least 10 mm wide to scan</translation>
        </message>
        <message>
            <source>field '%1': width and font size must be positive</source>
            <translation>field '%1': width and font size must be positive</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Organiser</translation>
        </message>
        <message>
            <source>Issuing body</source>
            <translation>Issuing body</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>Certificate number</translation>
        </message>
        <message>
            <source>National motto</source>
            <translation>National motto</translation>
        </message>
        <message>
            <source>National motto, second line</source>
            <translation>National motto, second line</translation>
        </message>
        <message>
            <source>Document title</source>
            <translation>Document title</translation>
        </message>
        <message>
            <source>Preamble</source>
            <translation>Preamble</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Year of birth</source>
            <translation>Year of birth</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Achievement</source>
            <translation>Achievement</translation>
        </message>
        <message>
            <source>Place and date</source>
            <translation>Place and date</translation>
        </message>
        <message>
            <source>Signer's title</source>
            <translation>Signer's title</translation>
        </message>
        <message>
            <source>Signer's name</source>
            <translation>Signer's name</translation>
        </message>
        <message>
            <source>Verification code</source>
            <translation>Verification code</translation>
        </message>
        <message>
            <source>left</source>
            <translation>left</translation>
        </message>
        <message>
            <source>right</source>
            <translation>right</translation>
        </message>
        <message>
            <source>centre</source>
            <translation>centre</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>Save chart…</source>
            <translation>Save chart…</translation>
        </message>
        <message>
            <source>Save this chart as a PNG picture or a PDF page</source>
            <translation>Save this chart as a PNG picture or a PDF page</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Save chart</translation>
        </message>
        <message>
            <source>PNG picture (*.png);;PDF document (*.pdf)</source>
            <translation>PNG picture (*.png);;PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>Could not write %1.</translation>
        </message>
    </context>
    <context>
        <name>CollectiveRankingModel</name>
        <message>
            <source>(not in the units list)</source>
            <translation>(not in the units list)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Unresolved tie — judges decide</source>
            <translation>Unresolved tie — judges decide</translation>
        </message>
        <message>
            <source>Collective prize</source>
            <translation>Collective prize</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>Unit code</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Contestants</source>
            <translation>Contestants</translation>
        </message>
        <message>
            <source>Headcount</source>
            <translation>Headcount</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Participation</translation>
        </message>
        <message>
            <source>Perfect scores</source>
            <translation>Perfect scores</translation>
        </message>
        <message>
            <source>Average duration</source>
            <translation>Average duration</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>Eligible</translation>
        </message>
        <message>
            <source>Prize</source>
            <translation>Prize</translation>
        </message>
        <message>
            <source>More contestants (%1) than the unit's headcount (%2): people outside the unit chose it, or the headcount is out of date. The rate is shown as counted.</source>
            <translation>More contestants (%1) than the unit's headcount (%2): people outside the unit chose it, or the headcount is out of date. The rate is shown as counted.</translation>
        </message>
        <message>
            <source>This unit cannot receive a collective prize (for example the organising office or the public): it is listed after the ranked units, without a rank.</source>
            <translation>This unit cannot receive a collective prize (for example the organising office or the public): it is listed after the ranked units, without a rank.</translation>
        </message>
    </context>
    <context>
        <name>ConnectDatabaseDialog</name>
        <message>
            <source>Connect to shared database</source>
            <translation>Connect to shared database</translation>
        </message>
        <message>
            <source>A PostgreSQL database on a server lets several people work on the same contest. Ask its administrator for these details.</source>
            <translation>A PostgreSQL database on a server lets several people work on the same contest. Ask its administrator for these details.</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;ort:</translation>
        </message>
        <message>
            <source>&amp;Database name:</source>
            <translation>&amp;Database name:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Remember the password</source>
            <translation>&amp;Remember the password</translation>
        </message>
        <message>
            <source>It will be kept in %1.</source>
            <translation>It will be kept in %1.</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Test connection</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Connect</translation>
        </message>
        <message>
            <source>Database name: a name with '/' is not supported.</source>
            <translation>Database name: a name with '/' is not supported.</translation>
        </message>
        <message>
            <source>Database name:</source>
            <translation>Database name:</translation>
        </message>
        <message>
            <source>Connected (%1): empty database: it will be set up.</source>
            <translation>Connected (%1): empty database: it will be set up.</translation>
        </message>
        <message>
            <source>Connected (%1): schema version %2 (this program: %3).</source>
            <translation>Connected (%1): schema version %2 (this program: %3).</translation>
        </message>
        <message>
            <source>Cannot connect: %1</source>
            <translation>Cannot connect: %1</translation>
        </message>
        <message>
            <source>The password cannot be remembered: %1</source>
            <translation>The password cannot be remembered: %1</translation>
        </message>
    </context>
    <context>
        <name>ContestArea</name>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Settings</translation>
        </message>
        <message>
            <source>&amp;Units</source>
            <translation>&amp;Units</translation>
        </message>
        <message>
            <source>&amp;Exclusion list</source>
            <translation>&amp;Exclusion list</translation>
        </message>
        <message>
            <source>&amp;Topics</source>
            <translation>&amp;Topics</translation>
        </message>
    </context>
    <context>
        <name>ContestCommands</name>
        <message>
            <source>--people takes a whole number of contestants</source>
            <translation>--people takes a whole number of contestants</translation>
        </message>
        <message>
            <source>%1 already holds a contest; use --force to overwrite its settings with the demo's</source>
            <translation>%1 already holds a contest; use --force to overwrite its settings with the demo's</translation>
        </message>
        <message>
            <source>%1: demo contest sonha-2024 ready
</source>
            <translation>%1: demo contest sonha-2024 ready
</translation>
        </message>
    </context>
    <context>
        <name>ContestDatabase</name>
        <message>
            <source>%1 does not exist: run `contestctl --db %1 init` to create it</source>
            <translation>%1 does not exist: run `contestctl --db %1 init` to create it</translation>
        </message>
        <message>
            <source>%1 holds no contest yet: run `contestctl --db %1 init` first</source>
            <translation>%1 holds no contest yet: run `contestctl --db %1 init` first</translation>
        </message>
        <message>
            <source>%1 has an older schema (version %2, now %3): run `contestctl --db %1 init` to upgrade it</source>
            <translation>%1 has an older schema (version %2, now %3): run `contestctl --db %1 init` to upgrade it</translation>
        </message>
    </context>
    <context>
        <name>ContestSettings</name>
        <message>
            <source>key '%1'</source>
            <translation>key '%1'</translation>
        </message>
        <message>
            <source>unknown topic '%1' (topics: %2)</source>
            <translation>unknown topic '%1' (topics: %2)</translation>
        </message>
        <message>
            <source>%1: cannot read the file: %2</source>
            <translation>%1: cannot read the file: %2</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>must not be empty</translation>
        </message>
        <message>
            <source>use only letters A-Z, digits, '.', '_' and '-' (it is part of the server's addresses), at most 64</source>
            <translation>use only letters A-Z, digits, '.', '_' and '-' (it is part of the server's addresses), at most 64</translation>
        </message>
        <message>
            <source>must be between 1 and 500</source>
            <translation>must be between 1 and 500</translation>
        </message>
        <message>
            <source>must name at least one topic</source>
            <translation>must name at least one topic</translation>
        </message>
        <message>
            <source>topic '%1' is listed twice</source>
            <translation>topic '%1' is listed twice</translation>
        </message>
        <message>
            <source>must be at least 1</source>
            <translation>must be at least 1</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>must not be negative</translation>
        </message>
        <message>
            <source>must not be negative (0 means unlimited)</source>
            <translation>must not be negative (0 means unlimited)</translation>
        </message>
        <message>
            <source>use 1 to 32 lower-case letters, digits or '_'</source>
            <translation>use 1 to 32 lower-case letters, digits or '_'</translation>
        </message>
        <message>
            <source>prize key '%1' is used twice</source>
            <translation>prize key '%1' is used twice</translation>
        </message>
        <message>
            <source>must name at least one ranking key</source>
            <translation>must name at least one ranking key</translation>
        </message>
        <message>
            <source>'%1' is listed twice</source>
            <translation>'%1' is listed twice</translation>
        </message>
        <message>
            <source>must be an offset from -23:59 to +23:59</source>
            <translation>must be an offset from -23:59 to +23:59</translation>
        </message>
        <message>
            <source>expected text, got %1</source>
            <translation>expected text, got %1</translation>
        </message>
        <message>
            <source>expected a whole number, got %1</source>
            <translation>expected a whole number, got %1</translation>
        </message>
        <message>
            <source>"%1" is not an RFC 3339 date and time with a time zone offset, e.g. 2024-06-01T07:00:00+07:00</source>
            <translation>"%1" is not an RFC 3339 date and time with a time zone offset, e.g. 2024-06-01T07:00:00+07:00</translation>
        </message>
        <message>
            <source>expected an object, got %1</source>
            <translation>expected an object, got %1</translation>
        </message>
        <message>
            <source>expected a list, got %1</source>
            <translation>expected a list, got %1</translation>
        </message>
        <message>
            <source>unknown key (known keys: %1)</source>
            <translation>unknown key (known keys: %1)</translation>
        </message>
        <message>
            <source>%1: the settings must be one JSON object { ... }</source>
            <translation>%1: the settings must be one JSON object { ... }</translation>
        </message>
        <message>
            <source>expected "contestants", "submissions" or a whole number, got %1</source>
            <translation>expected "contestants", "submissions" or a whole number, got %1</translation>
        </message>
        <message>
            <source>"%1" is not one of best, first, last</source>
            <translation>"%1" is not one of best, first, last</translation>
        </message>
        <message>
            <source>"%1" is not a ranking key (%2)</source>
            <translation>"%1" is not a ranking key (%2)</translation>
        </message>
        <message>
            <source>"%1" is not a time zone offset such as +07:00</source>
            <translation>"%1" is not a time zone offset such as +07:00</translation>
        </message>
        <message>
            <source>The contest settings</source>
            <translation>The contest settings</translation>
        </message>
        <message>
            <source>must be after the opening time (%1), but it is %2</source>
            <translation>must be after the opening time (%1), but it is %2</translation>
        </message>
        <message>
            <source>the counts add up to %1, but each attempt has %2 questions</source>
            <translation>the counts add up to %1, but each attempt has %2 questions</translation>
        </message>
        <message>
            <source>must be between 0 and the questions per attempt (%1)</source>
            <translation>must be between 0 and the questions per attempt (%1)</translation>
        </message>
        <message>
            <source>must be the site's https:// address without ?query or #fragment, e.g. https://thi.sonha.gov.vn, but it is "%1"</source>
            <translation>must be the site's https:// address without ?query or #fragment, e.g. https://thi.sonha.gov.vn, but it is "%1"</translation>
        </message>
        <message>
            <source>must be at least 2 (a couple may share one phone)</source>
            <translation>must be at least 2 (a couple may share one phone)</translation>
        </message>
        <message>
            <source>must be between 0 and 60 seconds</source>
            <translation>must be between 0 and 60 seconds</translation>
        </message>
        <message>
            <source>must be between 1 and 1440 minutes</source>
            <translation>must be between 1 and 1440 minutes</translation>
        </message>
        <message>
            <source>must be at least 2 (one person may send again from the same device)</source>
            <translation>must be at least 2 (one person may send again from the same device)</translation>
        </message>
        <message>
            <source>topic '%1' is retired</source>
            <translation>topic '%1' is retired</translation>
        </message>
    </context>
    <context>
        <name>ContestSettingsPage</name>
        <message>
            <source>Contest settings</source>
            <translation>Contest settings</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>&amp;Revert</translation>
        </message>
        <message>
            <source>Discard the changes and show the stored settings again</source>
            <translation>Discard the changes and show the stored settings again</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Contest</source>
            <translation>Contest</translation>
        </message>
        <message>
            <source>A short code without spaces; it is part of the contest server's addresses</source>
            <translation>A short code without spaces; it is part of the contest server's addresses</translation>
        </message>
        <message>
            <source>Vietnam</source>
            <translation>Vietnam</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Code:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Organiser:</source>
            <translation>&amp;Organiser:</translation>
        </message>
        <message>
            <source>Time&amp;zone:</source>
            <translation>Time&amp;zone:</translation>
        </message>
        <message>
            <source>Opens &amp;at:</source>
            <translation>Opens &amp;at:</translation>
        </message>
        <message>
            <source>C&amp;loses at:</source>
            <translation>C&amp;loses at:</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <source>Number of contestants</source>
            <translation>Number of contestants</translation>
        </message>
        <message>
            <source>Number of valid submissions</source>
            <translation>Number of valid submissions</translation>
        </message>
        <message>
            <source>A fixed number</source>
            <translation>A fixed number</translation>
        </message>
        <message>
            <source>&amp;Questions per attempt:</source>
            <translation>&amp;Questions per attempt:</translation>
        </message>
        <message>
            <source>Questions drawn from each topic:</source>
            <translation>Questions drawn from each topic:</translation>
        </message>
        <message>
            <source>&amp;Prediction question:</source>
            <translation>&amp;Prediction question:</translation>
        </message>
        <message>
            <source>Prediction compared with:</source>
            <translation>Prediction compared with:</translation>
        </message>
        <message>
            <source>Attempts and certificates</source>
            <translation>Attempts and certificates</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <translation>Unlimited</translation>
        </message>
        <message>
            <source>The best attempt</source>
            <translation>The best attempt</translation>
        </message>
        <message>
            <source>The first attempt</source>
            <translation>The first attempt</translation>
        </message>
        <message>
            <source>The last attempt</source>
            <translation>The last attempt</translation>
        </message>
        <message>
            <source> correct answers</source>
            <translation> correct answers</translation>
        </message>
        <message>
            <source>&amp;Attempts allowed per person:</source>
            <translation>&amp;Attempts allowed per person:</translation>
        </message>
        <message>
            <source>Attempt &amp;that counts:</source>
            <translation>Attempt &amp;that counts:</translation>
        </message>
        <message>
            <source>Certificate &amp;from:</source>
            <translation>Certificate &amp;from:</translation>
        </message>
        <message>
            <source>Prizes</source>
            <translation>Prizes</translation>
        </message>
        <message>
            <source>Individual prizes, best first:</source>
            <translation>Individual prizes, best first:</translation>
        </message>
        <message>
            <source>Collective prizes (units):</source>
            <translation>Collective prizes (units):</translation>
        </message>
        <message>
            <source>Amount for each unit:</source>
            <translation>Amount for each unit:</translation>
        </message>
        <message>
            <source>Individual ranking order</source>
            <translation>Individual ranking order</translation>
        </message>
        <message>
            <source>Contestants are compared by the first key; the next key decides only between those still equal.</source>
            <translation>Contestants are compared by the first key; the next key decides only between those still equal.</translation>
        </message>
        <message>
            <source>Stored settings, version %1</source>
            <translation>Stored settings, version %1</translation>
        </message>
        <message>
            <source>Nothing stored yet: these are the defaults of the plan. Save them to use them.</source>
            <translation>Nothing stored yet: these are the defaults of the plan. Save them to use them.</translation>
        </message>
        <message>
            <source>The stored settings cannot be read:
%1</source>
            <translation>The stored settings cannot be read:
%1</translation>
        </message>
        <message>
            <source>&lt;b&gt;These settings cannot be saved yet:&lt;/b&gt;</source>
            <translation>&lt;b&gt;These settings cannot be saved yet:&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Save contest settings</source>
            <translation>Save contest settings</translation>
        </message>
        <message>
            <source>The settings were not saved.

%1</source>
            <translation>The settings were not saved.

%1</translation>
        </message>
        <message>
            <source>%1, row %2</source>
            <translation>%1, row %2</translation>
        </message>
    </context>
    <context>
        <name>CreateAdministratorDialog</name>
        <message>
            <source>Create the administrator account</source>
            <translation>Create the administrator account</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; has no user accounts yet. Create the account of the contest committee's administrator: it can add the other accounts (question authors, judges, secretaries). From then on everyone logs in, in this application and in contestctl.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; has no user accounts yet. Create the account of the contest committee's administrator: it can add the other accounts (question authors, judges, secretaries). From then on everyone logs in, in this application and in contestctl.</translation>
        </message>
        <message>
            <source>Contest Admin needs the administrator's account before it opens %1: the account is what keeps the results, the answer keys and the personal data to the people allowed to see them.

Quit without creating it? (Nothing is changed; the next start asks again.)</source>
            <translation>Contest Admin needs the administrator's account before it opens %1: the account is what keeps the results, the answer keys and the personal data to the people allowed to see them.

Quit without creating it? (Nothing is changed; the next start asks again.)</translation>
        </message>
    </context>
    <context>
        <name>CsvQuestionParser</name>
        <message>
            <source>%1 fields, but the header has %2 columns (a value with a delimiter must be in quotes)</source>
            <translation>%1 fields, but the header has %2 columns (a value with a delimiter must be in quotes)</translation>
        </message>
        <message>
            <source>'%1' names an empty option</source>
            <translation>'%1' names an empty option</translation>
        </message>
        <message>
            <source>empty; write the letter of the correct option (A-F)</source>
            <translation>empty; write the letter of the correct option (A-F)</translation>
        </message>
        <message>
            <source>'%1' is not an option letter A-F</source>
            <translation>'%1' is not an option letter A-F</translation>
        </message>
        <message>
            <source>'%1': use easy, medium or hard</source>
            <translation>'%1': use easy, medium or hard</translation>
        </message>
    </context>
    <context>
        <name>CsvTable</name>
        <message>
            <source>%1: cannot read the file: %2</source>
            <translation>%1: cannot read the file: %2</translation>
        </message>
        <message>
            <source>%1:%2: unexpected character '%3' after a closing quote (write a quote inside a quoted field as "")</source>
            <translation>%1:%2: unexpected character '%3' after a closing quote (write a quote inside a quoted field as "")</translation>
        </message>
        <message>
            <source>%1:%2: a quoted field is never closed (missing ")</source>
            <translation>%1:%2: a quoted field is never closed (missing ")</translation>
        </message>
        <message>
            <source>%1: the file is empty (no header row)</source>
            <translation>%1: the file is empty (no header row)</translation>
        </message>
        <message>
            <source>unknown column '%1' (expected: %2)</source>
            <translation>unknown column '%1' (expected: %2)</translation>
        </message>
        <message>
            <source>column '%1' appears twice</source>
            <translation>column '%1' appears twice</translation>
        </message>
        <message>
            <source>missing column '%1' (the header must be: %2)</source>
            <translation>missing column '%1' (the header must be: %2)</translation>
        </message>
        <message>
            <source>%1:%2: column '%3'</source>
            <translation>%1:%2: column '%3'</translation>
        </message>
        <message>
            <source>%1 fields, but the header has %2 columns (a value with a delimiter must be in quotes)</source>
            <translation>%1 fields, but the header has %2 columns (a value with a delimiter must be in quotes)</translation>
        </message>
    </context>
    <context>
        <name>CtlContext</name>
        <message>
            <source>note: %1 was readable by other users of this computer; it is now readable by you only (0600)</source>
            <translation>note: %1 was readable by other users of this computer; it is now readable by you only (0600)</translation>
        </message>
        <message>
            <source>%1 needs a value</source>
            <translation>%1 needs a value</translation>
        </message>
        <message>
            <source>unknown option %1 (usage: contestctl %2)</source>
            <translation>unknown option %1 (usage: contestctl %2)</translation>
        </message>
        <message>
            <source>usage: contestctl %1</source>
            <translation>usage: contestctl %1</translation>
        </message>
        <message>
            <source>%1 has no accounts yet, so --user %2 cannot log in; create the administrator first: contestctl users add NAME --role committee</source>
            <translation>%1 has no accounts yet, so --user %2 cannot log in; create the administrator first: contestctl users add NAME --role committee</translation>
        </message>
        <message>
            <source>%1 has user accounts: log in with --user NAME (the password from CONTEST_PASSWORD, or asked on the terminal)</source>
            <translation>%1 has user accounts: log in with --user NAME (the password from CONTEST_PASSWORD, or asked on the terminal)</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>%1: the folder %2 does not exist</source>
            <translation>%1: the folder %2 does not exist</translation>
        </message>
        <message>
            <source>cannot open %1</source>
            <translation>cannot open %1</translation>
        </message>
        <message>
            <source>the database is locked by another program; try again when it has finished (%1)</source>
            <translation>the database is locked by another program; try again when it has finished (%1)</translation>
        </message>
        <message>
            <source>database error</source>
            <translation>database error</translation>
        </message>
        <message>
            <source>cannot start a transaction</source>
            <translation>cannot start a transaction</translation>
        </message>
        <message>
            <source>cannot commit</source>
            <translation>cannot commit</translation>
        </message>
        <message>
            <source>the Qt SQL driver %1 is not installed (Debian package %2)</source>
            <translation>the Qt SQL driver %1 is not installed (Debian package %2)</translation>
        </message>
        <message>
            <source>cannot connect to the PostgreSQL database %1 on %2:%3 as %4: %5</source>
            <translation>cannot connect to the PostgreSQL database %1 on %2:%3 as %4: %5</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>not a valid database URL (postgresql://user:password@host:port/dbname)</source>
            <translation>not a valid database URL (postgresql://user:password@host:port/dbname)</translation>
        </message>
        <message>
            <source>the URL names no database (…/dbname at its end)</source>
            <translation>the URL names no database (…/dbname at its end)</translation>
        </message>
        <message>
            <source>the URL option '%1' is not valid</source>
            <translation>the URL option '%1' is not valid</translation>
        </message>
        <message>
            <source>%1 values for the parameters of: %2</source>
            <translation>%1 values for the parameters of: %2</translation>
        </message>
    </context>
    <context>
        <name>DatabasePasswords</name>
        <message>
            <source>Database password</source>
            <translation>Database password</translation>
        </message>
        <message>
            <source>Password for %1:</source>
            <translation>Password for %1:</translation>
        </message>
    </context>
    <context>
        <name>DatabaseRestore</name>
        <message>
            <source>%1 does not exist or is not a file</source>
            <translation>%1 does not exist or is not a file</translation>
        </message>
        <message>
            <source>%1 is the database itself: choose a backup file</source>
            <translation>%1 is the database itself: choose a backup file</translation>
        </message>
        <message>
            <source>%1: the folder %2 does not exist</source>
            <translation>%1: the folder %2 does not exist</translation>
        </message>
        <message>
            <source>%1 could not be copied beside %2 (disk full or no permission?)</source>
            <translation>%1 could not be copied beside %2 (disk full or no permission?)</translation>
        </message>
        <message>
            <source>%1 is open in another program (Contest Admin or a contestctl run): close it there first; nothing was changed</source>
            <translation>%1 is open in another program (Contest Admin or a contestctl run): close it there first; nothing was changed</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>cannot be read</translation>
        </message>
        <message>
            <source>%1 already holds a database (%2).
The backup %3 holds %4.
Restoring replaces the database and keeps it as %1.before-restore-…; repeat with --force to do it</source>
            <translation>%1 already holds a database (%2).
The backup %3 holds %4.
Restoring replaces the database and keeps it as %1.before-restore-…; repeat with --force to do it</translation>
        </message>
        <message>
            <source>%1 could not be kept as %2; nothing was changed</source>
            <translation>%1 could not be kept as %2; nothing was changed</translation>
        </message>
        <message>
            <source>%1 could not be replaced; it is unchanged</source>
            <translation>%1 could not be replaced; it is unchanged</translation>
        </message>
        <message>
            <source>%1 is a PostgreSQL database: restore a pg_dump file with pg_restore into a new, empty database, check that its locked results and accounts match its audit log, then use that one:
  %2
  %3</source>
            <translation>%1 is a PostgreSQL database: restore a pg_dump file with pg_restore into a new, empty database, check that its locked results and accounts match its audit log, then use that one:
  %2
  %3</translation>
        </message>
        <message>
            <source>%1 does not match its own audit log: the results locked in it or its accounts were changed outside Contest Admin:
%2
Nothing was restored.</source>
            <translation>%1 does not match its own audit log: the results locked in it or its accounts were changed outside Contest Admin:
%2
Nothing was restored.</translation>
        </message>
        <message>
            <source>the restore could not be recorded in the audit log; nothing was changed: %1</source>
            <translation>the restore could not be recorded in the audit log; nothing was changed: %1</translation>
        </message>
    </context>
    <context>
        <name>DecisionsPage</name>
        <message>
            <source>&amp;Decide tie…</source>
            <translation>&amp;Decide tie…</translation>
        </message>
        <message>
            <source>Unresolved ties (the judges decide)</source>
            <translation>Unresolved ties (the judges decide)</translation>
        </message>
        <message>
            <source>&amp;Review: withdraw…</source>
            <translation>&amp;Review: withdraw…</translation>
        </message>
        <message>
            <source>Withdraw this decision (with a reason) so that the judges can decide the tie as it now stands.</source>
            <translation>Withdraw this decision (with a reason) so that the judges can decide the tie as it now stands.</translation>
        </message>
        <message>
            <source>Decisions to review (they no longer match a tie)</source>
            <translation>Decisions to review (they no longer match a tie)</translation>
        </message>
        <message>
            <source>&amp;Withdraw…</source>
            <translation>&amp;Withdraw…</translation>
        </message>
        <message>
            <source>Judges' decisions in force</source>
            <translation>Judges' decisions in force</translation>
        </message>
        <message>
            <source>%1: order %2. Reason: %3 (by %4, %5)</source>
            <translation>%1: order %2. Reason: %3 (by %4, %5)</translation>
        </message>
        <message>
            <source>%1
Why to review: %2</source>
            <translation>%1
Why to review: %2</translation>
        </message>
        <message>
            <source>#%1 %2 Judges: %3</source>
            <translation>#%1 %2 Judges: %3</translation>
        </message>
    </context>
    <context>
        <name>Exclusion</name>
        <message>
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
    </context>
    <context>
        <name>ExclusionImporter</name>
        <message>
            <source>empty; use id_number, phone or unit</source>
            <translation>empty; use id_number, phone or unit</translation>
        </message>
        <message>
            <source>unknown type '%1'; use id_number, phone or unit</source>
            <translation>unknown type '%1'; use id_number, phone or unit</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>empty</translation>
        </message>
        <message>
            <source>'%1' is not an ID number (12 digits, or 9 for an old CMND)</source>
            <translation>'%1' is not an ID number (12 digits, or 9 for an old CMND)</translation>
        </message>
        <message>
            <source>'%1' is not a usable phone number (10 digits starting with 0, or +84...)</source>
            <translation>'%1' is not a usable phone number (10 digits starting with 0, or +84...)</translation>
        </message>
        <message>
            <source>unknown unit '%1'; import the units first</source>
            <translation>unknown unit '%1'; import the units first</translation>
        </message>
        <message>
            <source>empty; say why (e.g. member of the organising committee)</source>
            <translation>empty; say why (e.g. member of the organising committee)</translation>
        </message>
        <message>
            <source>%1 %2 is already listed on line %3</source>
            <translation>%1 %2 is already listed on line %3</translation>
        </message>
        <message>
            <source>no entries in the file (only a header)</source>
            <translation>no entries in the file (only a header)</translation>
        </message>
    </context>
    <context>
        <name>ExclusionIndex</name>
        <message>
            <source>%1 %2 is on the exclusion list (%3)</source>
            <translation>%1 %2 is on the exclusion list (%3)</translation>
        </message>
        <message>
            <source>excluded by the judges: %1</source>
            <translation>excluded by the judges: %1</translation>
        </message>
    </context>
    <context>
        <name>ExclusionTableModel</name>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>ID number, phone or unit</source>
            <translation>ID number, phone or unit</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>ExclusionsPage</name>
        <message>
            <source>Exclusion list</source>
            <translation>Exclusion list</translation>
        </message>
        <message>
            <source>People and units not eligible for individual prizes: members of the organising committee, the jury, the secretariat and the technical staff, and every official of a unit that has such a member. Import the list from a CSV file with the columns type, value, reason.</source>
            <translation>People and units not eligible for individual prizes: members of the organising committee, the jury, the secretariat and the technical staff, and every official of a unit that has such a member. Import the list from a CSV file with the columns type, value, reason.</translation>
        </message>
        <message>
            <source>Import exclusion list</source>
            <translation>Import exclusion list</translation>
        </message>
        <message numerus="yes">
            <source>%Ln entry(ies)</source>
            <translation>
                <numerusform>%Ln entry(ies)</numerusform>
                <numerusform>%Ln entry(ies)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln entry(ies) shown</source>
            <translation>
                <numerusform>%1 of %Ln entry(ies) shown</numerusform>
                <numerusform>%1 of %Ln entry(ies) shown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GiftParser</name>
        <message>
            <source>the title starting with '::' is never closed with '::'</source>
            <translation>the title starting with '::' is never closed with '::'</translation>
        </message>
        <message>
            <source>it has no answers in braces: a description, not a question</source>
            <translation>it has no answers in braces: a description, not a question</translation>
        </message>
        <message>
            <source>question '%1': its answers open with '{' but never close with '}'</source>
            <translation>question '%1': its answers open with '{' but never close with '}'</translation>
        </message>
        <message>
            <source>an essay question ({}) has no options to choose from</source>
            <translation>an essay question ({}) has no options to choose from</translation>
        </message>
        <message>
            <source>a numerical question ({#...}) has no options to choose from</source>
            <translation>a numerical question ({#...}) has no options to choose from</translation>
        </message>
        <message>
            <source>a matching question (=item -&gt; match) is not single-answer multiple choice</source>
            <translation>a matching question (=item -&gt; match) is not single-answer multiple choice</translation>
        </message>
        <message>
            <source>a short-answer question (only '=' answers) has no wrong options to choose from</source>
            <translation>a short-answer question (only '=' answers) has no wrong options to choose from</translation>
        </message>
        <message>
            <source>several answers carry credit (%weights); a contest question has exactly one correct option</source>
            <translation>several answers carry credit (%weights); a contest question has exactly one correct option</translation>
        </message>
        <message>
            <source>question '%1' has no correct answer (mark it with '=')</source>
            <translation>question '%1' has no correct answer (mark it with '=')</translation>
        </message>
        <message>
            <source>question '%1' has %2 options; at most %3</source>
            <translation>question '%1' has %2 options; at most %3</translation>
        </message>
        <message>
            <source>question '%1': the answers must start with '=' (right) or '~' (wrong)</source>
            <translation>question '%1': the answers must start with '=' (right) or '~' (wrong)</translation>
        </message>
    </context>
    <context>
        <name>ImportPlan</name>
        <message>
            <source>cannot read the file: %1</source>
            <translation>cannot read the file: %1</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <source>units</source>
            <translation>units</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Headcount</source>
            <translation>Headcount</translation>
        </message>
        <message>
            <source>Collective prize</source>
            <translation>Collective prize</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>Eligible</translation>
        </message>
        <message>
            <source>Not eligible</source>
            <translation>Not eligible</translation>
        </message>
        <message>
            <source>exclusions</source>
            <translation>exclusions</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import %1 from %2</source>
            <translation>Import %1 from %2</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>%1 to add, %2 to update, %3 unchanged.</source>
            <translation>%1 to add, %2 to update, %3 unchanged.</translation>
        </message>
        <message>
            <source>There is nothing to import.</source>
            <translation>There is nothing to import.</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%1 cannot be imported.&lt;/b&gt; Nothing has been changed. Correct these %Ln problem(s) in the file and import it again:</source>
            <translation>
                <numerusform>&lt;b&gt;%1 cannot be imported.&lt;/b&gt; Nothing has been changed. Correct these %Ln problem(s) in the file and import it again:</numerusform>
                <numerusform>&lt;b&gt;%1 cannot be imported.&lt;/b&gt; Nothing has been changed. Correct these %Ln problem(s) in the file and import it again:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 holds %Ln row(s): </source>
            <translation>
                <numerusform>%1 holds %Ln row(s): </numerusform>
                <numerusform>%1 holds %Ln row(s): </numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IndividualRankingModel</name>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No: %1</source>
            <translation>No: %1</translation>
        </message>
        <message>
            <source>Unresolved tie — judges decide</source>
            <translation>Unresolved tie — judges decide</translation>
        </message>
        <message>
            <source>Equal on every ranking key at a prize boundary: the judges decide the order (double-click the row).</source>
            <translation>Equal on every ranking key at a prize boundary: the judges decide the order (double-click the row).</translation>
        </message>
        <message>
            <source>Order decided by the judges.</source>
            <translation>Order decided by the judges.</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Born</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Correct</translation>
        </message>
        <message>
            <source>Prediction</source>
            <translation>Prediction</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Submitted at</source>
            <translation>Submitted at</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>Eligible</translation>
        </message>
        <message>
            <source>Prize</source>
            <translation>Prize</translation>
        </message>
    </context>
    <context>
        <name>IndividualRankingPage</name>
        <message>
            <source>Find by name, ID number, phone or unit…</source>
            <translation>Find by name, ID number, phone or unit…</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>Prize winners</source>
            <translation>Prize winners</translation>
        </message>
        <message>
            <source>Not eligible</source>
            <translation>Not eligible</translation>
        </message>
        <message>
            <source>Unresolved ties</source>
            <translation>Unresolved ties</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contestant(s)</source>
            <translation>
                <numerusform>%Ln contestant(s)</numerusform>
                <numerusform>%Ln contestant(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln contestant(s)</source>
            <translation>
                <numerusform>%1 of %Ln contestant(s)</numerusform>
                <numerusform>%1 of %Ln contestant(s)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IntegrityCaseModel</name>
        <message>
            <source>Identity</source>
            <translation>Identity</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Speed</translation>
        </message>
        <message>
            <source>Many people, one device</source>
            <translation>Many people, one device</translation>
        </message>
        <message>
            <source>Copying</source>
            <translation>Copying</translation>
        </message>
        <message>
            <source>Excluded by the judges: %1</source>
            <translation>Excluded by the judges: %1</translation>
        </message>
        <message>
            <source>Cleared by the judges: %1</source>
            <translation>Cleared by the judges: %1</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>Not decided</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Prize at stake</source>
            <translation>Prize at stake</translation>
        </message>
        <message>
            <source>Judges' decision</source>
            <translation>Judges' decision</translation>
        </message>
    </context>
    <context>
        <name>IntegrityCasesPage</name>
        <message>
            <source>Cases found among the valid submissions for the judges to look at. A case is a reason to look, never a verdict: families and offices share phones and connections. Prize winners' cases come first; locking waits for their decision.</source>
            <translation>Cases found among the valid submissions for the judges to look at. A case is a reason to look, never a verdict: families and offices share phones and connections. Prize winners' cases come first; locking waits for their decision.</translation>
        </message>
        <message>
            <source>&amp;Decide…</source>
            <translation>&amp;Decide…</translation>
        </message>
        <message>
            <source>Clear the selected case, or exclude its contestants with a reason (judges only).</source>
            <translation>Clear the selected case, or exclude its contestants with a reason (judges only).</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s), %1 not decided</source>
            <translation>
                <numerusform>%n case(s), %1 not decided</numerusform>
                <numerusform>%n case(s), %1 not decided</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IntegrityCommands</name>
        <message>
            <source>[excluded by the judges: %1]
</source>
            <translation>[excluded by the judges: %1]
</translation>
        </message>
        <message>
            <source>[cleared by the judges: %1]
</source>
            <translation>[cleared by the judges: %1]
</translation>
        </message>
        <message>
            <source>prize at stake: %1</source>
            <translation>prize at stake: %1</translation>
        </message>
        <message>
            <source>%1 case(s)
</source>
            <translation>%1 case(s)
</translation>
        </message>
        <message>
            <source>say --case ID and one of --clear or --exclude</source>
            <translation>say --case ID and one of --clear or --exclude</translation>
        </message>
        <message>
            <source>--contestant goes with --exclude, not --clear</source>
            <translation>--contestant goes with --exclude, not --clear</translation>
        </message>
        <message>
            <source>case %1: %2 excluded by the judges
</source>
            <translation>case %1: %2 excluded by the judges
</translation>
        </message>
        <message>
            <source>case %1: cleared by the judges
</source>
            <translation>case %1: cleared by the judges
</translation>
        </message>
        <message>
            <source>there is no case %1 now (contestctl integrity lists them)</source>
            <translation>there is no case %1 now (contestctl integrity lists them)</translation>
        </message>
    </context>
    <context>
        <name>IntegrityDecisionDialog</name>
        <message>
            <source>Decide integrity case</source>
            <translation>Decide integrity case</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; · case %2%3&lt;br&gt;The evidence is a reason to look, not a verdict: clear the case if it has an honest explanation.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · case %2%3&lt;br&gt;The evidence is a reason to look, not a verdict: clear the case if it has an honest explanation.</translation>
        </message>
        <message>
            <source> · prize at stake: %1</source>
            <translation> · prize at stake: %1</translation>
        </message>
        <message>
            <source>&amp;Clear: looked at, nothing unfair</source>
            <translation>&amp;Clear: looked at, nothing unfair</translation>
        </message>
        <message>
            <source>&amp;Exclude the people ticked below from the prizes</source>
            <translation>&amp;Exclude the people ticked below from the prizes</translation>
        </message>
        <message>
            <source>Decision:</source>
            <translation>Decision:</translation>
        </message>
        <message>
            <source>&amp;People:</source>
            <translation>&amp;People:</translation>
        </message>
        <message>
            <source>What the judges found (required; an exclusion's reason is shown in the results)</source>
            <translation>What the judges found (required; an exclusion's reason is shown in the results)</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Names of the judges present (required)</source>
            <translation>Names of the judges present (required)</translation>
        </message>
        <message>
            <source>&amp;Judges present:</source>
            <translation>&amp;Judges present:</translation>
        </message>
        <message>
            <source>&amp;Record decision</source>
            <translation>&amp;Record decision</translation>
        </message>
    </context>
    <context>
        <name>IntegrityDecisions</name>
        <message>
            <source>a decision needs its reason (--reason)</source>
            <translation>a decision needs its reason (--reason)</translation>
        </message>
        <message>
            <source>a decision names the judges who took it (--judges)</source>
            <translation>a decision names the judges who took it (--judges)</translation>
        </message>
        <message>
            <source>the results are locked: the committee must unlock them (with a reason) before a case is decided</source>
            <translation>the results are locked: the committee must unlock them (with a reason) before a case is decided</translation>
        </message>
        <message>
            <source>%1 is not one of case %2's contestants (%3)</source>
            <translation>%1 is not one of case %2's contestants (%3)</translation>
        </message>
    </context>
    <context>
        <name>IntegrityScan</name>
        <message numerus="yes">
            <source>ID number %1 was used under %n different names or birth years: %2</source>
            <translation>
                <numerusform>ID number %1 was used under %n different names or birth years: %2</numerusform>
                <numerusform>ID number %1 was used under %n different names or birth years: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>one phone %1 under %2 ID numbers and %3 names: %4</source>
            <translation>one phone %1 under %2 ID numbers and %3 names: %4</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message numerus="yes">
            <source>%n submission(s) of %1 questions answered in %2; a person needs at least %3 s (%4 s a question)</source>
            <translation>
                <numerusform>%n submission(s) of %1 questions answered in %2; a person needs at least %3 s (%4 s a question)</numerusform>
                <numerusform>%n submission(s) of %1 questions answered in %2; a person needs at least %3 s (%4 s a question)</numerusform>
            </translation>
        </message>
        <message>
            <source>1 in %1</source>
            <translation>1 in %1</translation>
        </message>
        <message>
            <source>1 in %1 million</source>
            <translation>1 in %1 million</translation>
        </message>
        <message>
            <source>1 in %1 billion</source>
            <translation>1 in %1 billion</translation>
        </message>
        <message>
            <source>1 in 10^%1</source>
            <translation>1 in 10^%1</translation>
        </message>
        <message>
            <source>%1 and %2 were drawn %3 questions in common and both answered %4 of them wrong, with the same wrong answer %5 times (%6). For two people answering on their own, choosing among the wrong answers as everyone who answered those questions wrong did, the chance of that is %7; with %8 pairs of submissions in the contest, chance would make a pair this alike about once in %9 contests</source>
            <translation>%1 and %2 were drawn %3 questions in common and both answered %4 of them wrong, with the same wrong answer %5 times (%6). For two people answering on their own, choosing among the wrong answers as everyone who answered those questions wrong did, the chance of that is %7; with %8 pairs of submissions in the contest, chance would make a pair this alike about once in %9 contests</translation>
        </message>
        <message>
            <source>%1 and %2: %3 questions in common, %4 of them wrong for both, the same wrong answer %5 times (%6), by chance %7</source>
            <translation>%1 and %2: %3 questions in common, %4 of them wrong for both, the same wrong answer %5 times (%6), by chance %7</translation>
        </message>
        <message numerus="yes">
            <source>%n people whose answers agree, wrong answers included, far beyond chance, pair by pair: %1. The chance model is the one of a pair answering on their own; with %2 pairs of submissions in the contest, chance would make the most alike of these pairs about once in %3 contests</source>
            <translation>
                <numerusform>%n people whose answers agree, wrong answers included, far beyond chance, pair by pair: %1. The chance model is the one of a pair answering on their own; with %2 pairs of submissions in the contest, chance would make the most alike of these pairs about once in %3 contests</numerusform>
                <numerusform>%n people whose answers agree, wrong answers included, far beyond chance, pair by pair: %1. The chance model is the one of a pair answering on their own; with %2 pairs of submissions in the contest, chance would make the most alike of these pairs about once in %3 contests</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IntegrityThresholdsEditor</name>
        <message>
            <source>Integrity cases for the judges</source>
            <translation>Integrity cases for the judges</translation>
        </message>
        <message>
            <source>The judges are shown a case when one of these is seen; higher values keep households and offices that share a device out of the cases.</source>
            <translation>The judges are shown a case when one of these is seen; higher values keep households and offices that share a device out of the cases.</translation>
        </message>
        <message>
            <source> ID numbers</source>
            <translation> ID numbers</translation>
        </message>
        <message>
            <source> s per question</source>
            <translation> s per question</translation>
        </message>
        <message>
            <source>No speed check</source>
            <translation>No speed check</translation>
        </message>
        <message>
            <source> people</source>
            <translation> people</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> minutes</translation>
        </message>
        <message>
            <source>One &amp;phone used by at least:</source>
            <translation>One &amp;phone used by at least:</translation>
        </message>
        <message>
            <source>Answered &amp;faster than:</source>
            <translation>Answered &amp;faster than:</translation>
        </message>
        <message>
            <source>One &amp;device sending for at least:</source>
            <translation>One &amp;device sending for at least:</translation>
        </message>
        <message>
            <source>…all &amp;within:</source>
            <translation>…all &amp;within:</translation>
        </message>
    </context>
    <context>
        <name>JudgingPipeline</name>
        <message>
            <source>%1: item %2 is not a submission object; nothing was imported</source>
            <translation>%1: item %2 is not a submission object; nothing was imported</translation>
        </message>
        <message>
            <source>%1:%2: not JSON (%3); nothing was imported</source>
            <translation>%1:%2: not JSON (%3); nothing was imported</translation>
        </message>
        <message>
            <source>; nothing was imported</source>
            <translation>; nothing was imported</translation>
        </message>
        <message>
            <source>%1:%2: a line must hold one submission object { ... }; nothing was imported</source>
            <translation>%1:%2: a line must hold one submission object { ... }; nothing was imported</translation>
        </message>
        <message>
            <source>%1:%2: not a submission object; nothing was imported</source>
            <translation>%1:%2: not a submission object; nothing was imported</translation>
        </message>
    </context>
    <context>
        <name>KeyCorrection</name>
        <message>
            <source>there is no question %1</source>
            <translation>there is no question %1</translation>
        </message>
        <message>
            <source>question %1 has no option %2 (its options: %3)</source>
            <translation>question %1 has no option %2 (its options: %3)</translation>
        </message>
        <message>
            <source>%1 is already the key of question %2</source>
            <translation>%1 is already the key of question %2</translation>
        </message>
        <message>
            <source>the results are locked: unlock them first, with a reason (contestctl results unlock --reason TEXT), then correct the key</source>
            <translation>the results are locked: unlock them first, with a reason (contestctl results unlock --reason TEXT), then correct the key</translation>
        </message>
    </context>
    <context>
        <name>KeyCorrectionDialog</name>
        <message>
            <source>Correct the answer key of %1</source>
            <translation>Correct the answer key of %1</translation>
        </message>
        <message>
            <source>Contestant</source>
            <translation>Contestant</translation>
        </message>
        <message>
            <source>Rank now</source>
            <translation>Rank now</translation>
        </message>
        <message>
            <source>Rank after</source>
            <translation>Rank after</translation>
        </message>
        <message>
            <source>Prize now</source>
            <translation>Prize now</translation>
        </message>
        <message>
            <source>Prize after</source>
            <translation>Prize after</translation>
        </message>
        <message>
            <source>Current key:</source>
            <translation>Current key:</translation>
        </message>
        <message>
            <source>&amp;New key:</source>
            <translation>&amp;New key:</translation>
        </message>
        <message>
            <source>&amp;Apply the correction</source>
            <translation>&amp;Apply the correction</translation>
        </message>
        <message>
            <source>This question has no other option.</source>
            <translation>This question has no other option.</translation>
        </message>
        <message>
            <source>With key %1 instead of %2: %3 submission(s) gain a point and %4 lose one; %5 contestant(s) change rank, %6 of them change prize. Nothing has changed yet.</source>
            <translation>With key %1 instead of %2: %3 submission(s) gain a point and %4 lose one; %5 contestant(s) change rank, %6 of them change prize. Nothing has changed yet.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Correct the answer key</source>
            <translation>Correct the answer key</translation>
        </message>
        <message>
            <source>Change the key of %1 to %2 and judge every submission again? The change is recorded in the audit log, and the results follow it.</source>
            <translation>Change the key of %1 to %2 and judge every submission again? The change is recorded in the audit log, and the results follow it.</translation>
        </message>
    </context>
    <context>
        <name>LastChange</name>
        <message>
            <source>%1: someone else saved a change after you opened it.</source>
            <translation>%1: someone else saved a change after you opened it.</translation>
        </message>
        <message>
            <source>%1: someone else saved a change after you opened it (%2).</source>
            <translation>%1: someone else saved a change after you opened it (%2).</translation>
        </message>
        <message>
            <source>Your save was refused so that their change is not overwritten: reload to see their change, then make yours again.</source>
            <translation>Your save was refused so that their change is not overwritten: reload to see their change, then make yours again.</translation>
        </message>
    </context>
    <context>
        <name>Login</name>
        <message>
            <source>wrong user name or password for %1, or the account is disabled</source>
            <translation>wrong user name or password for %1, or the account is disabled</translation>
        </message>
        <message>
            <source>; after %1 failed logins the name is locked for %2 minutes</source>
            <translation>; after %1 failed logins the name is locked for %2 minutes</translation>
        </message>
        <message>
            <source>; %1 failed logins in a row: the next try waits %2 s</source>
            <translation>; %1 failed logins in a row: the next try waits %2 s</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Log in</source>
            <translation>Log in</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;This contest database has user accounts. Log in with yours.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;This contest database has user accounts. Log in with yours.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>&amp;Log in</translation>
        </message>
    </context>
    <context>
        <name>LoginThrottle</name>
        <message>
            <source>%1 is locked after %2 failed logins until %3 (%4 minutes after the last one); the committee can lift the lock (contestctl users unlock NAME, or Accounts in the app)</source>
            <translation>%1 is locked after %2 failed logins until %3 (%4 minutes after the last one); the committee can lift the lock (contestctl users unlock NAME, or Accounts in the app)</translation>
        </message>
        <message>
            <source>%1: %2 failed logins in a row; try again in %3 s</source>
            <translation>%1: %2 failed logins in a row; try again in %3 s</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Contest Admin</source>
            <translation>Contest Admin</translation>
        </message>
        <message>
            <source>Contest databases (*.sqlite *.db);;All files (*)</source>
            <translation>Contest databases (*.sqlite *.db);;All files (*)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;New database…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Open database…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Open &amp;recent</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Settings</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Contest Admin…</source>
            <translation>&amp;About Contest Admin…</translation>
        </message>
        <message>
            <source>Contest</source>
            <translation>Contest</translation>
        </message>
        <message>
            <source>Question bank</source>
            <translation>Question bank</translation>
        </message>
        <message>
            <source>Submissions</source>
            <translation>Submissions</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Printing</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>No database is open</source>
            <translation>No database is open</translation>
        </message>
        <message>
            <source>Create a new contest database, or open the one your committee already uses.</source>
            <translation>Create a new contest database, or open the one your committee already uses.</translation>
        </message>
        <message>
            <source>No database open</source>
            <translation>No database open</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <source>Contest: %1</source>
            <translation>Contest: %1</translation>
        </message>
        <message>
            <source>No contest settings saved yet</source>
            <translation>No contest settings saved yet</translation>
        </message>
        <message>
            <source>Contest settings unreadable</source>
            <translation>Contest settings unreadable</translation>
        </message>
        <message>
            <source>Unsaved contest settings</source>
            <translation>Unsaved contest settings</translation>
        </message>
        <message>
            <source>The contest settings have changes that are not saved. Save them now?</source>
            <translation>The contest settings have changes that are not saved. Save them now?</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Open database</translation>
        </message>
        <message>
            <source>%1 cannot be opened:

%2</source>
            <translation>%1 cannot be opened:

%2</translation>
        </message>
        <message>
            <source>New contest database</source>
            <translation>New contest database</translation>
        </message>
        <message>
            <source>%1 already exists; it is opened as it is.</source>
            <translation>%1 already exists; it is opened as it is.</translation>
        </message>
        <message>
            <source>Open contest database</source>
            <translation>Open contest database</translation>
        </message>
        <message>
            <source>No recent databases</source>
            <translation>No recent databases</translation>
        </message>
        <message>
            <source>&amp;Clear list</source>
            <translation>&amp;Clear list</translation>
        </message>
        <message>
            <source>none open</source>
            <translation>none open</translation>
        </message>
        <message>
            <source>About Contest Admin</source>
            <translation>About Contest Admin</translation>
        </message>
        <message>
            <source>Contest Admin %1

Administration of online quiz contests for public offices: contest settings, units, question bank, submissions, results and certificates.

Qt %2 (built with %3)
Database: %4</source>
            <translation>Contest Admin %1

Administration of online quiz contests for public offices: contest settings, units, question bank, submissions, results and certificates.

Qt %2 (built with %3)
Database: %4</translation>
        </message>
        <message>
            <source>Online server</source>
            <translation>Online server</translation>
        </message>
        <message>
            <source>&amp;User accounts…</source>
            <translation>&amp;User accounts…</translation>
        </message>
        <message>
            <source>&amp;Switch user…</source>
            <translation>&amp;Switch user…</translation>
        </message>
        <message>
            <source>&amp;Connect to shared database…</source>
            <translation>&amp;Connect to shared database…</translation>
        </message>
        <message>
            <source>Not for the %1 role: this area's work belongs to other members of the committee.</source>
            <translation>Not for the %1 role: this area's work belongs to other members of the committee.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s)</source>
            <translation>
                <numerusform>%Ln unit(s)</numerusform>
                <numerusform>%Ln unit(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Print job running</source>
            <translation>Print job running</translation>
        </message>
        <message>
            <source>Certificates are being printed. Wait until the print job ends, or cancel it in its progress window, then try again.</source>
            <translation>Certificates are being printed. Wait until the print job ends, or cancel it in its progress window, then try again.</translation>
        </message>
        <message>
            <source>Sync running</source>
            <translation>Sync running</translation>
        </message>
        <message>
            <source>Submissions are being pulled from the server. Stop the sync now? Every page stored so far stays, with the place the next sync continues from.</source>
            <translation>Submissions are being pulled from the server. Stop the sync now? Every page stored so far stays, with the place the next sync continues from.</translation>
        </message>
    </context>
    <context>
        <name>Migrator</name>
        <message>
            <source>%1 is a database of another program (it has tables but no Contest Admin schema version)</source>
            <translation>%1 is a database of another program (it has tables but no Contest Admin schema version)</translation>
        </message>
        <message>
            <source>%1 was made by a newer Contest Admin (schema version %2; this program knows up to %3): update the program</source>
            <translation>%1 was made by a newer Contest Admin (schema version %2; this program knows up to %3): update the program</translation>
        </message>
    </context>
    <context>
        <name>MoodleXmlParser</name>
        <message>
            <source>a &lt;question&gt; without a type attribute</source>
            <translation>a &lt;question&gt; without a type attribute</translation>
        </message>
        <message>
            <source>true/false question '%1' has no answer 'true' or 'false' with fraction 100</source>
            <translation>true/false question '%1' has no answer 'true' or 'false' with fraction 100</translation>
        </message>
        <message>
            <source>several answers may be chosen; a contest question has exactly one correct option</source>
            <translation>several answers may be chosen; a contest question has exactly one correct option</translation>
        </message>
        <message>
            <source>more than one answer carries credit; a contest question has exactly one correct option</source>
            <translation>more than one answer carries credit; a contest question has exactly one correct option</translation>
        </message>
        <message>
            <source>question '%1' has no answer with fraction 100</source>
            <translation>question '%1' has no answer with fraction 100</translation>
        </message>
        <message>
            <source>question '%1' has %2 answers; at most %3</source>
            <translation>question '%1' has %2 answers; at most %3</translation>
        </message>
        <message>
            <source>an essay question has no options to choose from</source>
            <translation>an essay question has no options to choose from</translation>
        </message>
        <message>
            <source>a matching question is not single-answer multiple choice</source>
            <translation>a matching question is not single-answer multiple choice</translation>
        </message>
        <message>
            <source>a numerical question has no options to choose from</source>
            <translation>a numerical question has no options to choose from</translation>
        </message>
        <message>
            <source>a short-answer question has no options to choose from</source>
            <translation>a short-answer question has no options to choose from</translation>
        </message>
        <message>
            <source>a cloze question embeds several sub-questions</source>
            <translation>a cloze question embeds several sub-questions</translation>
        </message>
        <message>
            <source>a description is text, not a question</source>
            <translation>a description is text, not a question</translation>
        </message>
        <message>
            <source>type '%1' is not single-answer multiple choice or true/false</source>
            <translation>type '%1' is not single-answer multiple choice or true/false</translation>
        </message>
        <message>
            <source>elements are nested more than %1 deep; this is not a Moodle question file</source>
            <translation>elements are nested more than %1 deep; this is not a Moodle question file</translation>
        </message>
        <message>
            <source>the root element is &lt;%1&gt;; a Moodle XML question file starts with &lt;quiz&gt;</source>
            <translation>the root element is &lt;%1&gt;; a Moodle XML question file starts with &lt;quiz&gt;</translation>
        </message>
        <message>
            <source>not well-formed XML: %1</source>
            <translation>not well-formed XML: %1</translation>
        </message>
    </context>
    <context>
        <name>NetworkText</name>
        <message>
            <source>the server %1 refused the connection (is contest-server running?)</source>
            <translation>the server %1 refused the connection (is contest-server running?)</translation>
        </message>
        <message>
            <source>the server %1 closed the connection before answering</source>
            <translation>the server %1 closed the connection before answering</translation>
        </message>
        <message>
            <source>the server %1 was not found (check the address and the network)</source>
            <translation>the server %1 was not found (check the address and the network)</translation>
        </message>
        <message>
            <source>the server %1 did not answer in time</source>
            <translation>the server %1 did not answer in time</translation>
        </message>
        <message>
            <source>a secure connection to %1 could not be made (certificate or TLS)</source>
            <translation>a secure connection to %1 could not be made (certificate or TLS)</translation>
        </message>
        <message>
            <source>the network is not available to reach %1</source>
            <translation>the network is not available to reach %1</translation>
        </message>
        <message>
            <source>the server %1 redirected the request too often or elsewhere</source>
            <translation>the server %1 redirected the request too often or elsewhere</translation>
        </message>
        <message>
            <source>the proxy on the way to %1 failed (check the proxy settings)</source>
            <translation>the proxy on the way to %1 failed (check the proxy settings)</translation>
        </message>
        <message>
            <source>the server %1 refused access</source>
            <translation>the server %1 refused access</translation>
        </message>
        <message>
            <source>the server %1 does not know this address (wrong server URL?)</source>
            <translation>the server %1 does not know this address (wrong server URL?)</translation>
        </message>
        <message>
            <source>the server %1 is not available at the moment</source>
            <translation>the server %1 is not available at the moment</translation>
        </message>
        <message>
            <source>the server %1 had an internal error</source>
            <translation>the server %1 had an internal error</translation>
        </message>
        <message>
            <source>the server %1 answered in a way this program does not understand</source>
            <translation>the server %1 answered in a way this program does not understand</translation>
        </message>
        <message>
            <source>the network request to %1 failed (error %2)</source>
            <translation>the network request to %1 failed (error %2)</translation>
        </message>
        <message>
            <source>no keychain service runs in this session (no desktop login, or no D-Bus)</source>
            <translation>no keychain service runs in this session (no desktop login, or no D-Bus)</translation>
        </message>
        <message>
            <source>nothing is stored in the keychain for it</source>
            <translation>nothing is stored in the keychain for it</translation>
        </message>
        <message>
            <source>the keychain could not delete the entry</source>
            <translation>the keychain could not delete the entry</translation>
        </message>
        <message>
            <source>access to the keychain was refused</source>
            <translation>access to the keychain was refused</translation>
        </message>
        <message>
            <source>the keychain refused access</source>
            <translation>the keychain refused access</translation>
        </message>
        <message>
            <source>the keychain on this system cannot do this</source>
            <translation>the keychain on this system cannot do this</translation>
        </message>
        <message>
            <source>the keychain failed (error %1)</source>
            <translation>the keychain failed (error %1)</translation>
        </message>
    </context>
    <context>
        <name>OutputFile</name>
        <message>
            <source>%1: cannot write: %2; nothing was written</source>
            <translation>%1: cannot write: %2; nothing was written</translation>
        </message>
    </context>
    <context>
        <name>PackageBuilder</name>
        <message>
            <source>no contest settings are stored: run contestctl contest set first</source>
            <translation>no contest settings are stored: run contestctl contest set first</translation>
        </message>
        <message>
            <source>the contest has no code</source>
            <translation>the contest has no code</translation>
        </message>
        <message>
            <source>the package needs the prediction question</source>
            <translation>the package needs the prediction question</translation>
        </message>
        <message>
            <source>no units: import them first (contestctl units import)</source>
            <translation>no units: import them first (contestctl units import)</translation>
        </message>
    </context>
    <context>
        <name>PageFetcher</name>
        <message>
            <source>the sync's network thread ended early</source>
            <translation>the sync's network thread ended early</translation>
        </message>
        <message>
            <source>%1: the server's cursor went back to '%2', already seen in this run (after '%3'), and it still says it has more: it would loop forever. Nothing of this page was stored.</source>
            <translation>%1: the server's cursor went back to '%2', already seen in this run (after '%3'), and it still says it has more: it would loop forever. Nothing of this page was stored.</translation>
        </message>
        <message>
            <source>%1: the server keeps saying it has more submissions but its cursor does not move (%2)</source>
            <translation>%1: the server keeps saying it has more submissions but its cursor does not move (%2)</translation>
        </message>
    </context>
    <context>
        <name>ParticipationStats</name>
        <message>
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>Conflicting version</source>
            <translation>Conflicting version</translation>
        </message>
    </context>
    <context>
        <name>PasswordFields</name>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>&amp;Again:</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>PasswordHasher</name>
        <message>
            <source>a password hash needs at least %1 iterations (asked for %2)</source>
            <translation>a password hash needs at least %1 iterations (asked for %2)</translation>
        </message>
    </context>
    <context>
        <name>PasswordPrompt</name>
        <message>
            <source>the two passwords differ; nothing was changed</source>
            <translation>the two passwords differ; nothing was changed</translation>
        </message>
    </context>
    <context>
        <name>PasswordStrength</name>
        <message>
            <source>Too short: at least %1 characters.</source>
            <translation>Too short: at least %1 characters.</translation>
        </message>
        <message>
            <source>Weak: make it longer or mix letters, digits and signs.</source>
            <translation>Weak: make it longer or mix letters, digits and signs.</translation>
        </message>
        <message>
            <source>Fair.</source>
            <translation>Fair.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Strong.</translation>
        </message>
    </context>
    <context>
        <name>PinCertificateDialog</name>
        <message>
            <source>Untrusted server certificate</source>
            <translation>Untrusted server certificate</translation>
        </message>
        <message>
            <source>The certificate of %1 is not trusted by this computer. Compare the fingerprint below with the one the server's operator gave you (by phone or on paper). Pin it only if they are identical: from then on this exact certificate is accepted for this server.</source>
            <translation>The certificate of %1 is not trusted by this computer. Compare the fingerprint below with the one the server's operator gave you (by phone or on paper). Pin it only if they are identical: from then on this exact certificate is accepted for this server.</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>Subject:</translation>
        </message>
        <message>
            <source>Issuer:</source>
            <translation>Issuer:</translation>
        </message>
        <message>
            <source>Valid:</source>
            <translation>Valid:</translation>
        </message>
        <message>
            <source>from %1 to %2</source>
            <translation>from %1 to %2</translation>
        </message>
        <message>
            <source>SHA-256:</source>
            <translation>SHA-256:</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Why:</translation>
        </message>
        <message>
            <source>Pin this certificate</source>
            <translation>Pin this certificate</translation>
        </message>
    </context>
    <context>
        <name>PostgresCopy</name>
        <message>
            <source>%1: copying rows into %2: %3</source>
            <translation>%1: copying rows into %2: %3</translation>
        </message>
    </context>
    <context>
        <name>PrintCommands</name>
        <message>
            <source>say where: --out FILE.pdf and/or --split DIR</source>
            <translation>say where: --out FILE.pdf and/or --split DIR</translation>
        </message>
        <message>
            <source>%1: certificates are written as .pdf</source>
            <translation>%1: certificates are written as .pdf</translation>
        </message>
        <message>
            <source>say where: --out FILE.pdf|.xlsx|.csv</source>
            <translation>say where: --out FILE.pdf|.xlsx|.csv</translation>
        </message>
        <message>
            <source>say --kind certificate|award and --out FILE.json</source>
            <translation>say --kind certificate|award and --out FILE.json</translation>
        </message>
    </context>
    <context>
        <name>PrintSource</name>
        <message>
            <source>lock the results first: printing uses the locked results (contestctl results lock)</source>
            <translation>lock the results first: printing uses the locked results (contestctl results lock)</translation>
        </message>
        <message>
            <source>locked snapshot %1 does not match its SHA-256: it was altered</source>
            <translation>locked snapshot %1 does not match its SHA-256: it was altered</translation>
        </message>
        <message>
            <source>the locked results cannot be printed: %1</source>
            <translation>the locked results cannot be printed: %1</translation>
        </message>
    </context>
    <context>
        <name>PrintingArea</name>
        <message>
            <source>&lt;h2&gt;Printing&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Printing&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Certificates (Giấy chứng nhận): every contestant who qualified</source>
            <translation>Certificates (Giấy chứng nhận): every contestant who qualified</translation>
        </message>
        <message>
            <source>Award certificates (Giấy khen): the prize winners</source>
            <translation>Award certificates (Giấy khen): the prize winners</translation>
        </message>
        <message>
            <source>Award list: winners, amounts, totals, participation per unit</source>
            <translation>Award list: winners, amounts, totals, participation per unit</translation>
        </message>
        <message>
            <source>&amp;Preview and print…</source>
            <translation>&amp;Preview and print…</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>Export &amp;PDF…</translation>
        </message>
        <message>
            <source>One PDF per &amp;person…</source>
            <translation>One PDF per &amp;person…</translation>
        </message>
        <message>
            <source>Export &amp;spreadsheet (XLSX)…</source>
            <translation>Export &amp;spreadsheet (XLSX)…</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>Export &amp;CSV…</translation>
        </message>
        <message>
            <source>Edit &amp;layout…</source>
            <translation>Edit &amp;layout…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;What to print:</source>
            <translation>&amp;What to print:</translation>
        </message>
        <message>
            <source>Printing from the locked results (snapshot %1, locked %2 by %3).</source>
            <translation>Printing from the locked results (snapshot %1, locked %2 by %3).</translation>
        </message>
        <message>
            <source>Nothing to print</source>
            <translation>Nothing to print</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Print preview</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Printing cancelled</source>
            <translation>Printing cancelled</translation>
        </message>
        <message>
            <source>Cancelled: no file was written.</source>
            <translation>Cancelled: no file was written.</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>Not printed</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Not exported</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Export PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export spreadsheet</source>
            <translation>Export spreadsheet</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Export CSV</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Folder for one PDF per person</source>
            <translation>Folder for one PDF per person</translation>
        </message>
        <message>
            <source>The results are not locked yet: certificates and award lists are printed only from locked results. %1</source>
            <translation>The results are not locked yet: certificates and award lists are printed only from locked results. %1</translation>
        </message>
        <message>
            <source>Waiting for the committee (Ban Tổ chức) to lock the results in the Results area.</source>
            <translation>Waiting for the committee (Ban Tổ chức) to lock the results in the Results area.</translation>
        </message>
        <message>
            <source>Not available: %1</source>
            <translation>Not available: %1</translation>
        </message>
        <message>
            <source>Not available for certificates: choose the award list above.</source>
            <translation>Not available for certificates: choose the award list above.</translation>
        </message>
        <message>
            <source>Not available for the award list: choose certificates above.</source>
            <translation>Not available for the award list: choose certificates above.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln certificate(s), </source>
            <translation>
                <numerusform>%Ln certificate(s), </numerusform>
                <numerusform>%Ln certificate(s), </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln individual prize(s), </source>
            <translation>
                <numerusform>%Ln individual prize(s), </numerusform>
                <numerusform>%Ln individual prize(s), </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln collective prize(s).</source>
            <translation>
                <numerusform>%Ln collective prize(s).</numerusform>
                <numerusform>%Ln collective prize(s).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Waiting for the judges (Ban Giám khảo) to decide %Ln tie(s) at a prize boundary; then the committee (Ban Tổ chức) locks the results.</source>
            <translation>
                <numerusform>Waiting for the judges (Ban Giám khảo) to decide %Ln tie(s) at a prize boundary; then the committee (Ban Tổ chức) locks the results.</numerusform>
                <numerusform>Waiting for the judges (Ban Giám khảo) to decide %Ln tie(s) at a prize boundary; then the committee (Ban Tổ chức) locks the results.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Printing %Ln certificate(s)…</source>
            <translation>
                <numerusform>Printing %Ln certificate(s)…</numerusform>
                <numerusform>Printing %Ln certificate(s)…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancelled after %Ln file(s).</source>
            <translation>
                <numerusform>Cancelled after %Ln file(s).</numerusform>
                <numerusform>Cancelled after %Ln file(s).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrizeAllocator</name>
        <message>
            <source>its order does not name each member of the tie exactly once</source>
            <translation>its order does not name each member of the tie exactly once</translation>
        </message>
        <message>
            <source>no current tie for '%1' has exactly these members (%2); the ranking has changed since the decision, so it was not applied</source>
            <translation>no current tie for '%1' has exactly these members (%2); the ranking has changed since the decision, so it was not applied</translation>
        </message>
    </context>
    <context>
        <name>PrizeTableEditor</name>
        <message>
            <source>Prize</source>
            <translation>Prize</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Amount each</source>
            <translation>Amount each</translation>
        </message>
        <message>
            <source>&amp;Add prize</source>
            <translation>&amp;Add prize</translation>
        </message>
        <message>
            <source>&amp;Remove prize</source>
            <translation>&amp;Remove prize</translation>
        </message>
        <message>
            <source>New prize</source>
            <translation>New prize</translation>
        </message>
        <message>
            <source>A short code (letters a-z, digits, _) that result files use for this prize; the certificates and lists print the prize's name.</source>
            <translation>A short code (letters a-z, digits, _) that result files use for this prize; the certificates and lists print the prize's name.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln prize(s), %1 in all</source>
            <translation>
                <numerusform>%Ln prize(s), %1 in all</numerusform>
                <numerusform>%Ln prize(s), %1 in all</numerusform>
            </translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
    </context>
    <context>
        <name>ProgressReport</name>
        <message>
            <source>%1: the report needs a day from the opening of the contest (%2) on</source>
            <translation>%1: the report needs a day from the opening of the contest (%2) on</translation>
        </message>
    </context>
    <context>
        <name>ProgressReportDialog</name>
        <message>
            <source>Progress report</source>
            <translation>Progress report</translation>
        </message>
        <message>
            <source>Preview and print…</source>
            <translation>Preview and print…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Figures as of the end of:</source>
            <translation>Figures as of the end of:</translation>
        </message>
        <message>
            <source>%1 contestants and %2 valid of %3 submissions by then; %4 day(s) left; %5 unit(s) with nobody yet.</source>
            <translation>%1 contestants and %2 valid of %3 submissions by then; %4 day(s) left; %5 unit(s) with nobody yet.</translation>
        </message>
        <message>
            <source>Progress report: print preview</source>
            <translation>Progress report: print preview</translation>
        </message>
        <message>
            <source>Save progress report</source>
            <translation>Save progress report</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>PublishPanel</name>
        <message>
            <source>Contest window</source>
            <translation>Contest window</translation>
        </message>
        <message>
            <source>&amp;Publish package</source>
            <translation>&amp;Publish package</translation>
        </message>
        <message>
            <source>Check the exam package here, then send it to the server: this opens the contest window at the times set.</source>
            <translation>Check the exam package here, then send it to the server: this opens the contest window at the times set.</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>Press Refresh to ask the server for the contest's state.</source>
            <translation>Press Refresh to ask the server for the contest's state.</translation>
        </message>
        <message>
            <source>Not published: the server's certificate was not pinned.</source>
            <translation>Not published: the server's certificate was not pinned.</translation>
        </message>
        <message>
            <source>Published: the server accepted package version %1.</source>
            <translation>Published: the server accepted package version %1.</translation>
        </message>
        <message>
            <source>Not published: %1</source>
            <translation>Not published: %1</translation>
        </message>
        <message>
            <source>%1
Submissions so far: %2
Package version: %3
(as of %4)</source>
            <translation>%1
Submissions so far: %2
Package version: %3
(as of %4)</translation>
        </message>
        <message>
            <source>1 day %1 h</source>
            <translation>1 day %1 h</translation>
        </message>
        <message>
            <source>%1 days %2 h</source>
            <translation>%1 days %2 h</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Window: %1 to %2</source>
            <translation>Window: %1 to %2</translation>
        </message>
        <message>
            <source>Opens in %1, closes in %2.</source>
            <translation>Opens in %1, closes in %2.</translation>
        </message>
        <message>
            <source>Open now, closes in %1.</source>
            <translation>Open now, closes in %1.</translation>
        </message>
        <message>
            <source>Closed %1 ago.</source>
            <translation>Closed %1 ago.</translation>
        </message>
        <message numerus="yes">
            <source>Not published: fix these %Ln problem(s) first. Nothing was sent.</source>
            <translation>
                <numerusform>Not published: fix these %Ln problem(s) first. Nothing was sent.</numerusform>
                <numerusform>Not published: fix these %Ln problem(s) first. Nothing was sent.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>Look in:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>File &amp;name:</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Directory:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Files of type:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Choose</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Save As</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Find Directory</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Forward</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Parent Directory</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Create New Folder</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>List View</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Detail View</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Rename</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Show &amp;hidden files</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;New Folder</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>New Folder</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 already exists.
Do you want to replace it?</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Date Modified</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Computer</translation>
        </message>
        <message>
            <source>Type</source>
            <comment>All other platforms</comment>
            <translation>Type</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;OK</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Close without Saving</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Save All</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Yes</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Yes to &amp;All</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;o to All</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Abort</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Retry</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignore</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Restore Defaults</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <source>Print Preview</source>
            <translation>Print Preview</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Next page</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>First page</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Last page</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Fit width</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>Fit page</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Landscape</translation>
        </message>
        <message>
            <source>Show single page</source>
            <translation>Show single page</translation>
        </message>
        <message>
            <source>Show facing pages</source>
            <translation>Show facing pages</translation>
        </message>
        <message>
            <source>Show overview of all pages</source>
            <translation>Show overview of all pages</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Page setup</source>
            <translation>Page setup</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>Question</name>
        <message>
            <source>question %1</source>
            <translation>question %1</translation>
        </message>
        <message>
            <source>(new)</source>
            <translation>(new)</translation>
        </message>
        <message>
            <source>%1: field '%2'</source>
            <translation>%1: field '%2'</translation>
        </message>
        <message>
            <source>empty; every question needs an ID such as TTHC-0012</source>
            <translation>empty; every question needs an ID such as TTHC-0012</translation>
        </message>
        <message>
            <source>'%1': use only letters A-Z, digits, '.', '_' and '-' (at most 64)</source>
            <translation>'%1': use only letters A-Z, digits, '.', '_' and '-' (at most 64)</translation>
        </message>
        <message>
            <source>empty; every question belongs to a topic</source>
            <translation>empty; every question belongs to a topic</translation>
        </message>
        <message>
            <source>unknown topic '%1' (topics: %2)</source>
            <translation>unknown topic '%1' (topics: %2)</translation>
        </message>
        <message>
            <source>empty; the question has no text</source>
            <translation>empty; the question has no text</translation>
        </message>
        <message>
            <source>%1 option(s); a question needs %2 to %3</source>
            <translation>%1 option(s); a question needs %2 to %3</translation>
        </message>
        <message>
            <source>option %1 has key '%2'; keys must be A, B, C... in order</source>
            <translation>option %1 has key '%2'; keys must be A, B, C... in order</translation>
        </message>
        <message>
            <source>empty option text</source>
            <translation>empty option text</translation>
        </message>
        <message>
            <source>'%1' is the text of another option too</source>
            <translation>'%1' is the text of another option too</translation>
        </message>
        <message>
            <source>empty; name the correct option (A-F)</source>
            <translation>empty; name the correct option (A-F)</translation>
        </message>
        <message>
            <source>'%1' is not one of the options</source>
            <translation>'%1' is not one of the options</translation>
        </message>
    </context>
    <context>
        <name>QuestionBankArea</name>
        <message>
            <source>Question bank</source>
            <translation>Question bank</translation>
        </message>
        <message>
            <source>Editor</source>
            <translation>Editor</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Blueprint</source>
            <translation>Blueprint</translation>
        </message>
        <message>
            <source>Booklet</source>
            <translation>Booklet</translation>
        </message>
        <message>
            <source>“%1” could not be undone or redone: %2</source>
            <translation>“%1” could not be undone or redone: %2</translation>
        </message>
        <message>
            <source>&amp;New question</source>
            <translation>&amp;New question</translation>
        </message>
        <message>
            <source>A&amp;pprove</source>
            <translation>A&amp;pprove</translation>
        </message>
        <message>
            <source>Approve the selected questions (drafts and reviewed ones)</source>
            <translation>Approve the selected questions (drafts and reviewed ones)</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>Re&amp;tire</translation>
        </message>
        <message>
            <source>Retire the selected questions: kept, never drawn again</source>
            <translation>Retire the selected questions: kept, never drawn again</translation>
        </message>
        <message>
            <source>&amp;Move to topic</source>
            <translation>&amp;Move to topic</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xport…</translation>
        </message>
        <message>
            <source>Search (marks optional: “cai cach” finds “Cải cách”)</source>
            <translation>Search (marks optional: “cai cach” finds “Cải cách”)</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>All difficulties</source>
            <translation>All difficulties</translation>
        </message>
        <message>
            <source>All topics</source>
            <translation>All topics</translation>
        </message>
        <message>
            <source>Unsaved question</source>
            <translation>Unsaved question</translation>
        </message>
        <message>
            <source>The question in the editor has changes that are not saved. Discard them?</source>
            <translation>The question in the editor has changes that are not saved. Discard them?</translation>
        </message>
        <message>
            <source>%1 (%2% alike): %3</source>
            <translation>%1 (%2% alike): %3</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Possible duplicate</translation>
        </message>
        <message>
            <source>Save it anyway?</source>
            <translation>Save it anyway?</translation>
        </message>
        <message>
            <source>create %1</source>
            <translation>create %1</translation>
        </message>
        <message>
            <source>edit %1</source>
            <translation>edit %1</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Saved %1.</translation>
        </message>
        <message>
            <source>Save question</source>
            <translation>Save question</translation>
        </message>
        <message>
            <source>Export questions</source>
            <translation>Export questions</translation>
        </message>
        <message numerus="yes">
            <source>%Ln question(s)</source>
            <translation>
                <numerusform>%Ln question(s)</numerusform>
                <numerusform>%Ln question(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln question(s) shown</source>
            <translation>
                <numerusform>%1 of %Ln question(s) shown</numerusform>
                <numerusform>%1 of %Ln question(s) shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This question is very like %Ln other question(s) of the bank:</source>
            <translation>
                <numerusform>This question is very like %Ln other question(s) of the bank:</numerusform>
                <numerusform>This question is very like %Ln other question(s) of the bank:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln question(s) %1</source>
            <translation>
                <numerusform>%Ln question(s) %1</numerusform>
                <numerusform>%Ln question(s) %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln question(s) %1.</source>
            <translation>
                <numerusform>%Ln question(s) %1.</numerusform>
                <numerusform>%Ln question(s) %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln could not be (e.g. a retired question).</source>
            <translation>
                <numerusform>%Ln could not be (e.g. a retired question).</numerusform>
                <numerusform>%Ln could not be (e.g. a retired question).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>move %Ln question(s) to %1</source>
            <translation>
                <numerusform>move %Ln question(s) to %1</numerusform>
                <numerusform>move %Ln question(s) to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln question(s) moved to %1.</source>
            <translation>
                <numerusform>%Ln question(s) moved to %1.</numerusform>
                <numerusform>%Ln question(s) moved to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuestionBooklet</name>
        <message numerus="yes">
            <source>%n question(s), with answers</source>
            <translation>
                <numerusform>%n question(s), with answers</numerusform>
                <numerusform>%n question(s), with answers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s), without answers</source>
            <translation>
                <numerusform>%n question(s), without answers</numerusform>
                <numerusform>%n question(s), without answers</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Question %1.</source>
            <translation>Question %1.</translation>
        </message>
        <message>
            <source>Answer:</source>
            <translation>Answer:</translation>
        </message>
        <message>
            <source>Legal source:</source>
            <translation>Legal source:</translation>
        </message>
        <message>
            <source>Explanation:</source>
            <translation>Explanation:</translation>
        </message>
    </context>
    <context>
        <name>QuestionChangeCommand</name>
        <message>
            <source>redo: %1</source>
            <translation>redo: %1</translation>
        </message>
        <message>
            <source>undo: %1</source>
            <translation>undo: %1</translation>
        </message>
    </context>
    <context>
        <name>QuestionCommands</name>
        <message>
            <source>%1: cannot tell the format from the extension (.txt Aiken, .gift, .xml, .csv); use --format %2</source>
            <translation>%1: cannot tell the format from the extension (.txt Aiken, .gift, .xml, .csv); use --format %2</translation>
        </message>
        <message>
            <source>unknown format '%1'; use one of %2</source>
            <translation>unknown format '%1'; use one of %2</translation>
        </message>
        <message>
            <source>unknown status '%1'; use one of %2</source>
            <translation>unknown status '%1'; use one of %2</translation>
        </message>
        <message>
            <source>added</source>
            <translation>added</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>updated</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <source>%1:%2: skipped %3 '%4': %5
</source>
            <translation>%1:%2: skipped %3 '%4': %5
</translation>
        </message>
        <message numerus="yes">
            <source>%1: nothing imported, %n problem(s):
%2%3</source>
            <translation>
                <numerusform>%1: nothing imported, %n problem(s):
%2%3</numerusform>
                <numerusform>%1: nothing imported, %n problem(s):
%2%3</numerusform>
            </translation>
        </message>
        <message>
            <source>
(--skip-invalid imports the valid questions and lists the rest)</source>
            <translation>
(--skip-invalid imports the valid questions and lists the rest)</translation>
        </message>
        <message>
            <source>%1:%2: %3 %4
</source>
            <translation>%1:%2: %3 %4
</translation>
        </message>
        <message>
            <source>not imported: %1
</source>
            <translation>not imported: %1
</translation>
        </message>
        <message>
            <source>%1: %2 imported, %3 updated, %4 unchanged, %5 skipped, %6 invalid
</source>
            <translation>%1: %2 imported, %3 updated, %4 unchanged, %5 skipped, %6 invalid
</translation>
        </message>
        <message>
            <source>%1: %2 questions written (%3)
</source>
            <translation>%1: %2 questions written (%3)
</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)
</source>
            <translation>
                <numerusform>%n question(s)
</numerusform>
                <numerusform>%n question(s)
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) approved
</source>
            <translation>
                <numerusform>%n question(s) approved
</numerusform>
                <numerusform>%n question(s) approved
</numerusform>
            </translation>
        </message>
        <message>
            <source>question %1: no such question</source>
            <translation>question %1: no such question</translation>
        </message>
        <message>
            <source>default (unmapped categories, files without any) -&gt; %1
</source>
            <translation>default (unmapped categories, files without any) -&gt; %1
</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>category '%1' is not mapped</source>
            <translation>category '%1' is not mapped</translation>
        </message>
        <message>
            <source>the category is empty; use --default TOPIC for the default topic</source>
            <translation>the category is empty; use --default TOPIC for the default topic</translation>
        </message>
        <message>
            <source>category mapping saved
</source>
            <translation>category mapping saved
</translation>
        </message>
        <message>
            <source>%1 attempts, mean %2 correct (SD %3), CIC %4, error ratio %5
</source>
            <translation>%1 attempts, mean %2 correct (SD %3), CIC %4, error ratio %5
</translation>
        </message>
        <message>
            <source>--answer KEY is required: %1</source>
            <translation>--answer KEY is required: %1</translation>
        </message>
        <message>
            <source>Question %1: key %2 -&gt; %3 (dry run: nothing was changed)
</source>
            <translation>Question %1: key %2 -&gt; %3 (dry run: nothing was changed)
</translation>
        </message>
        <message>
            <source>Question %1: key %2 -&gt; %3; every submission was judged again
</source>
            <translation>Question %1: key %2 -&gt; %3; every submission was judged again
</translation>
        </message>
        <message>
            <source>%1 submissions gain a point, %2 lose one
</source>
            <translation>%1 submissions gain a point, %2 lose one
</translation>
        </message>
        <message>
            <source>  %1: rank %2 -&gt; %3, prize %4 -&gt; %5
</source>
            <translation>  %1: rank %2 -&gt; %3, prize %4 -&gt; %5
</translation>
        </message>
        <message>
            <source>No contestant's rank or prize changes
</source>
            <translation>No contestant's rank or prize changes
</translation>
        </message>
        <message>
            <source>usage: contestctl questions approve ID...</source>
            <translation>usage: contestctl questions approve ID...</translation>
        </message>
    </context>
    <context>
        <name>QuestionEditor</name>
        <message>
            <source>&amp;ID:</source>
            <translation>&amp;ID:</translation>
        </message>
        <message>
            <source>&amp;Topic:</source>
            <translation>&amp;Topic:</translation>
        </message>
        <message>
            <source>&amp;Question:</source>
            <translation>&amp;Question:</translation>
        </message>
        <message>
            <source>The correct answer</source>
            <translation>The correct answer</translation>
        </message>
        <message>
            <source>Add option</source>
            <translation>Add option</translation>
        </message>
        <message>
            <source>Remove last option</source>
            <translation>Remove last option</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>Options:</translation>
        </message>
        <message>
            <source>&amp;Difficulty:</source>
            <translation>&amp;Difficulty:</translation>
        </message>
        <message>
            <source>e.g. Luật Giao dịch điện tử 2023, Điều 5</source>
            <translation>e.g. Luật Giao dịch điện tử 2023, Điều 5</translation>
        </message>
        <message>
            <source>&amp;Legal source:</source>
            <translation>&amp;Legal source:</translation>
        </message>
        <message>
            <source>&amp;Explanation:</source>
            <translation>&amp;Explanation:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>&amp;Revert</translation>
        </message>
        <message>
            <source>&amp;Save question</source>
            <translation>&amp;Save question</translation>
        </message>
        <message>
            <source>New question</source>
            <translation>New question</translation>
        </message>
        <message>
            <source>Question %1</source>
            <translation>Question %1</translation>
        </message>
        <message>
            <source>Select a question, or create a new one.</source>
            <translation>Select a question, or create a new one.</translation>
        </message>
        <message>
            <source>'%1' is the ID of another question</source>
            <translation>'%1' is the ID of another question</translation>
        </message>
        <message>
            <source>Correct answer: %1</source>
            <translation>Correct answer: %1</translation>
        </message>
    </context>
    <context>
        <name>QuestionExporter</name>
        <message>
            <source>question %1 cannot be written in Aiken: its line '%2' would read as an option or an answer; export as GIFT, Moodle XML or CSV</source>
            <translation>question %1 cannot be written in Aiken: its line '%2' would read as an option or an answer; export as GIFT, Moodle XML or CSV</translation>
        </message>
    </context>
    <context>
        <name>QuestionFormats</name>
        <message>
            <source>the file is %1 MB; a question bank file may have at most %2 MB</source>
            <translation>the file is %1 MB; a question bank file may have at most %2 MB</translation>
        </message>
    </context>
    <context>
        <name>QuestionImportDialog</name>
        <message>
            <source>Import questions from %1</source>
            <translation>Import questions from %1</translation>
        </message>
        <message>
            <source>Questions (%1)</source>
            <translation>Questions (%1)</translation>
        </message>
        <message>
            <source>Skipped (%1)</source>
            <translation>Skipped (%1)</translation>
        </message>
        <message>
            <source>Errors (%1)</source>
            <translation>Errors (%1)</translation>
        </message>
        <message>
            <source>Near-duplicates (%1)</source>
            <translation>Near-duplicates (%1)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>%1: %2 to add, %3 to update, %4 unchanged, %5 skipped.</source>
            <translation>%1: %2 to add, %3 to update, %4 unchanged, %5 skipped.</translation>
        </message>
        <message>
            <source>The file cannot be read as a whole; nothing can be imported from it.</source>
            <translation>The file cannot be read as a whole; nothing can be imported from it.</translation>
        </message>
        <message>
            <source>There is nothing to import.</source>
            <translation>There is nothing to import.</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message numerus="yes">
            <source>Skip the invalid questions and import the %Ln valid one(s)</source>
            <translation>
                <numerusform>Skip the invalid questions and import the %Ln valid one(s)</numerusform>
                <numerusform>Skip the invalid questions and import the %Ln valid one(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln question(s) have errors. Nothing is imported unless you choose to skip them; correct the file (lines are given) and import it again.</source>
            <translation>
                <numerusform>%Ln question(s) have errors. Nothing is imported unless you choose to skip them; correct the file (lines are given) and import it again.</numerusform>
                <numerusform>%Ln question(s) have errors. Nothing is imported unless you choose to skip them; correct the file (lines are given) and import it again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuestionImporter</name>
        <message>
            <source>cannot read the file: %1</source>
            <translation>cannot read the file: %1</translation>
        </message>
        <message>
            <source>cannot tell the format from the file name; use --format %1</source>
            <translation>cannot tell the format from the file name; use --format %1</translation>
        </message>
        <message>
            <source>%1: field 'topic'</source>
            <translation>%1: field 'topic'</translation>
        </message>
        <message>
            <source>unknown topic '%1' (topics: %2)</source>
            <translation>unknown topic '%1' (topics: %2)</translation>
        </message>
        <message>
            <source>no topic for category '%1': map the category to a topic or choose a default topic (--topic)</source>
            <translation>no topic for category '%1': map the category to a topic or choose a default topic (--topic)</translation>
        </message>
        <message>
            <source>%1: field 'id'</source>
            <translation>%1: field 'id'</translation>
        </message>
        <message>
            <source>'%1' is already used on line %2</source>
            <translation>'%1' is already used on line %2</translation>
        </message>
        <message>
            <source>no questions found in the file (is it %1?)</source>
            <translation>no questions found in the file (is it %1?)</translation>
        </message>
        <message>
            <source>unknown default topic '%1' (topics: %2)</source>
            <translation>unknown default topic '%1' (topics: %2)</translation>
        </message>
    </context>
    <context>
        <name>QuestionRepository</name>
        <message>
            <source>question %1: no such question</source>
            <translation>question %1: no such question</translation>
        </message>
        <message>
            <source>Question %1</source>
            <translation>Question %1</translation>
        </message>
    </context>
    <context>
        <name>QuestionReview</name>
        <message>
            <source>question %1: cannot go from %2 to %3</source>
            <translation>question %1: cannot go from %2 to %3</translation>
        </message>
    </context>
    <context>
        <name>QuestionStats</name>
        <message>
            <source>negative discrimination: check the key</source>
            <translation>negative discrimination: check the key</translation>
        </message>
        <message>
            <source>low discrimination</source>
            <translation>low discrimination</translation>
        </message>
        <message>
            <source>very hard</source>
            <translation>very hard</translation>
        </message>
        <message>
            <source>very easy</source>
            <translation>very easy</translation>
        </message>
    </context>
    <context>
        <name>QuestionStatsPage</name>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Drawn</source>
            <translation>Drawn</translation>
        </message>
        <message>
            <source>Correct (strongest quarter)</source>
            <translation>Correct (strongest quarter)</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Correct the key…</source>
            <translation>Correct the key…</translation>
        </message>
        <message>
            <source>Only the organizing committee corrects an answer key: it changes the results.</source>
            <translation>Only the organizing committee corrects an answer key: it changes the results.</translation>
        </message>
        <message>
            <source>Select a question first.</source>
            <translation>Select a question first.</translation>
        </message>
        <message>
            <source>See what a corrected key would change, then apply it.</source>
            <translation>See what a corrected key would change, then apply it.</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>Facility</translation>
        </message>
        <message>
            <source>Discrimination index</source>
            <translation>Discrimination index</translation>
        </message>
        <message>
            <source>Discriminative efficiency</source>
            <translation>Discriminative efficiency</translation>
        </message>
        <message>
            <source>The share of right answers, in percent.</source>
            <translation>The share of right answers, in percent.</translation>
        </message>
        <message>
            <source>How well the question separates strong from weak contestants: the correlation of its mark with the rest of the attempt, ×100. Under 30 needs checking; under 0 (the strongest get it wrong) usually means a wrong key.</source>
            <translation>How well the question separates strong from weak contestants: the correlation of its mark with the rest of the attempt, ×100. Under 30 needs checking; under 0 (the strongest get it wrong) usually means a wrong key.</translation>
        </message>
        <message>
            <source>The discrimination index against the highest this question could reach, ×100.</source>
            <translation>The discrimination index against the highest this question could reach, ×100.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln question(s) drawn, %1 to check. Mean %2 correct (standard deviation %3) over %4 attempts; internal consistency (CIC) %5, error ratio %6. A submission is among the strongest quarter with at least %7 correct answers.</source>
            <translation>
                <numerusform>%Ln question(s) drawn, %1 to check. Mean %2 correct (standard deviation %3) over %4 attempts; internal consistency (CIC) %5, error ratio %6. A submission is among the strongest quarter with at least %7 correct answers.</numerusform>
                <numerusform>%Ln question(s) drawn, %1 to check. Mean %2 correct (standard deviation %3) over %4 attempts; internal consistency (CIC) %5, error ratio %6. A submission is among the strongest quarter with at least %7 correct answers.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuestionTableModel</name>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Difficulty</source>
            <translation>Difficulty</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>Updated (%1)</source>
            <translation>Updated (%1)</translation>
        </message>
    </context>
    <context>
        <name>QuestionTransfer</name>
        <message>
            <source>%1 (line %2) is %3% like %4</source>
            <translation>%1 (line %2) is %3% like %4</translation>
        </message>
        <message>
            <source>Import questions</source>
            <translation>Import questions</translation>
        </message>
        <message>
            <source>Question files (*.txt *.gift *.xml *.csv);;Aiken (*.txt);;GIFT (*.gift);;Moodle XML (*.xml);;CSV (*.csv);;All files (*)</source>
            <translation>Question files (*.txt *.gift *.xml *.csv);;Aiken (*.txt);;GIFT (*.gift);;Moodle XML (*.xml);;CSV (*.csv);;All files (*)</translation>
        </message>
        <message>
            <source>Import of %1 cancelled; nothing changed.</source>
            <translation>Import of %1 cancelled; nothing changed.</translation>
        </message>
        <message>
            <source>Imported %1: %2 added, %3 updated.</source>
            <translation>Imported %1: %2 added, %3 updated.</translation>
        </message>
        <message>
            <source>Export questions</source>
            <translation>Export questions</translation>
        </message>
        <message>
            <source>GIFT (*.gift);;Moodle XML (*.xml);;Aiken (*.txt);;CSV (*.csv)</source>
            <translation>GIFT (*.gift);;Moodle XML (*.xml);;Aiken (*.txt);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Name the file .gift, .xml, .txt (Aiken) or .csv: the extension chooses the format.</source>
            <translation>Name the file .gift, .xml, .txt (Aiken) or .csv: the extension chooses the format.</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln question(s) to %1.</source>
            <translation>
                <numerusform>Exported %Ln question(s) to %1.</numerusform>
                <numerusform>Exported %Ln question(s) to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RankingOrderEditor</name>
        <message>
            <source>Move &amp;up</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Move &amp;down</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Re&amp;move</translation>
        </message>
        <message>
            <source>&amp;Add key</source>
            <translation>&amp;Add key</translation>
        </message>
        <message>
            <source>Correct answers (more ranks higher)</source>
            <translation>Correct answers (more ranks higher)</translation>
        </message>
        <message>
            <source>Prediction error (smaller ranks higher)</source>
            <translation>Prediction error (smaller ranks higher)</translation>
        </message>
        <message>
            <source>Time taken (shorter ranks higher)</source>
            <translation>Time taken (shorter ranks higher)</translation>
        </message>
        <message>
            <source>Submission time (earlier ranks higher)</source>
            <translation>Submission time (earlier ranks higher)</translation>
        </message>
        <message>
            <source>Number of attempts (fewer ranks higher)</source>
            <translation>Number of attempts (fewer ranks higher)</translation>
        </message>
        <message>
            <source>Start time (earlier ranks higher)</source>
            <translation>Start time (earlier ranks higher)</translation>
        </message>
        <message>
            <source>In the settings file: %1</source>
            <translation>In the settings file: %1</translation>
        </message>
    </context>
    <context>
        <name>RecordTablePage</name>
        <message>
            <source>Filter…</source>
            <translation>Filter…</translation>
        </message>
        <message>
            <source>&amp;Import from CSV…</source>
            <translation>&amp;Import from CSV…</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV files (*.csv);;All files (*)</translation>
        </message>
        <message>
            <source>Imported %1: %2 added, %3 updated.</source>
            <translation>Imported %1: %2 added, %3 updated.</translation>
        </message>
    </context>
    <context>
        <name>ReportCommands</name>
        <message>
            <source>--date '%1': expected a day as dd/MM/yyyy, e.g. 07/06/2024</source>
            <translation>--date '%1': expected a day as dd/MM/yyyy, e.g. 07/06/2024</translation>
        </message>
        <message>
            <source>say where: --out FILE.pdf</source>
            <translation>say where: --out FILE.pdf</translation>
        </message>
        <message>
            <source>say where: --out FILE.csv|.xlsx|.pdf</source>
            <translation>say where: --out FILE.csv|.xlsx|.pdf</translation>
        </message>
    </context>
    <context>
        <name>ResultsArea</name>
        <message>
            <source>&amp;Individual ranking</source>
            <translation>&amp;Individual ranking</translation>
        </message>
        <message>
            <source>&amp;Collective ranking</source>
            <translation>&amp;Collective ranking</translation>
        </message>
        <message>
            <source>&amp;Ties and decisions</source>
            <translation>&amp;Ties and decisions</translation>
        </message>
        <message>
            <source>&amp;Audit log</source>
            <translation>&amp;Audit log</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>Compute the results again from the stored submissions, settings and decisions.</source>
            <translation>Compute the results again from the stored submissions, settings and decisions.</translation>
        </message>
        <message>
            <source>&amp;Decide tie…</source>
            <translation>&amp;Decide tie…</translation>
        </message>
        <message>
            <source>&amp;Lock results</source>
            <translation>&amp;Lock results</translation>
        </message>
        <message>
            <source>Freeze the results: printing and publishing then use this snapshot, which later submissions cannot change.</source>
            <translation>Freeze the results: printing and publishing then use this snapshot, which later submissions cannot change.</translation>
        </message>
        <message>
            <source>&amp;Unlock…</source>
            <translation>&amp;Unlock…</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>Judges' decisions</source>
            <translation>Judges' decisions</translation>
        </message>
        <message>
            <source>&amp;Ties and decisions (%1)</source>
            <translation>&amp;Ties and decisions (%1)</translation>
        </message>
        <message>
            <source>Warning: the stored snapshot no longer matches its SHA-256: it was changed after locking.</source>
            <translation>Warning: the stored snapshot no longer matches its SHA-256: it was changed after locking.</translation>
        </message>
        <message>
            <source>Contestants: %1 · Valid submissions: %2 · Invalid: %3 · Prediction target: %4 · Individual prizes given: %5 · Collective prizes: %6</source>
            <translation>Contestants: %1 · Valid submissions: %2 · Invalid: %3 · Prediction target: %4 · Individual prizes given: %5 · Collective prizes: %6</translation>
        </message>
        <message>
            <source>Unresolved ties: %1 · Decisions to review: %2</source>
            <translation>Unresolved ties: %1 · Decisions to review: %2</translation>
        </message>
        <message>
            <source>Lock results</source>
            <translation>Lock results</translation>
        </message>
        <message>
            <source>Lock the results as they are shown? Certificates and award lists will be printed from this snapshot; later submissions will not change it until someone unlocks it with a reason.</source>
            <translation>Lock the results as they are shown? Certificates and award lists will be printed from this snapshot; later submissions will not change it until someone unlocks it with a reason.</translation>
        </message>
        <message>
            <source>The results changed since they were shown (new submissions, settings or decisions). Check them and lock again.</source>
            <translation>The results changed since they were shown (new submissions, settings or decisions). Check them and lock again.</translation>
        </message>
        <message>
            <source>The results cannot be locked: %1</source>
            <translation>The results cannot be locked: %1</translation>
        </message>
        <message>
            <source>Unlock results</source>
            <translation>Unlock results</translation>
        </message>
        <message>
            <source>Unlocking lets the results change again. Write why (it is kept in the audit log):</source>
            <translation>Unlocking lets the results change again. Write why (it is kept in the audit log):</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <source>Record decision</source>
            <translation>Record decision</translation>
        </message>
        <message>
            <source>Withdraw judges' decision</source>
            <translation>Withdraw judges' decision</translation>
        </message>
        <message>
            <source>The decision stays in the record, marked withdrawn, and the judges can decide the tie again. Write why it is withdrawn:</source>
            <translation>The decision stays in the record, marked withdrawn, and the judges can decide the tie again. Write why it is withdrawn:</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Withdraw</translation>
        </message>
        <message>
            <source>Withdraw decision</source>
            <translation>Withdraw decision</translation>
        </message>
        <message>
            <source>&lt;b&gt;Results locked on %1 by %2&lt;/b&gt;, SHA-256 %3. What is shown below is the locked snapshot; unlock (with a reason) to change it.</source>
            <translation>&lt;b&gt;Results locked on %1 by %2&lt;/b&gt;, SHA-256 %3. What is shown below is the locked snapshot; unlock (with a reason) to change it.</translation>
        </message>
        <message>
            <source>no prize</source>
            <translation>no prize</translation>
        </message>
        <message>
            <source>collective prize</source>
            <translation>collective prize</translation>
        </message>
        <message>
            <source>The judges' order decides the prizes and the listing, and is kept in the audit log:

%1

Judges: %2
Reason: %3

Record this decision?</source>
            <translation>The judges' order decides the prizes and the listing, and is kept in the audit log:

%1

Judges: %2
Reason: %3

Record this decision?</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) that may not receive a collective prize (such as the public or the organising office) are listed last, without a rank.</source>
            <translation>
                <numerusform>%Ln unit(s) that may not receive a collective prize (such as the public or the organising office) are listed last, without a rank.</numerusform>
                <numerusform>%Ln unit(s) that may not receive a collective prize (such as the public or the organising office) are listed last, without a rank.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>* %Ln unit(s) have more contestants than their headcount (people outside the unit chose it, or the headcount is out of date): the rate is shown as counted; the collective ranking counts contestants, not the rate.</source>
            <translation>
                <numerusform>* %Ln unit(s) have more contestants than their headcount (people outside the unit chose it, or the headcount is out of date): the rate is shown as counted; the collective ranking counts contestants, not the rate.</numerusform>
                <numerusform>* %Ln unit(s) have more contestants than their headcount (people outside the unit chose it, or the headcount is out of date): the rate is shown as counted; the collective ranking counts contestants, not the rate.</numerusform>
            </translation>
        </message>
        <message>
            <source>I&amp;ntegrity cases</source>
            <translation>I&amp;ntegrity cases</translation>
        </message>
        <message>
            <source>Integrity cases</source>
            <translation>Integrity cases</translation>
        </message>
        <message>
            <source>I&amp;ntegrity cases (%1)</source>
            <translation>I&amp;ntegrity cases (%1)</translation>
        </message>
    </context>
    <context>
        <name>ResultsCommands</name>
        <message>
            <source>say one of --json, --csv or --explain CONTESTANT</source>
            <translation>say one of --json, --csv or --explain CONTESTANT</translation>
        </message>
        <message>
            <source>locked snapshot %1 does not match its SHA-256: it was altered</source>
            <translation>locked snapshot %1 does not match its SHA-256: it was altered</translation>
        </message>
        <message>
            <source>results locked (snapshot %1, sha256 %2); --live computes them from the current data
</source>
            <translation>results locked (snapshot %1, sha256 %2); --live computes them from the current data
</translation>
        </message>
        <message>
            <source>no contestant %1 (give the ID number or phone)</source>
            <translation>no contestant %1 (give the ID number or phone)</translation>
        </message>
        <message>
            <source>results unlocked
</source>
            <translation>results unlocked
</translation>
        </message>
        <message>
            <source>no unresolved tie for %1 with exactly these members (see contestctl ties list)</source>
            <translation>no unresolved tie for %1 with exactly these members (see contestctl ties list)</translation>
        </message>
    </context>
    <context>
        <name>ResultsExplainer</name>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>correct answers (more is better)</source>
            <translation>correct answers (more is better)</translation>
        </message>
        <message>
            <source>prediction error (smaller is better)</source>
            <translation>prediction error (smaller is better)</translation>
        </message>
        <message>
            <source>duration (shorter is better)</source>
            <translation>duration (shorter is better)</translation>
        </message>
        <message>
            <source>submission time (earlier is better)</source>
            <translation>submission time (earlier is better)</translation>
        </message>
        <message>
            <source>number of attempts (fewer is better)</source>
            <translation>number of attempts (fewer is better)</translation>
        </message>
        <message>
            <source>start time (earlier is better)</source>
            <translation>start time (earlier is better)</translation>
        </message>
        <message>
            <source>%1 (prediction %2, target %3)</source>
            <translation>%1 (prediction %2, target %3)</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>  %1. %2, submitted %3: %4 correct, prediction %5, duration %6 ms</source>
            <translation>  %1. %2, submitted %3: %4 correct, prediction %5, duration %6 ms</translation>
        </message>
        <message>
            <source> [counted]</source>
            <translation> [counted]</translation>
        </message>
        <message>
            <source> [not considered: beyond the %1 attempts allowed]</source>
            <translation> [not considered: beyond the %1 attempts allowed]</translation>
        </message>
        <message>
            <source>Rank %1 of %2 contestants.</source>
            <translation>Rank %1 of %2 contestants.</translation>
        </message>
        <message numerus="yes">
            <source>Shared with %n other contestant(s) equal on every ranking key.</source>
            <translation>
                <numerusform>Shared with %n other contestant(s) equal on every ranking key.</numerusform>
                <numerusform>Shared with %n other contestant(s) equal on every ranking key.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2 against %3</source>
            <translation>%1: %2 against %3</translation>
        </message>
        <message>
            <source>Below %1 (rank %2) on %3.</source>
            <translation>Below %1 (rank %2) on %3.</translation>
        </message>
        <message>
            <source>Above %1 (rank %2) on %3.</source>
            <translation>Above %1 (rank %2) on %3.</translation>
        </message>
        <message>
            <source>Prize: none. Not eligible: %1. Ineligible contestants are passed over and get no certificate.</source>
            <translation>Prize: none. Not eligible: %1. Ineligible contestants are passed over and get no certificate.</translation>
        </message>
        <message>
            <source>Prize: withheld. Unresolved tie for '%1' with %2: they are equal on every key and their slots give different prizes (%3). The judges decide; the slots stay reserved.</source>
            <translation>Prize: withheld. Unresolved tie for '%1' with %2: they are equal on every key and their slots give different prizes (%3). The judges decide; the slots stay reserved.</translation>
        </message>
        <message>
            <source>Prize: none; every prize slot went to eligible contestants ranked higher.</source>
            <translation>Prize: none; every prize slot went to eligible contestants ranked higher.</translation>
        </message>
        <message>
            <source>Prize: %1.</source>
            <translation>Prize: %1.</translation>
        </message>
        <message>
            <source> Tie decided by the judges (%1, %2): order %3; reason: %4.</source>
            <translation> Tie decided by the judges (%1, %2): order %3; reason: %4.</translation>
        </message>
        <message>
            <source>No ranked contestant has the key %1.</source>
            <translation>No ranked contestant has the key %1.</translation>
        </message>
        <message>
            <source>Contestant %1 (%2), unit %3.</source>
            <translation>Contestant %1 (%2), unit %3.</translation>
        </message>
        <message>
            <source>the first %1 count</source>
            <translation>the first %1 count</translation>
        </message>
        <message>
            <source>all count</source>
            <translation>all count</translation>
        </message>
        <message>
            <source>Valid attempts: %1 (%2).</source>
            <translation>Valid attempts: %1 (%2).</translation>
        </message>
        <message>
            <source>  invalid, not ranked: %1 (%2)</source>
            <translation>  invalid, not ranked: %1 (%2)</translation>
        </message>
        <message>
            <source>Counted: the best attempt by the ranking order (the earliest among equals).</source>
            <translation>Counted: the best attempt by the ranking order (the earliest among equals).</translation>
        </message>
        <message>
            <source>Counted: the first attempt by submission time.</source>
            <translation>Counted: the first attempt by submission time.</translation>
        </message>
        <message>
            <source>Counted: the last attempt considered, by submission time.</source>
            <translation>Counted: the last attempt considered, by submission time.</translation>
        </message>
        <message>
            <source>Ranking keys, in order:</source>
            <translation>Ranking keys, in order:</translation>
        </message>
        <message>
            <source>  %1: %2</source>
            <translation>  %1: %2</translation>
        </message>
        <message>
            <source>Certificate: yes (%1 correct, at least %2 needed).</source>
            <translation>Certificate: yes (%1 correct, at least %2 needed).</translation>
        </message>
        <message>
            <source>Certificate: no (%1 correct, at least %2 needed).</source>
            <translation>Certificate: no (%1 correct, at least %2 needed).</translation>
        </message>
        <message>
            <source>Certificate: no (not eligible).</source>
            <translation>Certificate: no (not eligible).</translation>
        </message>
    </context>
    <context>
        <name>ResultsLock</name>
        <message>
            <source>results are already locked (snapshot %1 of %2); unlock them first, with a reason</source>
            <translation>results are already locked (snapshot %1 of %2); unlock them first, with a reason</translation>
        </message>
        <message numerus="yes">
            <source>%n tie(s) at a prize boundary are not decided yet: the judges must decide them before the results can be locked</source>
            <translation>
                <numerusform>%n tie(s) at a prize boundary are not decided yet: the judges must decide them before the results can be locked</numerusform>
                <numerusform>%n tie(s) at a prize boundary are not decided yet: the judges must decide them before the results can be locked</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n judges' decision(s) no longer match the current ties and must be reviewed before the results can be locked</source>
            <translation>
                <numerusform>%n judges' decision(s) no longer match the current ties and must be reviewed before the results can be locked</numerusform>
                <numerusform>%n judges' decision(s) no longer match the current ties and must be reviewed before the results can be locked</numerusform>
            </translation>
        </message>
        <message>
            <source>unlocking the results needs a reason</source>
            <translation>unlocking the results needs a reason</translation>
        </message>
        <message>
            <source>the results are not locked</source>
            <translation>the results are not locked</translation>
        </message>
        <message numerus="yes">
            <source>%n integrity case(s) touch a prize winner and are not decided yet: the judges must decide them before the results can be locked</source>
            <translation>
                <numerusform>%n integrity case(s) touch a prize winner and are not decided yet: the judges must decide them before the results can be locked</numerusform>
                <numerusform>%n integrity case(s) touch a prize winner and are not decided yet: the judges must decide them before the results can be locked</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RevisionHistoryView</name>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Select a question to see its history.</source>
            <translation>Select a question to see its history.</translation>
        </message>
        <message numerus="yes">
            <source>History of %1: %Ln change(s)</source>
            <translation>
                <numerusform>History of %1: %Ln change(s)</numerusform>
                <numerusform>History of %1: %Ln change(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>When (%1)</source>
            <translation>When (%1)</translation>
        </message>
    </context>
    <context>
        <name>RevisionText</name>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Reviewed</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Retired</translation>
        </message>
        <message>
            <source>Easy</source>
            <translation>Easy</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <source>Hard</source>
            <translation>Hard</translation>
        </message>
        <message>
            <source>created</source>
            <translation>created</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>edited</translation>
        </message>
        <message>
            <source>status: %1</source>
            <translation>status: %1</translation>
        </message>
        <message>
            <source>imported from %1</source>
            <translation>imported from %1</translation>
        </message>
        <message>
            <source>moved to topic %1</source>
            <translation>moved to topic %1</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Question text</source>
            <translation>Question text</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>Correct answer</source>
            <translation>Correct answer</translation>
        </message>
        <message>
            <source>Difficulty</source>
            <translation>Difficulty</translation>
        </message>
        <message>
            <source>Legal source</source>
            <translation>Legal source</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Reviewer</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>committee</source>
            <translation>committee</translation>
        </message>
        <message>
            <source>question author</source>
            <translation>question author</translation>
        </message>
        <message>
            <source>judge</source>
            <translation>judge</translation>
        </message>
        <message>
            <source>secretary</source>
            <translation>secretary</translation>
        </message>
    </context>
    <context>
        <name>SavedNotice</name>
        <message>
            <source>Saved to %1</source>
            <translation>Saved to %1</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Open folder</translation>
        </message>
    </context>
    <context>
        <name>ServerArea</name>
        <message>
            <source>Online server</source>
            <translation>Online server</translation>
        </message>
        <message>
            <source>Submissions</source>
            <translation>Submissions</translation>
        </message>
        <message>
            <source>S&amp;ync now</source>
            <translation>S&amp;ync now</translation>
        </message>
        <message>
            <source>Pull the submissions the server received since the last sync.</source>
            <translation>Pull the submissions the server received since the last sync.</translation>
        </message>
        <message>
            <source>Not synced in this session yet.</source>
            <translation>Not synced in this session yet.</translation>
        </message>
        <message>
            <source>The server refused the token: enter the right one under Server settings. (%1)</source>
            <translation>The server refused the token: enter the right one under Server settings. (%1)</translation>
        </message>
        <message>
            <source>The server sent a page that cannot be read; nothing of that page was stored, everything before it was. Try again later or tell the server's operator. (%1)</source>
            <translation>The server sent a page that cannot be read; nothing of that page was stored, everything before it was. Try again later or tell the server's operator. (%1)</translation>
        </message>
        <message>
            <source>Not synced: the server's certificate was not pinned.</source>
            <translation>Not synced: the server's certificate was not pinned.</translation>
        </message>
        <message>
            <source>Last sync at %1: %2</source>
            <translation>Last sync at %1: %2</translation>
        </message>
        <message>
            <source>Last sync at %1 failed: %2 Stored before that: %3</source>
            <translation>Last sync at %1 failed: %2 Stored before that: %3</translation>
        </message>
    </context>
    <context>
        <name>ServerClient</name>
        <message>
            <source>%1: the server URL must start with https:// and name a host</source>
            <translation>%1: the server URL must start with https:// and name a host</translation>
        </message>
        <message>
            <source>%1: no PEM certificate could be read from the CA file</source>
            <translation>%1: no PEM certificate could be read from the CA file</translation>
        </message>
        <message>
            <source>%1: the server's certificate is not trusted (%2). Give the CA that issued it with --ca-file, or pin its fingerprint after checking it. %3</source>
            <translation>%1: the server's certificate is not trusted (%2). Give the CA that issued it with --ca-file, or pin its fingerprint after checking it. %3</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>%1: the server is busy (HTTP %2) and asks to retry after %3 s; try again later</source>
            <translation>%1: the server is busy (HTTP %2) and asks to retry after %3 s; try again later</translation>
        </message>
        <message>
            <source>HTTP %1: %2</source>
            <translation>HTTP %1: %2</translation>
        </message>
        <message>
            <source>%1: the server refused the token (HTTP 401 Unauthorized); check the token file</source>
            <translation>%1: the server refused the token (HTTP 401 Unauthorized); check the token file</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: gave up after %2 attempts; last: %3</source>
            <translation>%1: gave up after %2 attempts; last: %3</translation>
        </message>
        <message>
            <source>%1: the server's answer is not a JSON object (%2 at byte %3 of %4)</source>
            <translation>%1: the server's answer is not a JSON object (%2 at byte %3 of %4)</translation>
        </message>
        <message>
            <source>not an object</source>
            <translation>not an object</translation>
        </message>
        <message>
            <source>%1 %2: HTTP %3: %4</source>
            <translation>%1 %2: HTTP %3: %4</translation>
        </message>
        <message>
            <source>%1: the server has no contest '%2' (HTTP 404); publish it first</source>
            <translation>%1: the server has no contest '%2' (HTTP 404); publish it first</translation>
        </message>
        <message>
            <source>PUT %1: the server refused the package (HTTP 409): %2</source>
            <translation>PUT %1: the server refused the package (HTTP 409): %2</translation>
        </message>
        <message>
            <source>PUT %1: the answer has no numeric "package_version"</source>
            <translation>PUT %1: the answer has no numeric "package_version"</translation>
        </message>
        <message>
            <source>GET %1: malformed page: %2; nothing of this page was stored</source>
            <translation>GET %1: malformed page: %2; nothing of this page was stored</translation>
        </message>
        <message>
            <source>%1: the request was cancelled</source>
            <translation>%1: the request was cancelled</translation>
        </message>
        <message>
            <source>%1: the response would be %2 bytes, over the size limit of %3 MB (--max-page-mb); it was refused before its body and nothing of it was stored</source>
            <translation>%1: the response would be %2 bytes, over the size limit of %3 MB (--max-page-mb); it was refused before its body and nothing of it was stored</translation>
        </message>
        <message>
            <source>%1: the response passed the size limit of %2 MB (--max-page-mb) and was cut off; nothing of it was stored</source>
            <translation>%1: the response passed the size limit of %2 MB (--max-page-mb) and was cut off; nothing of it was stored</translation>
        </message>
        <message>
            <source>%1: the response did not complete within the deadline of %2 s (--deadline); nothing of it was stored</source>
            <translation>%1: the response did not complete within the deadline of %2 s (--deadline); nothing of it was stored</translation>
        </message>
        <message>
            <source>%1: HTTP %2 without a usable Location</source>
            <translation>%1: HTTP %2 without a usable Location</translation>
        </message>
        <message>
            <source>%1: the server redirected to another origin, %2; it was not followed and the token was not sent there. Check --server: only %3 is trusted with the token.</source>
            <translation>%1: the server redirected to another origin, %2; it was not followed and the token was not sent there. Check --server: only %3 is trusted with the token.</translation>
        </message>
        <message>
            <source>%1: more than %2 redirects; stopped</source>
            <translation>%1: more than %2 redirects; stopped</translation>
        </message>
        <message>
            <source>it has %1 items but at most %2 were asked for (limit)</source>
            <translation>it has %1 items but at most %2 were asked for (limit)</translation>
        </message>
    </context>
    <context>
        <name>ServerSession</name>
        <message>
            <source>Set the server's address under Server settings first.</source>
            <translation>Set the server's address under Server settings first.</translation>
        </message>
        <message>
            <source>No token is saved for %1: enter it under Server settings.</source>
            <translation>No token is saved for %1: enter it under Server settings.</translation>
        </message>
    </context>
    <context>
        <name>ServerSettingsPanel</name>
        <message>
            <source>Server settings</source>
            <translation>Server settings</translation>
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation>Server &amp;address:</translation>
        </message>
        <message>
            <source>none: only the certificates this computer trusts</source>
            <translation>none: only the certificates this computer trusts</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>Extra &amp;CA file:</source>
            <translation>Extra &amp;CA file:</translation>
        </message>
        <message>
            <source>&amp;Forget pin</source>
            <translation>&amp;Forget pin</translation>
        </message>
        <message>
            <source>Pinned certificate:</source>
            <translation>Pinned certificate:</translation>
        </message>
        <message>
            <source>type or paste a new token; leave empty to keep the saved one</source>
            <translation>type or paste a new token; leave empty to keep the saved one</translation>
        </message>
        <message>
            <source>API &amp;token:</source>
            <translation>API &amp;token:</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Sync &amp;automatically every:</source>
            <translation>Sync &amp;automatically every:</translation>
        </message>
        <message>
            <source>&amp;Save server settings</source>
            <translation>&amp;Save server settings</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Enter the server's address, then its token.</source>
            <translation>Enter the server's address, then its token.</translation>
        </message>
        <message>
            <source>in the system keychain</source>
            <translation>in the system keychain</translation>
        </message>
        <message>
            <source>in a file readable only by you: %1, because no keychain is available</source>
            <translation>in a file readable only by you: %1, because no keychain is available</translation>
        </message>
        <message>
            <source>A token for this server is saved %1.</source>
            <translation>A token for this server is saved %1.</translation>
        </message>
        <message>
            <source>No token saved for this server yet. It will be kept %1.</source>
            <translation>No token saved for this server yet. It will be kept %1.</translation>
        </message>
        <message>
            <source>The server address must start with https:// and name a host, for example https://thi.sonha.gov.vn</source>
            <translation>The server address must start with https:// and name a host, for example https://thi.sonha.gov.vn</translation>
        </message>
        <message>
            <source>The CA file %1 cannot be read.</source>
            <translation>The CA file %1 cannot be read.</translation>
        </message>
        <message>
            <source>Extra CA file</source>
            <translation>Extra CA file</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt);;All files (*)</source>
            <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>SignerNameDialog</name>
        <message>
            <source>Signer's name</source>
            <translation>Signer's name</translation>
        </message>
        <message>
            <source>The certificates have no signer's name. Who signs them, under "%1"?</source>
            <translation>The certificates have no signer's name. Who signs them, under "%1"?</translation>
        </message>
        <message>
            <source>Full name, e.g. Nguyễn Văn An</source>
            <translation>Full name, e.g. Nguyễn Văn An</translation>
        </message>
        <message>
            <source>&amp;Keep this name in the layout for later prints</source>
            <translation>&amp;Keep this name in the layout for later prints</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Print</translation>
        </message>
    </context>
    <context>
        <name>SitePublishPanel</name>
        <message>
            <source>Contest site</source>
            <translation>Contest site</translation>
        </message>
        <message>
            <source>Publish &amp;results</source>
            <translation>Publish &amp;results</translation>
        </message>
        <message>
            <source>Show the winners of the locked results on the contest site (names, birth years and units only).</source>
            <translation>Show the winners of the locked results on the contest site (names, birth years and units only).</translation>
        </message>
        <message>
            <source>Publish &amp;certificates</source>
            <translation>Publish &amp;certificates</translation>
        </message>
        <message>
            <source>Send the certificate register, so that the QR code of a printed certificate can be checked on the site.</source>
            <translation>Send the certificate register, so that the QR code of a printed certificate can be checked on the site.</translation>
        </message>
        <message>
            <source>Only the committee publishes to the contest site.</source>
            <translation>Only the committee publishes to the contest site.</translation>
        </message>
        <message>
            <source>Publish the winners of the locked results on the contest site? Anyone can read them there (names, birth years, units and prizes; never ID numbers, phones or addresses).</source>
            <translation>Publish the winners of the locked results on the contest site? Anyone can read them there (names, birth years, units and prizes; never ID numbers, phones or addresses).</translation>
        </message>
        <message>
            <source>Publish the certificate register on the contest site? Anyone holding a printed certificate can then check it there by its QR code.</source>
            <translation>Publish the certificate register on the contest site? Anyone holding a printed certificate can then check it there by its QR code.</translation>
        </message>
        <message>
            <source>Publish results</source>
            <translation>Publish results</translation>
        </message>
        <message>
            <source>Publish certificates</source>
            <translation>Publish certificates</translation>
        </message>
        <message>
            <source>Not published: the server's certificate was not pinned.</source>
            <translation>Not published: the server's certificate was not pinned.</translation>
        </message>
        <message>
            <source>Published the locked results no. %1 (SHA-256 %2): %3 individual and %4 collective prizes.</source>
            <translation>Published the locked results no. %1 (SHA-256 %2): %3 individual and %4 collective prizes.</translation>
        </message>
        <message>
            <source>Published the certificate register: %1 valid, %2 revoked.</source>
            <translation>Published the certificate register: %1 valid, %2 revoked.</translation>
        </message>
        <message>
            <source>Not published: %1</source>
            <translation>Not published: %1</translation>
        </message>
    </context>
    <context>
        <name>SiteSettingsEditor</name>
        <message>
            <source>Contest site</source>
            <translation>Contest site</translation>
        </message>
        <message>
            <source>The site's https:// address. Certificates printed with it carry a QR code that opens their check page on the site; empty: no QR code.</source>
            <translation>The site's https:// address. Certificates printed with it carry a QR code that opens their check page on the site; empty: no QR code.</translation>
        </message>
        <message>
            <source>The rules as the contest site shows them to contestants (plain text; published with the package).</source>
            <translation>The rules as the contest site shows them to contestants (plain text; published with the package).</translation>
        </message>
        <message>
            <source>Site &amp;address:</source>
            <translation>Site &amp;address:</translation>
        </message>
        <message>
            <source>R&amp;ules:</source>
            <translation>R&amp;ules:</translation>
        </message>
    </context>
    <context>
        <name>SqliteBackup</name>
        <message>
            <source>%1 is a PostgreSQL database: back it up on the server with
  %2</source>
            <translation>%1 is a PostgreSQL database: back it up on the server with
  %2</translation>
        </message>
        <message>
            <source>a backup cannot be taken inside a transaction</source>
            <translation>a backup cannot be taken inside a transaction</translation>
        </message>
        <message>
            <source>%1 already exists: choose a new file name for the backup</source>
            <translation>%1 already exists: choose a new file name for the backup</translation>
        </message>
        <message>
            <source>%1: the folder %2 does not exist</source>
            <translation>%1: the folder %2 does not exist</translation>
        </message>
        <message>
            <source>%1 is the database itself: choose another file</source>
            <translation>%1 is the database itself: choose another file</translation>
        </message>
        <message>
            <source>%1: the backup could not be written: %2</source>
            <translation>%1: the backup could not be written: %2</translation>
        </message>
        <message>
            <source>%1: the backup could not be given its name</source>
            <translation>%1: the backup could not be given its name</translation>
        </message>
    </context>
    <context>
        <name>SqliteSubmissionWriter</name>
        <message>
            <source>database error</source>
            <translation>database error</translation>
        </message>
    </context>
    <context>
        <name>StatisticsArea</name>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Count again from the submissions now in the database</source>
            <translation>Count again from the submissions now in the database</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Units</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <source>%1 contestants, %2 valid of %3 submissions, %4 units taking part; days left: %5.</source>
            <translation>%1 contestants, %2 valid of %3 submissions, %4 units taking part; days left: %5.</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>Progress report…</source>
            <translation>Progress report…</translation>
        </message>
        <message>
            <source>The printable progress report (Báo cáo tiến độ Cuộc thi) as of a chosen day</source>
            <translation>The printable progress report (Báo cáo tiến độ Cuộc thi) as of a chosen day</translation>
        </message>
    </context>
    <context>
        <name>StatisticsCharts</name>
        <message>
            <source>Submissions per day (days left: %1)</source>
            <translation>Submissions per day (days left: %1)</translation>
        </message>
        <message>
            <source>Valid submissions</source>
            <translation>Valid submissions</translation>
        </message>
        <message>
            <source>Contestants so far</source>
            <translation>Contestants so far</translation>
        </message>
        <message>
            <source>Submissions by hour of day</source>
            <translation>Submissions by hour of day</translation>
        </message>
        <message>
            <source>Hour (contest time)</source>
            <translation>Hour (contest time)</translation>
        </message>
        <message>
            <source>Contestants per unit (top %1 of %2)</source>
            <translation>Contestants per unit (top %1 of %2)</translation>
        </message>
        <message>
            <source>Contestants</source>
            <translation>Contestants</translation>
        </message>
        <message>
            <source>Correct answers (best attempt per contestant)</source>
            <translation>Correct answers (best attempt per contestant)</translation>
        </message>
        <message>
            <source>Correct answers</source>
            <translation>Correct answers</translation>
        </message>
        <message>
            <source>Predictions around the target (%1)</source>
            <translation>Predictions around the target (%1)</translation>
        </message>
        <message>
            <source>Submissions</source>
            <translation>Submissions</translation>
        </message>
        <message>
            <source>Difference from the target (%)</source>
            <translation>Difference from the target (%)</translation>
        </message>
        <message>
            <source>Time taken</source>
            <translation>Time taken</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Valid and invalid submissions</source>
            <translation>Valid and invalid submissions</translation>
        </message>
        <message>
            <source>%1 (%2%)</source>
            <translation>%1 (%2%)</translation>
        </message>
        <message>
            <source>Contestants per unit and participation rate (top %1 of %2 units with a headcount; %3 other contestants not shown)</source>
            <translation>Contestants per unit and participation rate (top %1 of %2 units with a headcount; %3 other contestants not shown)</translation>
        </message>
    </context>
    <context>
        <name>SubmissionDetailPane</name>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Chosen</source>
            <translation>Chosen</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Correct</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Raw JSON as received</source>
            <translation>Raw JSON as received</translation>
        </message>
        <message>
            <source>Other versions received with the same id</source>
            <translation>Other versions received with the same id</translation>
        </message>
        <message>
            <source>No submission selected</source>
            <translation>No submission selected</translation>
        </message>
        <message>
            <source>Choose a submission in the list to see its answers.</source>
            <translation>Choose a submission in the list to see its answers.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>Submission id:</source>
            <translation>Submission id:</translation>
        </message>
        <message>
            <source>Born:</source>
            <translation>Born:</translation>
        </message>
        <message>
            <source>ID number:</source>
            <translation>ID number:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Unit:</translation>
        </message>
        <message>
            <source>Started at:</source>
            <translation>Started at:</translation>
        </message>
        <message>
            <source>Submitted at:</source>
            <translation>Submitted at:</translation>
        </message>
        <message>
            <source>Duration:</source>
            <translation>Duration:</translation>
        </message>
        <message>
            <source>Prediction:</source>
            <translation>Prediction:</translation>
        </message>
        <message>
            <source>Correct answers:</source>
            <translation>Correct answers:</translation>
        </message>
        <message>
            <source>Received:</source>
            <translation>Received:</translation>
        </message>
        <message>
            <source>%1 from %2</source>
            <translation>%1 from %2</translation>
        </message>
        <message>
            <source>not in the bank</source>
            <translation>not in the bank</translation>
        </message>
        <message>
            <source>unanswered</source>
            <translation>unanswered</translation>
        </message>
        <message>
            <source>no such option</source>
            <translation>no such option</translation>
        </message>
        <message>
            <source>right</source>
            <translation>right</translation>
        </message>
        <message>
            <source>wrong</source>
            <translation>wrong</translation>
        </message>
        <message>
            <source>Stored (counted)</source>
            <translation>Stored (counted)</translation>
        </message>
        <message>
            <source>Received %1 from %2, not applied. Differs in: %3</source>
            <translation>Received %1 from %2, not applied. Differs in: %3</translation>
        </message>
        <message>
            <source>hidden until the contest closes</source>
            <translation>hidden until the contest closes</translation>
        </message>
    </context>
    <context>
        <name>SubmissionFileReader</name>
        <message>
            <source>%1: cannot read the file: %2</source>
            <translation>%1: cannot read the file: %2</translation>
        </message>
        <message>
            <source>item %1 is longer than %2 MiB, which no submission is</source>
            <translation>item %1 is longer than %2 MiB, which no submission is</translation>
        </message>
        <message>
            <source>%1:%2:%3: %4; nothing was imported</source>
            <translation>%1:%2:%3: %4; nothing was imported</translation>
        </message>
        <message>
            <source>the file ends where %1 should be</source>
            <translation>the file ends where %1 should be</translation>
        </message>
        <message>
            <source>expected %1</source>
            <translation>expected %1</translation>
        </message>
        <message>
            <source>%1: expected an array of submissions or an object with "items"</source>
            <translation>%1: expected an array of submissions or an object with "items"</translation>
        </message>
        <message>
            <source>"items" is given twice</source>
            <translation>"items" is given twice</translation>
        </message>
    </context>
    <context>
        <name>SubmissionImporter</name>
        <message>
            <source>%1: cannot read the file: %2</source>
            <translation>%1: cannot read the file: %2</translation>
        </message>
        <message>
            <source>the question bank is empty, so no answer can be graded: import the questions first (contestctl questions import)</source>
            <translation>the question bank is empty, so no answer can be graded: import the questions first (contestctl questions import)</translation>
        </message>
    </context>
    <context>
        <name>SubmissionPage</name>
        <message>
            <source>not JSON (%1)</source>
            <translation>not JSON (%1)</translation>
        </message>
        <message>
            <source>not JSON (something follows the page object)</source>
            <translation>not JSON (something follows the page object)</translation>
        </message>
        <message>
            <source>not an object</source>
            <translation>not an object</translation>
        </message>
        <message>
            <source>item %1 is not an object</source>
            <translation>item %1 is not an object</translation>
        </message>
        <message>
            <source>"items" is not an array</source>
            <translation>"items" is not an array</translation>
        </message>
        <message>
            <source>"cursor" is not a string</source>
            <translation>"cursor" is not a string</translation>
        </message>
        <message>
            <source>"has_more" is not true or false</source>
            <translation>"has_more" is not true or false</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s) that are not UTF-8 (kept as U+FFFD)</source>
            <translation>
                <numerusform>%n byte(s) that are not UTF-8 (kept as U+FFFD)</numerusform>
                <numerusform>%n byte(s) that are not UTF-8 (kept as U+FFFD)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n raw control character(s) inside a string, which JSON does not allow (kept as \u00XX escapes)</source>
            <translation>
                <numerusform>%n raw control character(s) inside a string, which JSON does not allow (kept as \u00XX escapes)</numerusform>
                <numerusform>%n raw control character(s) inside a string, which JSON does not allow (kept as \u00XX escapes)</numerusform>
            </translation>
        </message>
        <message>
            <source>the item as received held %1</source>
            <translation>the item as received held %1</translation>
        </message>
    </context>
    <context>
        <name>SubmissionParser</name>
        <message>
            <source>a NUL character and a lone surrogate</source>
            <translation>a NUL character and a lone surrogate</translation>
        </message>
        <message>
            <source>a NUL character (\u0000)</source>
            <translation>a NUL character (\u0000)</translation>
        </message>
        <message>
            <source>a lone surrogate (\ud800-\udfff without its pair)</source>
            <translation>a lone surrogate (\ud800-\udfff without its pair)</translation>
        </message>
        <message>
            <source>%1 holds %2; kept as U+FFFD</source>
            <translation>%1 holds %2; kept as U+FFFD</translation>
        </message>
        <message>
            <source>the item holds U+FFFD, the mark of bytes that were not UTF-8 (replaced when it was received, or before)</source>
            <translation>the item holds U+FFFD, the mark of bytes that were not UTF-8 (replaced when it was received, or before)</translation>
        </message>
        <message>
            <source>contestant.birth_year %1 is not a whole year</source>
            <translation>contestant.birth_year %1 is not a whole year</translation>
        </message>
        <message>
            <source>(not a number)</source>
            <translation>(not a number)</translation>
        </message>
        <message>
            <source>the item cannot be read (%1); its raw JSON is kept as sent</source>
            <translation>the item cannot be read (%1); its raw JSON is kept as sent</translation>
        </message>
        <message>
            <source>%1 at byte %2</source>
            <translation>%1 at byte %2</translation>
        </message>
        <message>
            <source>not a JSON object</source>
            <translation>not a JSON object</translation>
        </message>
    </context>
    <context>
        <name>SubmissionStore</name>
        <message>
            <source>%1 new, %2 duplicate, %3 conflicting, %4 invalid, %5 in all</source>
            <translation>%1 new, %2 duplicate, %3 conflicting, %4 invalid, %5 in all</translation>
        </message>
    </context>
    <context>
        <name>SubmissionTableModel</name>
        <message>
            <source>Submitted at</source>
            <translation>Submitted at</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Born</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Correct</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Prediction</source>
            <translation>Prediction</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>SubmissionText</name>
        <message>
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>Invalid: %1</source>
            <translation>Invalid: %1</translation>
        </message>
        <message>
            <source>%1, conflict</source>
            <translation>%1, conflict</translation>
        </message>
    </context>
    <context>
        <name>SubmissionValidator</name>
        <message>
            <source>No submission id</source>
            <translation>No submission id</translation>
        </message>
        <message>
            <source>No ID number or usable phone</source>
            <translation>No ID number or usable phone</translation>
        </message>
        <message>
            <source>Missing or wrong start/submit time</source>
            <translation>Missing or wrong start/submit time</translation>
        </message>
        <message>
            <source>Submitted outside the contest window</source>
            <translation>Submitted outside the contest window</translation>
        </message>
        <message>
            <source>Answers are not a list of question and option</source>
            <translation>Answers are not a list of question and option</translation>
        </message>
        <message>
            <source>Wrong number of answers</source>
            <translation>Wrong number of answers</translation>
        </message>
        <message>
            <source>Answer to a question not in the bank</source>
            <translation>Answer to a question not in the bank</translation>
        </message>
        <message>
            <source>Same question answered twice</source>
            <translation>Same question answered twice</translation>
        </message>
        <message>
            <source>Option the question does not have</source>
            <translation>Option the question does not have</translation>
        </message>
        <message>
            <source>Missing or wrong prediction</source>
            <translation>Missing or wrong prediction</translation>
        </message>
        <message>
            <source>the item has no "id"</source>
            <translation>the item has no "id"</translation>
        </message>
        <message>
            <source>neither a 9- or 12-digit ID number ("%1") nor a usable phone ("%2")</source>
            <translation>neither a 9- or 12-digit ID number ("%1") nor a usable phone ("%2")</translation>
        </message>
        <message>
            <source>started_at is missing</source>
            <translation>started_at is missing</translation>
        </message>
        <message>
            <source>started_at "%1" is not RFC 3339</source>
            <translation>started_at "%1" is not RFC 3339</translation>
        </message>
        <message>
            <source>submitted_at is missing</source>
            <translation>submitted_at is missing</translation>
        </message>
        <message>
            <source>submitted_at "%1" is not RFC 3339</source>
            <translation>submitted_at "%1" is not RFC 3339</translation>
        </message>
        <message>
            <source>"answers" must be a list of {"q": ID, "a": KEY or null}</source>
            <translation>"answers" must be a list of {"q": ID, "a": KEY or null}</translation>
        </message>
        <message>
            <source>%1 answers, but each attempt has %2 questions</source>
            <translation>%1 answers, but each attempt has %2 questions</translation>
        </message>
        <message>
            <source>question %1 is not in the bank</source>
            <translation>question %1 is not in the bank</translation>
        </message>
        <message>
            <source>question %1 has no option "%2"</source>
            <translation>question %1 has no option "%2"</translation>
        </message>
        <message>
            <source>question %1 is answered twice</source>
            <translation>question %1 is answered twice</translation>
        </message>
        <message>
            <source>prediction is not a whole number ≥ 0</source>
            <translation>prediction is not a whole number ≥ 0</translation>
        </message>
        <message>
            <source>prediction is missing</source>
            <translation>prediction is missing</translation>
        </message>
        <message>
            <source>Birth year is not a plausible whole year</source>
            <translation>Birth year is not a plausible whole year</translation>
        </message>
        <message>
            <source>Item cannot be read (raw JSON kept)</source>
            <translation>Item cannot be read (raw JSON kept)</translation>
        </message>
        <message>
            <source>Text that is not clean UTF-8 (NUL, lone surrogate, invalid bytes)</source>
            <translation>Text that is not clean UTF-8 (NUL, lone surrogate, invalid bytes)</translation>
        </message>
        <message>
            <source>birth year (contestant.birth_year) %1 is not between %2 and %3</source>
            <translation>birth year (contestant.birth_year) %1 is not between %2 and %3</translation>
        </message>
        <message>
            <source>started (started_at) %1, after it was submitted (submitted_at) %2</source>
            <translation>started (started_at) %1, after it was submitted (submitted_at) %2</translation>
        </message>
        <message>
            <source>submitted (submitted_at) %1, outside the contest window %2 – %3 (%4)</source>
            <translation>submitted (submitted_at) %1, outside the contest window %2 – %3 (%4)</translation>
        </message>
    </context>
    <context>
        <name>SubmissionsArea</name>
        <message>
            <source>Submissions</source>
            <translation>Submissions</translation>
        </message>
        <message>
            <source>All submissions</source>
            <translation>All submissions</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>Invalid</translation>
        </message>
        <message>
            <source>With conflicts</source>
            <translation>With conflicts</translation>
        </message>
        <message>
            <source>Any reason</source>
            <translation>Any reason</translation>
        </message>
        <message>
            <source>Search name, ID number or phone (marks optional)</source>
            <translation>Search name, ID number or phone (marks optional)</translation>
        </message>
        <message>
            <source>Import file…</source>
            <translation>Import file…</translation>
        </message>
        <message>
            <source>Import the contractor's export (.jsonl, one submission a line, or .json)</source>
            <translation>Import the contractor's export (.jsonl, one submission a line, or .json)</translation>
        </message>
        <message>
            <source>Counting submissions…</source>
            <translation>Counting submissions…</translation>
        </message>
        <message>
            <source>%1 submission(s): %2 valid, %3 invalid, %4 with conflicts</source>
            <translation>%1 submission(s): %2 valid, %3 invalid, %4 with conflicts</translation>
        </message>
        <message>
            <source>reading…</source>
            <translation>reading…</translation>
        </message>
        <message>
            <source>%1 shown</source>
            <translation>%1 shown</translation>
        </message>
        <message>
            <source>Import submissions</source>
            <translation>Import submissions</translation>
        </message>
        <message>
            <source>Submission files (*.jsonl *.json);;All files (*)</source>
            <translation>Submission files (*.jsonl *.json);;All files (*)</translation>
        </message>
        <message>
            <source>%1 imported: %2</source>
            <translation>%1 imported: %2</translation>
        </message>
        <message>
            <source>%1 was not imported:

%2</source>
            <translation>%1 was not imported:

%2</translation>
        </message>
    </context>
    <context>
        <name>SyncCommands</name>
        <message>
            <source>--server URL is required (usage: contestctl %1)</source>
            <translation>--server URL is required (usage: contestctl %1)</translation>
        </message>
        <message>
            <source>--server %1: expected an https:// URL such as https://127.0.0.1:8443</source>
            <translation>--server %1: expected an https:// URL such as https://127.0.0.1:8443</translation>
        </message>
        <message>
            <source>no token stored for %1: give --token-file F</source>
            <translation>no token stored for %1: give --token-file F</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 days</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>published %1 to %2: package_version %3</source>
            <translation>published %1 to %2: package_version %3</translation>
        </message>
        <message>
            <source>submissions so far: %1</source>
            <translation>submissions so far: %1</translation>
        </message>
        <message>
            <source>--page-size %1: expected 1 to 1000</source>
            <translation>--page-size %1: expected 1 to 1000</translation>
        </message>
        <message>
            <source>opens at %1</source>
            <translation>opens at %1</translation>
        </message>
        <message>
            <source>closes at %1</source>
            <translation>closes at %1</translation>
        </message>
        <message>
            <source>opens in %1 (%2)</source>
            <translation>opens in %1 (%2)</translation>
        </message>
        <message>
            <source>closes in %1 (%2)</source>
            <translation>closes in %1 (%2)</translation>
        </message>
        <message>
            <source>opened %1 ago (%2)</source>
            <translation>opened %1 ago (%2)</translation>
        </message>
        <message>
            <source>closed %1 ago (%2)</source>
            <translation>closed %1 ago (%2)</translation>
        </message>
        <message>
            <source>--server URL and --token-file F are required (usage: contestctl %1)</source>
            <translation>--server URL and --token-file F are required (usage: contestctl %1)</translation>
        </message>
        <message>
            <source>token for %1 stored in %2</source>
            <translation>token for %1 stored in %2</translation>
        </message>
        <message>
            <source>%1 %2: expected seconds between 0 and 3600</source>
            <translation>%1 %2: expected seconds between 0 and 3600</translation>
        </message>
        <message>
            <source>--max-page-mb %1: expected megabytes between 0.1 and 4096</source>
            <translation>--max-page-mb %1: expected megabytes between 0.1 and 4096</translation>
        </message>
        <message>
            <source>published the locked results %1 (SHA-256 %2) of %3 to %4: %5 individual and %6 collective prizes</source>
            <translation>published the locked results %1 (SHA-256 %2) of %3 to %4: %5 individual and %6 collective prizes</translation>
        </message>
        <message>
            <source>published the certificate register of %1 to %2: %3 valid, %4 revoked</source>
            <translation>published the certificate register of %1 to %2: %3 valid, %4 revoked</translation>
        </message>
    </context>
    <context>
        <name>SyncEngine</name>
        <message>
            <source>the contest has no code: set it first (contestctl contest set)</source>
            <translation>the contest has no code: set it first (contestctl contest set)</translation>
        </message>
        <message>
            <source>%1: another sync of contest %2 is running or has advanced since this one started (its cursor is no longer '%3'); nothing of this page was stored. Run the sync again to continue from where it is.</source>
            <translation>%1: another sync of contest %2 is running or has advanced since this one started (its cursor is no longer '%3'); nothing of this page was stored. Run the sync again to continue from where it is.</translation>
        </message>
    </context>
    <context>
        <name>SyncProgressDialog</name>
        <message>
            <source>Pulling submissions</source>
            <translation>Pulling submissions</translation>
        </message>
        <message>
            <source>Pages:</source>
            <translation>Pages:</translation>
        </message>
        <message>
            <source>Submissions:</source>
            <translation>Submissions:</translation>
        </message>
        <message>
            <source>Speed:</source>
            <translation>Speed:</translation>
        </message>
        <message>
            <source>Elapsed:</source>
            <translation>Elapsed:</translation>
        </message>
        <message>
            <source>Connecting to the server…</source>
            <translation>Connecting to the server…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>%1 submissions/s</source>
            <translation>%1 submissions/s</translation>
        </message>
        <message>
            <source>Storing pages…</source>
            <translation>Storing pages…</translation>
        </message>
        <message>
            <source>Cancelled after the last stored page: %1</source>
            <translation>Cancelled after the last stored page: %1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Stopping after the current page…</source>
            <translation>Stopping after the current page…</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditorDialog</name>
        <message>
            <source>Award certificate layout</source>
            <translation>Award certificate layout</translation>
        </message>
        <message>
            <source>Certificate layout</source>
            <translation>Certificate layout</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>&amp;Defaults</source>
            <translation>&amp;Defaults</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Page</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Landscape</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>Print the background (off: the paper is pre-printed)</source>
            <translation>Print the background (off: the paper is pre-printed)</translation>
        </message>
        <message>
            <source>Frame round the page</source>
            <translation>Frame round the page</translation>
        </message>
        <message>
            <source>QR code with the verification code</source>
            <translation>QR code with the verification code</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Paper:</translation>
        </message>
        <message>
            <source>Printer offset X:</source>
            <translation>Printer offset X:</translation>
        </message>
        <message>
            <source>Printer offset Y:</source>
            <translation>Printer offset Y:</translation>
        </message>
        <message>
            <source>Background image:</source>
            <translation>Background image:</translation>
        </message>
        <message>
            <source>Number suffix:</source>
            <translation>Number suffix:</translation>
        </message>
        <message>
            <source>First number:</source>
            <translation>First number:</translation>
        </message>
        <message>
            <source>Place, date and signer</source>
            <translation>Place, date and signer</translation>
        </message>
        <message>
            <source>from the organizer's name</source>
            <translation>from the organizer's name</translation>
        </message>
        <message>
            <source>Place:</source>
            <translation>Place:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>Signer's title:</source>
            <translation>Signer's title:</translation>
        </message>
        <message>
            <source>Signer's name:</source>
            <translation>Signer's name:</translation>
        </message>
        <message>
            <source>Layout not saved</source>
            <translation>Layout not saved</translation>
        </message>
        <message>
            <source>Import layout</source>
            <translation>Import layout</translation>
        </message>
        <message>
            <source>Layout (*.json)</source>
            <translation>Layout (*.json)</translation>
        </message>
        <message>
            <source>Layout not imported</source>
            <translation>Layout not imported</translation>
        </message>
        <message>
            <source>This file holds a layout for another kind of certificate (%1).</source>
            <translation>This file holds a layout for another kind of certificate (%1).</translation>
        </message>
        <message>
            <source>Export layout</source>
            <translation>Export layout</translation>
        </message>
        <message>
            <source>Layout not exported</source>
            <translation>Layout not exported</translation>
        </message>
        <message>
            <source>Background image</source>
            <translation>Background image</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>dd/mm/yyyy; empty: the day of printing</source>
            <translation>dd/mm/yyyy; empty: the day of printing</translation>
        </message>
    </context>
    <context>
        <name>TemplateFieldTable</name>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>X (mm)</source>
            <translation>X (mm)</translation>
        </message>
        <message>
            <source>Y (mm)</source>
            <translation>Y (mm)</translation>
        </message>
        <message>
            <source>Width (mm)</source>
            <translation>Width (mm)</translation>
        </message>
        <message>
            <source>Size (pt)</source>
            <translation>Size (pt)</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>Bold</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>Italic</translation>
        </message>
        <message>
            <source>Align</source>
            <translation>Align</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Text may hold placeholders such as {name}, {unit_line}, {achievement}, {number}, {code}. Align is left, center or right; Rule draws a line under the text (fraction of its width).</source>
            <translation>Text may hold placeholders such as {name}, {unit_line}, {achievement}, {number}, {code}. Align is left, center or right; Rule draws a line under the text (fraction of its width).</translation>
        </message>
    </context>
    <context>
        <name>TieBreakDialog</name>
        <message>
            <source>no prize</source>
            <translation>no prize</translation>
        </message>
        <message>
            <source>collective prize</source>
            <translation>collective prize</translation>
        </message>
        <message>
            <source>Judges' decision on a tie</source>
            <translation>Judges' decision on a tie</translation>
        </message>
        <message>
            <source>Decided order, best first:</source>
            <translation>Decided order, best first:</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Move &amp;down</translation>
        </message>
        <message>
            <source>Why this order (required)</source>
            <translation>Why this order (required)</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Names of the judges present (required)</source>
            <translation>Names of the judges present (required)</translation>
        </message>
        <message>
            <source>&amp;Judges present:</source>
            <translation>&amp;Judges present:</translation>
        </message>
        <message>
            <source>&amp;Record decision</source>
            <translation>&amp;Record decision</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>ID / phone</source>
            <translation>ID / phone</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Correct answers</source>
            <translation>Correct answers</translation>
        </message>
        <message>
            <source>Prediction error</source>
            <translation>Prediction error</translation>
        </message>
        <message>
            <source>%1 (guess %2, target %3)</source>
            <translation>%1 (guess %2, target %3)</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Submitted at</source>
            <translation>Submitted at</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <source>Started at</source>
            <translation>Started at</translation>
        </message>
        <message>
            <source>%1: %2 correct, %3</source>
            <translation>%1: %2 correct, %3</translation>
        </message>
        <message>
            <source> — counted</source>
            <translation> — counted</translation>
        </message>
        <message>
            <source>Attempt %1</source>
            <translation>Attempt %1</translation>
        </message>
        <message>
            <source>Contestants</source>
            <translation>Contestants</translation>
        </message>
        <message>
            <source>Perfect scores</source>
            <translation>Perfect scores</translation>
        </message>
        <message>
            <source>Average duration</source>
            <translation>Average duration</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln contestant(s) are equal on every ranking key&lt;/b&gt; at the boundary of &lt;b&gt;%1&lt;/b&gt;. Their places would give: %2. The software does not break such a tie; the judges decide the order and the reason, which will be read in public.</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln contestant(s) are equal on every ranking key&lt;/b&gt; at the boundary of &lt;b&gt;%1&lt;/b&gt;. Their places would give: %2. The software does not break such a tie; the judges decide the order and the reason, which will be read in public.</numerusform>
                <numerusform>&lt;b&gt;%Ln contestant(s) are equal on every ranking key&lt;/b&gt; at the boundary of &lt;b&gt;%1&lt;/b&gt;. Their places would give: %2. The software does not break such a tie; the judges decide the order and the reason, which will be read in public.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TieDecisionRepository</name>
        <message>
            <source>the decided order must name each tied contestant exactly once</source>
            <translation>the decided order must name each tied contestant exactly once</translation>
        </message>
        <message>
            <source>write the reason for the decision: it will be read in public</source>
            <translation>write the reason for the decision: it will be read in public</translation>
        </message>
        <message>
            <source>name the judges present</source>
            <translation>name the judges present</translation>
        </message>
        <message>
            <source>write why the decision is withdrawn</source>
            <translation>write why the decision is withdrawn</translation>
        </message>
        <message>
            <source>there is no active tie decision number %1</source>
            <translation>there is no active tie decision number %1</translation>
        </message>
        <message>
            <source>this tie was already decided by %1 at %2 (decision %3). Your decision was not recorded: reload to see theirs, and withdraw it first if it must change.</source>
            <translation>this tie was already decided by %1 at %2 (decision %3). Your decision was not recorded: reload to see theirs, and withdraw it first if it must change.</translation>
        </message>
    </context>
    <context>
        <name>TokenStore</name>
        <message>
            <source>the system keychain</source>
            <translation>the system keychain</translation>
        </message>
        <message>
            <source>files readable only by you in %1 (no keychain: %2)</source>
            <translation>files readable only by you in %1 (no keychain: %2)</translation>
        </message>
        <message>
            <source>cannot read the token for %1 from the keychain: %2</source>
            <translation>cannot read the token for %1 from the keychain: %2</translation>
        </message>
        <message>
            <source>%1: cannot read the token file: %2</source>
            <translation>%1: cannot read the token file: %2</translation>
        </message>
        <message>
            <source>cannot store the token for %1 in the keychain: %2</source>
            <translation>cannot store the token for %1 in the keychain: %2</translation>
        </message>
        <message>
            <source>%1: cannot create the folder for tokens</source>
            <translation>%1: cannot create the folder for tokens</translation>
        </message>
        <message>
            <source>%1: cannot write the token file: %2</source>
            <translation>%1: cannot write the token file: %2</translation>
        </message>
        <message>
            <source>cannot remove the token for %1 from the keychain: %2</source>
            <translation>cannot remove the token for %1 from the keychain: %2</translation>
        </message>
        <message>
            <source>%1: the token file is empty</source>
            <translation>%1: the token file is empty</translation>
        </message>
        <message>
            <source>%1: the token file must hold the token alone on one line</source>
            <translation>%1: the token file must hold the token alone on one line</translation>
        </message>
    </context>
    <context>
        <name>TopicCommands</name>
        <message>
            <source>retired</source>
            <translation>retired</translation>
        </message>
        <message>
            <source>topic %1 added: %2</source>
            <translation>topic %1 added: %2</translation>
        </message>
        <message>
            <source>topic %1 is now named: %2</source>
            <translation>topic %1 is now named: %2</translation>
        </message>
        <message>
            <source>topic %1 retired: its questions stay, no blueprint line can use it</source>
            <translation>topic %1 retired: its questions stay, no blueprint line can use it</translation>
        </message>
    </context>
    <context>
        <name>TopicRepository</name>
        <message>
            <source>topic '%1': no such topic (topics: %2)</source>
            <translation>topic '%1': no such topic (topics: %2)</translation>
        </message>
        <message>
            <source>field 'name': a topic needs a name</source>
            <translation>field 'name': a topic needs a name</translation>
        </message>
        <message>
            <source>field 'name': topic %1 already has the name '%2'</source>
            <translation>field 'name': topic %1 already has the name '%2'</translation>
        </message>
        <message>
            <source>field 'code': '%1' is not a topic code (2 to 16 capital letters, digits or '_', starting with a letter, e.g. TTHC)</source>
            <translation>field 'code': '%1' is not a topic code (2 to 16 capital letters, digits or '_', starting with a letter, e.g. TTHC)</translation>
        </message>
        <message>
            <source>field 'code': topic %1 exists already</source>
            <translation>field 'code': topic %1 exists already</translation>
        </message>
        <message>
            <source>topic %1 is retired already</source>
            <translation>topic %1 is retired already</translation>
        </message>
        <message numerus="yes">
            <source>topic %1 (%2) is in the contest's blueprint (%n question(s) an attempt): take it out of the blueprint first</source>
            <translation>
                <numerusform>topic %1 (%2) is in the contest's blueprint (%n question(s) an attempt): take it out of the blueprint first</numerusform>
                <numerusform>topic %1 (%2) is in the contest's blueprint (%n question(s) an attempt): take it out of the blueprint first</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TopicsPage</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Topic name</source>
            <translation>Topic name</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;Add topic</source>
            <translation>&amp;Add topic</translation>
        </message>
        <message>
            <source>Re&amp;name selected</source>
            <translation>Re&amp;name selected</translation>
        </message>
        <message>
            <source>Re&amp;tire selected</source>
            <translation>Re&amp;tire selected</translation>
        </message>
        <message>
            <source>Topic &amp;code:</source>
            <translation>Topic &amp;code:</translation>
        </message>
        <message>
            <source>Topic &amp;name:</source>
            <translation>Topic &amp;name:</translation>
        </message>
        <message>
            <source>A retired topic keeps its questions; no blueprint line can use it. Only the committee changes topics.</source>
            <translation>A retired topic keeps its questions; no blueprint line can use it. Only the committee changes topics.</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>retired</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>in use</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Topics</translation>
        </message>
        <message>
            <source>Topic %1 added.</source>
            <translation>Topic %1 added.</translation>
        </message>
        <message>
            <source>Select the topic to rename.</source>
            <translation>Select the topic to rename.</translation>
        </message>
        <message>
            <source>Topic %1 is now named %2.</source>
            <translation>Topic %1 is now named %2.</translation>
        </message>
        <message>
            <source>Select the topic to retire.</source>
            <translation>Select the topic to retire.</translation>
        </message>
        <message>
            <source>Topic %1 retired.</source>
            <translation>Topic %1 retired.</translation>
        </message>
    </context>
    <context>
        <name>Unit</name>
        <message>
            <source>Agency</source>
            <translation>Agency</translation>
        </message>
        <message>
            <source>Commune / town</source>
            <translation>Commune / town</translation>
        </message>
        <message>
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Mass organisation</source>
            <translation>Mass organisation</translation>
        </message>
        <message>
            <source>Enterprise</source>
            <translation>Enterprise</translation>
        </message>
        <message>
            <source>Armed forces</source>
            <translation>Armed forces</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>UnitImporter</name>
        <message>
            <source>empty; every unit needs a code</source>
            <translation>empty; every unit needs a code</translation>
        </message>
        <message>
            <source>'%1': use only letters A-Z, digits, '.', '_' and '-'</source>
            <translation>'%1': use only letters A-Z, digits, '.', '_' and '-'</translation>
        </message>
        <message>
            <source>'%1' is already used on line %2</source>
            <translation>'%1' is already used on line %2</translation>
        </message>
        <message>
            <source>empty; every unit needs a name</source>
            <translation>empty; every unit needs a name</translation>
        </message>
        <message>
            <source>empty; use one of %1</source>
            <translation>empty; use one of %1</translation>
        </message>
        <message>
            <source>unknown kind '%1'; use one of %2</source>
            <translation>unknown kind '%1'; use one of %2</translation>
        </message>
        <message>
            <source>empty; write the number of people, or 0 when it is not known</source>
            <translation>empty; write the number of people, or 0 when it is not known</translation>
        </message>
        <message>
            <source>'%1' is not a whole number of people</source>
            <translation>'%1' is not a whole number of people</translation>
        </message>
        <message>
            <source>'%1': write 1 (may win a collective prize) or 0</source>
            <translation>'%1': write 1 (may win a collective prize) or 0</translation>
        </message>
        <message>
            <source>no units in the file (only a header)</source>
            <translation>no units in the file (only a header)</translation>
        </message>
    </context>
    <context>
        <name>UnitParticipationReport</name>
        <message>
            <source>Participation by unit: %1</source>
            <translation>Participation by unit: %1</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Headcount</source>
            <translation>Headcount</translation>
        </message>
        <message>
            <source>Contestants</source>
            <translation>Contestants</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Rate</translation>
        </message>
        <message>
            <source>Average correct</source>
            <translation>Average correct</translation>
        </message>
        <message>
            <source>Perfect scores</source>
            <translation>Perfect scores</translation>
        </message>
        <message>
            <source>%1: the report is written as .csv, .xlsx or .pdf</source>
            <translation>%1: the report is written as .csv, .xlsx or .pdf</translation>
        </message>
    </context>
    <context>
        <name>UnitReportPage</name>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Save the report as CSV, Excel workbook or PDF</source>
            <translation>Save the report as CSV, Excel workbook or PDF</translation>
        </message>
        <message>
            <source>Kind of unit:</source>
            <translation>Kind of unit:</translation>
        </message>
        <message>
            <source>Export the per-unit report</source>
            <translation>Export the per-unit report</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</source>
            <translation>Excel workbook (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>UnitTableModel</name>
        <message>
            <source>✓ Yes</source>
            <translation>✓ Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>This unit cannot receive a collective prize (for example the organising office).</source>
            <translation>This unit cannot receive a collective prize (for example the organising office).</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Headcount</source>
            <translation>Headcount</translation>
        </message>
        <message>
            <source>Collective prize</source>
            <translation>Collective prize</translation>
        </message>
    </context>
    <context>
        <name>UnitsPage</name>
        <message>
            <source>Units</source>
            <translation>Units</translation>
        </message>
        <message>
            <source>Offices, communes, schools and organisations whose people take part. They compete for the collective prizes and give the participation rate. Import them from a CSV file with the columns code, name, kind, headcount, collective_eligible.</source>
            <translation>Offices, communes, schools and organisations whose people take part. They compete for the collective prizes and give the participation rate. Import them from a CSV file with the columns code, name, kind, headcount, collective_eligible.</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Import units</source>
            <translation>Import units</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s)</source>
            <translation>
                <numerusform>%Ln unit(s)</numerusform>
                <numerusform>%Ln unit(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln unit(s) shown</source>
            <translation>
                <numerusform>%1 of %Ln unit(s) shown</numerusform>
                <numerusform>%1 of %Ln unit(s) shown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UserCommands</name>
        <message>
            <source>unknown role '%1' (committee, author, judge or secretary)</source>
            <translation>unknown role '%1' (committee, author, judge or secretary)</translation>
        </message>
        <message>
            <source>New password for %1: </source>
            <translation>New password for %1: </translation>
        </message>
        <message>
            <source>--role is required (usage: contestctl %1)</source>
            <translation>--role is required (usage: contestctl %1)</translation>
        </message>
        <message>
            <source>account %1 (%2) created
</source>
            <translation>account %1 (%2) created
</translation>
        </message>
        <message>
            <source>there is no account named %1</source>
            <translation>there is no account named %1</translation>
        </message>
        <message>
            <source>password of %1 changed
</source>
            <translation>password of %1 changed
</translation>
        </message>
        <message>
            <source>%1 is now %2
</source>
            <translation>%1 is now %2
</translation>
        </message>
        <message>
            <source>%1 disabled
</source>
            <translation>%1 disabled
</translation>
        </message>
        <message>
            <source>%1 enabled
</source>
            <translation>%1 enabled
</translation>
        </message>
        <message>
            <source>%1 had no failed logins to forget
</source>
            <translation>%1 had no failed logins to forget
</translation>
        </message>
        <message>
            <source>%1 unlocked (%2 failed login(s) forgotten)
</source>
            <translation>%1 unlocked (%2 failed login(s) forgotten)
</translation>
        </message>
    </context>
    <context>
        <name>UserRepository</name>
        <message>
            <source>a user name is 1 to 64 letters, digits or . _ @ - (no spaces): '%1'</source>
            <translation>a user name is 1 to 64 letters, digits or . _ @ - (no spaces): '%1'</translation>
        </message>
        <message>
            <source>a password needs at least %1 characters</source>
            <translation>a password needs at least %1 characters</translation>
        </message>
        <message>
            <source>there is no account named %1</source>
            <translation>there is no account named %1</translation>
        </message>
        <message>
            <source>the first account must be the committee's (the administrator)</source>
            <translation>the first account must be the committee's (the administrator)</translation>
        </message>
        <message>
            <source>an account named %1 exists already (names are compared without regard to case)</source>
            <translation>an account named %1 exists already (names are compared without regard to case)</translation>
        </message>
        <message>
            <source>%1 is the last active committee account: give another account the committee role first</source>
            <translation>%1 is the last active committee account: give another account the committee role first</translation>
        </message>
        <message>
            <source>%1 is the last active committee account and cannot be disabled</source>
            <translation>%1 is the last active committee account and cannot be disabled</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Committee members manage the accounts. Question authors write questions and see the answer keys; judges decide ties; secretaries print certificates and award lists. A disabled account can no longer log in; what it did stays in the audit log.</source>
            <translation>Committee members manage the accounts. Question authors write questions and see the answer keys; judges decide ties; secretaries print certificates and award lists. A disabled account can no longer log in; what it did stays in the audit log.</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>&amp;Add account…</source>
            <translation>&amp;Add account…</translation>
        </message>
        <message>
            <source>&amp;Reset password…</source>
            <translation>&amp;Reset password…</translation>
        </message>
        <message>
            <source>Change &amp;role…</source>
            <translation>Change &amp;role…</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>&amp;Disable</translation>
        </message>
        <message>
            <source>User accounts</source>
            <translation>User accounts</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>disabled</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>&amp;Enable</translation>
        </message>
        <message>
            <source>Create the administrator account</source>
            <translation>Create the administrator account</translation>
        </message>
        <message>
            <source>Add account</source>
            <translation>Add account</translation>
        </message>
        <message>
            <source>The first account is the committee's administrator; it can add the others.</source>
            <translation>The first account is the committee's administrator; it can add the others.</translation>
        </message>
        <message>
            <source>New password for %1</source>
            <translation>New password for %1</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Change role</translation>
        </message>
        <message>
            <source>New role of %1:</source>
            <translation>New role of %1:</translation>
        </message>
        <message>
            <source>Disable account</source>
            <translation>Disable account</translation>
        </message>
        <message>
            <source>Disable %1? The account can no longer log in.</source>
            <translation>Disable %1? The account can no longer log in.</translation>
        </message>
        <message>
            <source>Enable account</source>
            <translation>Enable account</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <source>Forget the failed logins: lifts the wait after %1 failures and the lockout after %2</source>
            <translation>Forget the failed logins: lifts the wait after %1 failures and the lockout after %2</translation>
        </message>
        <message>
            <source>, locked after %1 failed logins</source>
            <translation>, locked after %1 failed logins</translation>
        </message>
        <message>
            <source>, %1 failed login(s)</source>
            <translation>, %1 failed login(s)</translation>
        </message>
        <message>
            <source>Unlock account</source>
            <translation>Unlock account</translation>
        </message>
    </context>
    <context>
        <name>Utf8</name>
        <message>
            <source>%1:%2: the file is not UTF-8 text (byte 0x%3 is not valid UTF-8); save it as UTF-8 (in Excel: "CSV UTF-8") and try again</source>
            <translation>%1:%2: the file is not UTF-8 text (byte 0x%3 is not valid UTF-8); save it as UTF-8 (in Excel: "CSV UTF-8") and try again</translation>
        </message>
    </context>
    <context>
        <name>WorkList</name>
        <message>
            <source>Approve questions for the bank: the contest cannot be published without them</source>
            <translation>Approve questions for the bank: the contest cannot be published without them</translation>
        </message>
        <message>
            <source>Publish the contest to the online server, then pull the submissions</source>
            <translation>Publish the contest to the online server, then pull the submissions</translation>
        </message>
        <message>
            <source>The contest is open: pull the new submissions from the online server</source>
            <translation>The contest is open: pull the new submissions from the online server</translation>
        </message>
        <message>
            <source>The contest has closed: lock the results so that the certificates can be printed</source>
            <translation>The contest has closed: lock the results so that the certificates can be printed</translation>
        </message>
        <message>
            <source>The results are not locked yet: the committee (Ban Tổ chức) locks them, then you can print</source>
            <translation>The results are not locked yet: the committee (Ban Tổ chức) locks them, then you can print</translation>
        </message>
        <message>
            <source>The contest is still open: certificates are printed once it has closed and the committee (Ban Tổ chức) has locked the results</source>
            <translation>The contest is still open: certificates are printed once it has closed and the committee (Ban Tổ chức) has locked the results</translation>
        </message>
        <message>
            <source>Nothing waits for you now.</source>
            <translation>Nothing waits for you now.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln question(s) in draft wait for review</source>
            <translation>
                <numerusform>%Ln question(s) in draft wait for review</numerusform>
                <numerusform>%Ln question(s) in draft wait for review</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln reviewed question(s) wait for approval</source>
            <translation>
                <numerusform>%Ln reviewed question(s) wait for approval</numerusform>
                <numerusform>%Ln reviewed question(s) wait for approval</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln tie(s) at a prize boundary wait for your decision</source>
            <translation>
                <numerusform>%Ln tie(s) at a prize boundary wait for your decision</numerusform>
                <numerusform>%Ln tie(s) at a prize boundary wait for your decision</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln tie(s) at a prize boundary wait for the judges (Ban Giám khảo)</source>
            <translation>
                <numerusform>%Ln tie(s) at a prize boundary wait for the judges (Ban Giám khảo)</numerusform>
                <numerusform>%Ln tie(s) at a prize boundary wait for the judges (Ban Giám khảo)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Results locked: %Ln certificate(s) and the award list of %1 prize(s) are ready to print</source>
            <translation>
                <numerusform>Results locked: %Ln certificate(s) and the award list of %1 prize(s) are ready to print</numerusform>
                <numerusform>Results locked: %Ln certificate(s) and the award list of %1 prize(s) are ready to print</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkListPanel</name>
        <message>
            <source>To do:</source>
            <translation>To do:</translation>
        </message>
        <message>
            <source>Hide the to-do list (it comes back at the next login)</source>
            <translation>Hide the to-do list (it comes back at the next login)</translation>
        </message>
    </context>
    <context>
        <name>contestctl</name>
        <message>
            <source>contestctl: unknown option %1 (see contestctl --help)
</source>
            <translation>contestctl: unknown option %1 (see contestctl --help)
</translation>
        </message>
        <message>
            <source>contestctl: unknown command '%1' (see contestctl --help)
</source>
            <translation>contestctl: unknown command '%1' (see contestctl --help)
</translation>
        </message>
        <message>
            <source>contestctl: usage:
  contestctl %1
</source>
            <translation>contestctl: usage:
  contestctl %1
</translation>
        </message>
        <message>
            <source>contestctl: internal error: '%1' declares no required permission
</source>
            <translation>contestctl: internal error: '%1' declares no required permission
</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Administration of online quiz contests.</source>
            <translation>Administration of online quiz contests.</translation>
        </message>
        <message>
            <source>The contest database to open (default: %1).</source>
            <translation>The contest database to open (default: %1).</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Open database</translation>
        </message>
        <message>
            <source>%1 cannot be opened:

%2

Create a new database or open another one from the File menu.</source>
            <translation>%1 cannot be opened:

%2

Create a new database or open another one from the File menu.</translation>
        </message>
    </context>
</TS>
