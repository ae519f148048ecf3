<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AikenParser</name>
    <message>
        <source>question &apos;%1&apos; is never finished: its options are not followed by an ANSWER: line</source>
        <translation>question &apos;%1&apos; is never finished: its options are not followed by an ANSWER: line</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; is never finished: the file ends before its ANSWER: line</source>
        <translation>question &apos;%1&apos; is never finished: the file ends before its ANSWER: line</translation>
    </message>
    <message>
        <source>option %1) comes before any question text</source>
        <translation>option %1) comes before any question text</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has more than %2 options</source>
        <translation>question &apos;%1&apos; has more than %2 options</translation>
    </message>
    <message>
        <source>option %1) of question &apos;%2&apos; is out of order; expected %3)</source>
        <translation>option %1) of question &apos;%2&apos; is out of order; expected %3)</translation>
    </message>
    <message>
        <source>ANSWER: line without a question before it</source>
        <translation>ANSWER: line without a question before it</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has too few options (%2); a question needs %3 to %4</source>
        <translation>question &apos;%1&apos; has too few options (%2); a question needs %3 to %4</translation>
    </message>
    <message>
        <source>ANSWER: &apos;%1&apos; of question &apos;%2&apos; is not one of its options</source>
        <translation>ANSWER: &apos;%1&apos; of question &apos;%2&apos; is not one of its options</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ The audit log is intact: %n entry(s) checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✗ The audit log was changed after it was written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Topic</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn per attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more approved question(s) needed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every topic has enough approved questions for the blueprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) have fewer approved questions than an attempt draws: the exam cannot be published yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookletPanel</name>
    <message>
        <source>A booklet of the bank for review meetings, grouped by topic. Leave the answers out for reviewers who should try the questions first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;legal sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the e&amp;xplanations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the questions the &amp;table shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question bank booklet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contest Admin</source>
        <translation type="unfinished">Contest Admin</translation>
    </message>
    <message>
        <source>Save the booklet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booklet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booklet preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryMapping</name>
    <message>
        <source>default topic</source>
        <translation>default topic</translation>
    </message>
    <message>
        <source>category &apos;%1&apos;</source>
        <translation>category &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown topic &apos;%1&apos; (topics: %2)</source>
        <translation>unknown topic &apos;%1&apos; (topics: %2)</translation>
    </message>
</context>
<context>
    <name>CollectiveRankingModel</name>
    <message>
        <source>(not in the units list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">No</translation>
    </message>
    <message>
        <source>Unresolved tie — judges decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective prize</source>
        <translation type="unfinished">Collective prize</translation>
    </message>
    <message>
        <source>This unit cannot receive a collective prize (for example the organising office); it is still ranked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Unit</translation>
    </message>
    <message>
        <source>Contestants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished">Headcount</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perfect scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished">Eligible</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation type="unfinished">Prize</translation>
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
        <source>key &apos;%1&apos;</source>
        <translation>key &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown topic &apos;%1&apos; (topics: %2)</source>
        <translation>unknown topic &apos;%1&apos; (topics: %2)</translation>
    </message>
    <message>
        <source>The contest settings were changed by someone else since you opened them; reload them and make your change again.</source>
        <translation>The contest settings were changed by someone else since you opened them; reload them and make your change again.</translation>
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
        <source>use only letters A-Z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (it is part of the server&apos;s addresses), at most 64</source>
        <translation>use only letters A-Z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (it is part of the server&apos;s addresses), at most 64</translation>
    </message>
    <message>
        <source>must be after opens_at (%1), but it is %2</source>
        <translation>must be after opens_at (%1), but it is %2</translation>
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
        <source>topic &apos;%1&apos; is listed twice</source>
        <translation>topic &apos;%1&apos; is listed twice</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>must be at least 1</translation>
    </message>
    <message>
        <source>the counts add up to %1, but questions_per_attempt is %2</source>
        <translation>the counts add up to %1, but questions_per_attempt is %2</translation>
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
        <source>must be between 0 and questions_per_attempt (%1)</source>
        <translation>must be between 0 and questions_per_attempt (%1)</translation>
    </message>
    <message>
        <source>use 1 to 32 lower-case letters, digits or &apos;_&apos;</source>
        <translation>use 1 to 32 lower-case letters, digits or &apos;_&apos;</translation>
    </message>
    <message>
        <source>prize key &apos;%1&apos; is used twice</source>
        <translation>prize key &apos;%1&apos; is used twice</translation>
    </message>
    <message>
        <source>must name at least one ranking key</source>
        <translation>must name at least one ranking key</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>&apos;%1&apos; is listed twice</translation>
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
        <source>&quot;%1&quot; is not an RFC 3339 date and time with a time zone offset, e.g. 2024-06-01T07:00:00+07:00</source>
        <translation>&quot;%1&quot; is not an RFC 3339 date and time with a time zone offset, e.g. 2024-06-01T07:00:00+07:00</translation>
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
        <source>expected &quot;contestants&quot;, &quot;submissions&quot; or a whole number, got %1</source>
        <translation>expected &quot;contestants&quot;, &quot;submissions&quot; or a whole number, got %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of best, first, last</source>
        <translation>&quot;%1&quot; is not one of best, first, last</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ranking key (%2)</source>
        <translation>&quot;%1&quot; is not a ranking key (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone offset such as +07:00</source>
        <translation>&quot;%1&quot; is not a time zone offset such as +07:00</translation>
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
        <source>A short code without spaces; it is part of the contest server&apos;s addresses</source>
        <translation>A short code without spaces; it is part of the contest server&apos;s addresses</translation>
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
</context>
<context>
    <name>CsvQuestionParser</name>
    <message>
        <source>%1 fields, but the header has %2 columns (a value with a delimiter must be in quotes)</source>
        <translation>%1 fields, but the header has %2 columns (a value with a delimiter must be in quotes)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names an empty option</source>
        <translation>&apos;%1&apos; names an empty option</translation>
    </message>
    <message>
        <source>empty; write the letter of the correct option (A-F)</source>
        <translation>empty; write the letter of the correct option (A-F)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option letter A-F</source>
        <translation>&apos;%1&apos; is not an option letter A-F</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: use easy, medium or hard</source>
        <translation>&apos;%1&apos;: use easy, medium or hard</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: cannot read the file: %2</translation>
    </message>
    <message>
        <source>%1:%2: unexpected character &apos;%3&apos; after a closing quote (write a quote inside a quoted field as &quot;&quot;)</source>
        <translation>%1:%2: unexpected character &apos;%3&apos; after a closing quote (write a quote inside a quoted field as &quot;&quot;)</translation>
    </message>
    <message>
        <source>%1:%2: a quoted field is never closed (missing &quot;)</source>
        <translation>%1:%2: a quoted field is never closed (missing &quot;)</translation>
    </message>
    <message>
        <source>%1: the file is empty (no header row)</source>
        <translation>%1: the file is empty (no header row)</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; (expected: %2)</source>
        <translation>unknown column &apos;%1&apos; (expected: %2)</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice</source>
        <translation>column &apos;%1&apos; appears twice</translation>
    </message>
    <message>
        <source>missing column &apos;%1&apos; (the header must be: %2)</source>
        <translation>missing column &apos;%1&apos; (the header must be: %2)</translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos;</source>
        <translation>%1:%2: column &apos;%3&apos;</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>PostgreSQL databases are not supported by this version yet; use a SQLite file</source>
        <translation>PostgreSQL databases are not supported by this version yet; use a SQLite file</translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not installed (Debian package libqt6sql6-sqlite)</source>
        <translation>the Qt SQL driver %1 is not installed (Debian package libqt6sql6-sqlite)</translation>
    </message>
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
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <source>&amp;Decide tie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved ties (the judges decide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review: withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw this decision (with a reason) so that the judges can decide the tie as it now stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions to review (they no longer match a tie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judges&apos; decisions in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: order %2. Reason: %3 (by %4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1:%2: %3 %4
 {1:?} {2?}</translation>
    </message>
    <message>
        <source>%1
Why to review: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 Judges: %3</source>
        <translation type="unfinished"></translation>
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
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2 columns (a value with a delimiter must be in quotes)</source>
        <translation>%1 fields, but the header has %2 columns (a value with a delimiter must be in quotes)</translation>
    </message>
    <message>
        <source>empty; use id_number, phone or unit</source>
        <translation>empty; use id_number, phone or unit</translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos;; use id_number, phone or unit</source>
        <translation>unknown type &apos;%1&apos;; use id_number, phone or unit</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ID number (12 digits, or 9 for an old CMND)</source>
        <translation>&apos;%1&apos; is not an ID number (12 digits, or 9 for an old CMND)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable phone number (10 digits starting with 0, or +84...)</source>
        <translation>&apos;%1&apos; is not a usable phone number (10 digits starting with 0, or +84...)</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;; import the units first</source>
        <translation>unknown unit &apos;%1&apos;; import the units first</translation>
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
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry(ies)</numerusform>
            <numerusform>%n entry(ies)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(ies) shown</source>
        <translation>
            <numerusform>%1 of %n entry(ies) shown</numerusform>
            <numerusform>%1 of %n entry(ies) shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Import exclusion list</source>
        <translation>Import exclusion list</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated.</source>
        <translation>Imported %1: %2 added, %3 updated.</translation>
    </message>
</context>
<context>
    <name>GiftParser</name>
    <message>
        <source>the title starting with &apos;::&apos; is never closed with &apos;::&apos;</source>
        <translation>the title starting with &apos;::&apos; is never closed with &apos;::&apos;</translation>
    </message>
    <message>
        <source>it has no answers in braces: a description, not a question</source>
        <translation>it has no answers in braces: a description, not a question</translation>
    </message>
    <message>
        <source>question &apos;%1&apos;: its answers open with &apos;{&apos; but never close with &apos;}&apos;</source>
        <translation>question &apos;%1&apos;: its answers open with &apos;{&apos; but never close with &apos;}&apos;</translation>
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
        <source>a short-answer question (only &apos;=&apos; answers) has no wrong options to choose from</source>
        <translation>a short-answer question (only &apos;=&apos; answers) has no wrong options to choose from</translation>
    </message>
    <message>
        <source>several answers carry credit (%weights); a contest question has exactly one correct option</source>
        <translation>several answers carry credit (%weights); a contest question has exactly one correct option</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has no correct answer (mark it with &apos;=&apos;)</source>
        <translation>question &apos;%1&apos; has no correct answer (mark it with &apos;=&apos;)</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has %2 options; at most %3</source>
        <translation>question &apos;%1&apos; has %2 options; at most %3</translation>
    </message>
    <message>
        <source>question &apos;%1&apos;: the answers must start with &apos;=&apos; (right) or &apos;~&apos; (wrong)</source>
        <translation>question &apos;%1&apos;: the answers must start with &apos;=&apos; (right) or &apos;~&apos; (wrong)</translation>
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
    <message numerus="yes">
        <source>&lt;b&gt;%1 cannot be imported.&lt;/b&gt; Nothing has been changed. Correct these %n problem(s) in the file and import it again:</source>
        <translation>
            <numerusform>&lt;b&gt;%1 cannot be imported.&lt;/b&gt; Nothing has been changed. Correct these %n problem(s) in the file and import it again:</numerusform>
            <numerusform>&lt;b&gt;%1 cannot be imported.&lt;/b&gt; Nothing has been changed. Correct these %n problem(s) in the file and import it again:</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n row(s): </source>
        <translation>
            <numerusform>%1 holds %n row(s): </numerusform>
            <numerusform>%1 holds %n row(s): </numerusform>
        </translation>
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
</context>
<context>
    <name>IndividualRankingModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved tie — judges decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal on every ranking key at a prize boundary: the judges decide the order (double-click the row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order decided by the judges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Unit</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished">Eligible</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation type="unfinished">Prize</translation>
    </message>
</context>
<context>
    <name>IndividualRankingPage</name>
    <message>
        <source>Find by name, ID number, phone or unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prize winners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished">Not eligible</translation>
    </message>
    <message>
        <source>Unresolved ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contestant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contestant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>This part is not available in this version yet. Until then, use the contestctl command-line tool for it.</source>
        <translation>This part is not available in this version yet. Until then, use the contestctl command-line tool for it.</translation>
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
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit(s)</numerusform>
            <numerusform>%n unit(s)</numerusform>
        </translation>
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
        <source>true/false question &apos;%1&apos; has no answer &apos;true&apos; or &apos;false&apos; with fraction 100</source>
        <translation>true/false question &apos;%1&apos; has no answer &apos;true&apos; or &apos;false&apos; with fraction 100</translation>
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
        <source>question &apos;%1&apos; has no answer with fraction 100</source>
        <translation>question &apos;%1&apos; has no answer with fraction 100</translation>
    </message>
    <message>
        <source>question &apos;%1&apos; has %2 answers; at most %3</source>
        <translation>question &apos;%1&apos; has %2 answers; at most %3</translation>
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
        <source>type &apos;%1&apos; is not single-answer multiple choice or true/false</source>
        <translation>type &apos;%1&apos; is not single-answer multiple choice or true/false</translation>
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
    <name>PackageBuilder</name>
    <message>
        <source>no contest settings are stored: run contestctl contest set first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contest has no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package needs the prediction question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no units: import them first (contestctl units import)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrizeAllocator</name>
    <message>
        <source>its order does not name each member of the tie exactly once</source>
        <translation>its order does not name each member of the tie exactly once</translation>
    </message>
    <message>
        <source>no current tie for &apos;%1&apos; has exactly these members (%2); the ranking has changed since the decision, so it was not applied</source>
        <translation>no current tie for &apos;%1&apos; has exactly these members (%2); the ranking has changed since the decision, so it was not applied</translation>
    </message>
</context>
<context>
    <name>PrizeTableEditor</name>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
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
    <message numerus="yes">
        <source>%n prize(s), %1 in all</source>
        <translation>
            <numerusform>%n prize(s), %1 in all</numerusform>
            <numerusform>%n prize(s), %1 in all</numerusform>
        </translation>
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
        <source>%1: field &apos;%2&apos;</source>
        <translation>%1: field &apos;%2&apos;</translation>
    </message>
    <message>
        <source>empty; every question needs an ID such as TTHC-0012</source>
        <translation>empty; every question needs an ID such as TTHC-0012</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: use only letters A-Z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64)</source>
        <translation>&apos;%1&apos;: use only letters A-Z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64)</translation>
    </message>
    <message>
        <source>empty; every question belongs to a topic</source>
        <translation>empty; every question belongs to a topic</translation>
    </message>
    <message>
        <source>unknown topic &apos;%1&apos; (topics: %2)</source>
        <translation>unknown topic &apos;%1&apos; (topics: %2)</translation>
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
        <source>option %1 has key &apos;%2&apos;; keys must be A, B, C... in order</source>
        <translation>option %1 has key &apos;%2&apos;; keys must be A, B, C... in order</translation>
    </message>
    <message>
        <source>empty option text</source>
        <translation>empty option text</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the text of another option too</source>
        <translation>&apos;%1&apos; is the text of another option too</translation>
    </message>
    <message>
        <source>empty; name the correct option (A-F)</source>
        <translation>empty; name the correct option (A-F)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the options</source>
        <translation>&apos;%1&apos; is not one of the options</translation>
    </message>
</context>
<context>
    <name>QuestionBooklet</name>
    <message numerus="yes">
        <source>%n question(s), with answers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), without answers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionChangeCommand</name>
    <message>
        <source>redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionCommands</name>
    <message>
        <source>%1: cannot tell the format from the extension (.txt Aiken, .gift, .xml, .csv); use --format %2</source>
        <translation>%1: cannot tell the format from the extension (.txt Aiken, .gift, .xml, .csv); use --format %2</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use one of %2</source>
        <translation>unknown format &apos;%1&apos;; use one of %2</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;; use one of %2</source>
        <translation>unknown status &apos;%1&apos;; use one of %2</translation>
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
        <source>%1:%2: skipped %3 &apos;%4&apos;: %5
</source>
        <translation>%1:%2: skipped %3 &apos;%4&apos;: %5
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
    <message>
        <source>usage: contestctl questions approve ID... [--by NAME]</source>
        <translation>usage: contestctl questions approve ID... [--by NAME]</translation>
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
        <source>category &apos;%1&apos; is not mapped</source>
        <translation>category &apos;%1&apos; is not mapped</translation>
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
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>&amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correct answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove last option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Luật Giao dịch điện tử 2023, Điều 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Revert</translation>
    </message>
    <message>
        <source>&amp;Save question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a question, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the ID of another question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionExporter</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: cannot write the file: %2</translation>
    </message>
    <message>
        <source>question %1 cannot be written in Aiken: its line &apos;%2&apos; would read as an option or an answer; export as GIFT, Moodle XML or CSV</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-duplicates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Skip the invalid questions and import the %n valid one(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;Import</translation>
    </message>
    <message>
        <source>%1: %2 to add, %3 to update, %4 unchanged, %5 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read as a whole; nothing can be imported from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) have errors. Nothing is imported unless you choose to skip them; correct the file (lines are given) and import it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation type="unfinished">There is nothing to import.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished">Line</translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished">Topic</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">Change</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
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
        <source>%1: field &apos;topic&apos;</source>
        <translation>%1: field &apos;topic&apos;</translation>
    </message>
    <message>
        <source>unknown topic &apos;%1&apos; (topics: %2)</source>
        <translation>unknown topic &apos;%1&apos; (topics: %2)</translation>
    </message>
    <message>
        <source>no topic for category &apos;%1&apos;: map the category to a topic or choose a default topic (--topic)</source>
        <translation>no topic for category &apos;%1&apos;: map the category to a topic or choose a default topic (--topic)</translation>
    </message>
    <message>
        <source>%1: field &apos;id&apos;</source>
        <translation>%1: field &apos;id&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already used on line %2</source>
        <translation>&apos;%1&apos; is already used on line %2</translation>
    </message>
    <message>
        <source>no questions found in the file (is it %1?)</source>
        <translation>no questions found in the file (is it %1?)</translation>
    </message>
    <message>
        <source>unknown default topic &apos;%1&apos; (topics: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionRepository</name>
    <message>
        <source>question %1 was changed by someone else meanwhile (version %2, expected %3); reload it and try again</source>
        <translation>question %1 was changed by someone else meanwhile (version %2, expected %3); reload it and try again</translation>
    </message>
    <message>
        <source>question %1: no such question</source>
        <translation>question %1: no such question</translation>
    </message>
    <message>
        <source>question %1: cannot go from %2 to %3</source>
        <translation>question %1: cannot go from %2 to %3</translation>
    </message>
</context>
<context>
    <name>QuestionTableModel</name>
    <message>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished">Topic</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">Updated</translation>
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
</context>
<context>
    <name>ResultsArea</name>
    <message>
        <source>&amp;Individual ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collective ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ties and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the results again from the stored submissions, settings and decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide tie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the results: printing and publishing then use this snapshot, which later submissions cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">Results</translation>
    </message>
    <message>
        <source>Judges&apos; decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ties and decisions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🔒 Results locked on %1 by %2, SHA-256 %3. What is shown below is the locked snapshot; unlock (with a reason) to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the stored snapshot no longer matches its SHA-256: it was changed after locking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contestants: %1 · Valid submissions: %2 · Invalid: %3 · Prediction target: %4 · Individual prizes given: %5 · Collective prizes: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved ties: %1 · Decisions to review: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the results as they are shown? Certificates and award lists will be printed from this snapshot; later submissions will not change it until someone unlocks it with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results changed since they were shown (new submissions, settings or decisions). Check them and lock again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results cannot be locked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking lets the results change again. Write why (it is kept in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw judges&apos; decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision stays in the record, marked withdrawn, and the judges can decide the tie again. Write why it is withdrawn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw decision</source>
        <translation type="unfinished"></translation>
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
        <source>Prize: withheld. Unresolved tie for &apos;%1&apos; with %2: they are equal on every key and their slots give different prizes (%3). The judges decide; the slots stay reserved.</source>
        <translation>Prize: withheld. Unresolved tie for &apos;%1&apos; with %2: they are equal on every key and their slots give different prizes (%3). The judges decide; the slots stay reserved.</translation>
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
        <source>%n judges&apos; decision(s) no longer match the current ties and must be reviewed before the results can be locked</source>
        <translation>
            <numerusform>%n judges&apos; decision(s) no longer match the current ties and must be reviewed before the results can be locked</numerusform>
            <numerusform>%n judges&apos; decision(s) no longer match the current ties and must be reviewed before the results can be locked</numerusform>
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
</context>
<context>
    <name>RevisionHistoryView</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a question to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>History of %1: %n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerClient</name>
    <message>
        <source>%1: the server URL must start with https:// and name a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no PEM certificate could be read from the CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server&apos;s certificate is not trusted (%2). Give the CA that issued it with --ca-file, or pin its fingerprint after checking it. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server is busy (HTTP %2) and asks to retry after %3 s; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server refused the token (HTTP 401 Unauthorized); check the token file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1:%2: %3 %4
 {1:?} {2?}</translation>
    </message>
    <message>
        <source>%1: gave up after %2 attempts; last: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server&apos;s answer is not a JSON object (%2 at byte %3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: HTTP %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server has no contest &apos;%2&apos; (HTTP 404); publish it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUT %1: the server refused the package (HTTP 409): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUT %1: the answer has no numeric &quot;package_version&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1: malformed page: %2; nothing of this page was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;items&quot; is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;cursor&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;has_more&quot; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionImporter</name>
    <message>
        <source>%1:%2: not JSON (%3); nothing was imported</source>
        <translation>%1:%2: not JSON (%3); nothing was imported</translation>
    </message>
    <message>
        <source>%1:%2: a line must hold one submission object { ... }; nothing was imported</source>
        <translation>%1:%2: a line must hold one submission object { ... }; nothing was imported</translation>
    </message>
    <message>
        <source>; nothing was imported</source>
        <translation>; nothing was imported</translation>
    </message>
    <message>
        <source>%1: expected an array of submissions or an object with &quot;items&quot;</source>
        <translation>%1: expected an array of submissions or an object with &quot;items&quot;</translation>
    </message>
    <message>
        <source>%1: item %2 is not a submission object; nothing was imported</source>
        <translation>%1: item %2 is not a submission object; nothing was imported</translation>
    </message>
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
        <source>the item has no &quot;id&quot;</source>
        <translation>the item has no &quot;id&quot;</translation>
    </message>
    <message>
        <source>neither a 9- or 12-digit ID number (&quot;%1&quot;) nor a usable phone (&quot;%2&quot;)</source>
        <translation>neither a 9- or 12-digit ID number (&quot;%1&quot;) nor a usable phone (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>started_at is missing</source>
        <translation>started_at is missing</translation>
    </message>
    <message>
        <source>started_at &quot;%1&quot; is not RFC 3339</source>
        <translation>started_at &quot;%1&quot; is not RFC 3339</translation>
    </message>
    <message>
        <source>submitted_at is missing</source>
        <translation>submitted_at is missing</translation>
    </message>
    <message>
        <source>submitted_at &quot;%1&quot; is not RFC 3339</source>
        <translation>submitted_at &quot;%1&quot; is not RFC 3339</translation>
    </message>
    <message>
        <source>started_at %1 is after submitted_at %2</source>
        <translation>started_at %1 is after submitted_at %2</translation>
    </message>
    <message>
        <source>submitted_at %1 is outside the window %2 – %3</source>
        <translation>submitted_at %1 is outside the window %2 – %3</translation>
    </message>
    <message>
        <source>&quot;answers&quot; must be a list of {&quot;q&quot;: ID, &quot;a&quot;: KEY or null}</source>
        <translation>&quot;answers&quot; must be a list of {&quot;q&quot;: ID, &quot;a&quot;: KEY or null}</translation>
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
        <source>question %1 has no option &quot;%2&quot;</source>
        <translation>question %1 has no option &quot;%2&quot;</translation>
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
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>--server URL is required (usage: contestctl %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server %1: expected an https:// URL such as https://127.0.0.1:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout %1: expected seconds between 0 and 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token stored for %1: give --token-file F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 ago (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published %1 to %2: package_version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submissions so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size %1: expected 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>the contest has no code: set it first (contestctl contest set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server keeps saying it has more submissions but its cursor does not move (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TieBreakDialog</name>
    <message>
        <source>no prize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collective prize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judges&apos; decision on a tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n contestant(s) are equal on every ranking key&lt;/b&gt; at the boundary of &lt;b&gt;%1&lt;/b&gt;. Their places would give: %2. The software does not break such a tie; the judges decide the order and the reason, which will be read in public.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Decided order, best first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished">Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished">Move &amp;down</translation>
    </message>
    <message>
        <source>Why this order (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of the judges present (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Judges present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished">%1:%2: %3 %4
 {1.?} {2?}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>ID / phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Unit</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (guess %2, target %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 correct, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contestants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perfect scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average duration</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files readable only by you in %1 (no keychain: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the token for %1 from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the token file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the token for %1 in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder for tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the token file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the token for %1 from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the token file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the token file must hold the token alone on one line</source>
        <translation type="unfinished"></translation>
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
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2 columns (a value with a delimiter must be in quotes)</source>
        <translation>%1 fields, but the header has %2 columns (a value with a delimiter must be in quotes)</translation>
    </message>
    <message>
        <source>empty; every unit needs a code</source>
        <translation>empty; every unit needs a code</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: use only letters A-Z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&apos;%1&apos;: use only letters A-Z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already used on line %2</source>
        <translation>&apos;%1&apos; is already used on line %2</translation>
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
        <source>unknown kind &apos;%1&apos;; use one of %2</source>
        <translation>unknown kind &apos;%1&apos;; use one of %2</translation>
    </message>
    <message>
        <source>empty; write the number of people, or 0 when it is not known</source>
        <translation>empty; write the number of people, or 0 when it is not known</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of people</source>
        <translation>&apos;%1&apos; is not a whole number of people</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write 1 (may win a collective prize) or 0</source>
        <translation>&apos;%1&apos;: write 1 (may win a collective prize) or 0</translation>
    </message>
    <message>
        <source>no units in the file (only a header)</source>
        <translation>no units in the file (only a header)</translation>
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
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit(s)</numerusform>
            <numerusform>%n unit(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n unit(s) shown</source>
        <translation>
            <numerusform>%1 of %n unit(s) shown</numerusform>
            <numerusform>%1 of %n unit(s) shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Import units</source>
        <translation>Import units</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated.</source>
        <translation>Imported %1: %2 added, %3 updated.</translation>
    </message>
</context>
<context>
    <name>Utf8</name>
    <message>
        <source>%1:%2: the file is not UTF-8 text (byte 0x%3 is not valid UTF-8); save it as UTF-8 (in Excel: &quot;CSV UTF-8&quot;) and try again</source>
        <translation>%1:%2: the file is not UTF-8 text (byte 0x%3 is not valid UTF-8); save it as UTF-8 (in Excel: &quot;CSV UTF-8&quot;) and try again</translation>
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
