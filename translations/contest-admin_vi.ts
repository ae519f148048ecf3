<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>AccountAccess</name>
        <message>
            <source>Logged in: %1 (%2)</source>
            <translation>Đang đăng nhập: %1 (%2)</translation>
        </message>
        <message>
            <source>Setup mode: no user accounts yet</source>
            <translation>Chế độ thiết lập: chưa có tài khoản người dùng</translation>
        </message>
        <message>
            <source>Not logged in</source>
            <translation>Chưa đăng nhập</translation>
        </message>
    </context>
    <context>
        <name>AccountDialog</name>
        <message>
            <source>e.g. nguyen.van.an</source>
            <translation>ví dụ: nguyen.van.an</translation>
        </message>
        <message>
            <source>e.g. Nguyễn Văn An</source>
            <translation>ví dụ: Nguyễn Văn An</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Tên đăng nhập:</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Họ và tên:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Vai trò:</translation>
        </message>
        <message>
            <source>&amp;Create account</source>
            <translation>&amp;Tạo tài khoản</translation>
        </message>
    </context>
    <context>
        <name>AikenParser</name>
        <message>
            <source>question '%1' is never finished: its options are not followed by an ANSWER: line</source>
            <translation>câu hỏi '%1' chưa kết thúc: sau các phương án không có dòng ANSWER:</translation>
        </message>
        <message>
            <source>question '%1' is never finished: the file ends before its ANSWER: line</source>
            <translation>câu hỏi '%1' chưa kết thúc: tệp kết thúc trước dòng ANSWER: của câu hỏi</translation>
        </message>
        <message>
            <source>option %1) comes before any question text</source>
            <translation>phương án %1) nằm trước nội dung câu hỏi</translation>
        </message>
        <message>
            <source>question '%1' has more than %2 options</source>
            <translation>câu hỏi '%1' có nhiều hơn %2 phương án</translation>
        </message>
        <message>
            <source>option %1) of question '%2' is out of order; expected %3)</source>
            <translation>phương án %1) của câu hỏi '%2' không đúng thứ tự; cần là %3)</translation>
        </message>
        <message>
            <source>ANSWER: line without a question before it</source>
            <translation>dòng ANSWER: không có câu hỏi nào đứng trước</translation>
        </message>
        <message>
            <source>question '%1' has too few options (%2); a question needs %3 to %4</source>
            <translation>câu hỏi '%1' có quá ít phương án (%2); mỗi câu hỏi cần từ %3 đến %4 phương án</translation>
        </message>
        <message>
            <source>ANSWER: '%1' of question '%2' is not one of its options</source>
            <translation>ANSWER: '%1' của câu hỏi '%2' không phải là phương án của câu hỏi này</translation>
        </message>
    </context>
    <context>
        <name>AuditCommands</name>
        <message>
            <source>the audit log is intact (%1 entries), but the data does NOT match it:
%2</source>
            <translation>nhật ký thao tác còn nguyên vẹn (%1 mục), nhưng dữ liệu KHÔNG khớp với nhật ký:
%2</translation>
        </message>
        <message>
            <source>audit log intact: %1 entries, chain verified; %2 locked results snapshot(s) and %3 account(s) match it
</source>
            <translation>nhật ký thao tác còn nguyên vẹn: %1 mục, chuỗi đã được kiểm tra; %2 bản chốt kết quả và %3 tài khoản khớp với nhật ký
</translation>
        </message>
        <message>
            <source>the audit log is NOT intact (%1 entries checked):
  %2</source>
            <translation>nhật ký kiểm tra KHÔNG còn nguyên vẹn (đã kiểm tra %1 mục):
  %2</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <source>entry %1 is missing (the next entry is %2)</source>
            <translation>thiếu mục %1 (mục tiếp theo là %2)</translation>
        </message>
        <message>
            <source>entry %1 does not follow the entry before it (an entry was changed or deleted)</source>
            <translation>mục %1 không khớp với mục liền trước (có mục đã bị sửa hoặc bị xóa)</translation>
        </message>
        <message>
            <source>entry %1 was changed after it was written</source>
            <translation>mục %1 đã bị sửa sau khi được ghi</translation>
        </message>
        <message>
            <source>the last entries of the log were deleted or changed (the log ends at %1, but %2 was written last)</source>
            <translation>các mục cuối của nhật ký đã bị xóa hoặc bị sửa (nhật ký kết thúc ở mục %1, nhưng mục được ghi sau cùng là %2)</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>(không có)</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Every decision that affects the results, in the order it was made. Each entry seals the one before it, so an edited or deleted entry is found.</source>
            <translation>Mọi quyết định ảnh hưởng đến kết quả, theo thứ tự thực hiện. Mỗi mục niêm phong mục liền trước, nhờ đó phát hiện được mục đã bị sửa hoặc bị xóa.</translation>
        </message>
        <message>
            <source>&amp;Verify chain</source>
            <translation>&amp;Kiểm tra tính toàn vẹn</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Thời điểm</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Người thực hiện</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Thao tác</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Nhật ký thao tác</translation>
        </message>
        <message>
            <source>✗ The audit log was changed after it was written:
%1</source>
            <translation>✗ Nhật ký thao tác đã bị thay đổi sau khi được ghi:
%1</translation>
        </message>
        <message>
            <source>Verify chain</source>
            <translation>Kiểm tra tính toàn vẹn</translation>
        </message>
        <message>
            <source>✗ The audit log is intact, but the data does not match it:
%1</source>
            <translation>✗ Nhật ký thao tác còn nguyên vẹn, nhưng dữ liệu không khớp với nhật ký:
%1</translation>
        </message>
        <message>
            <source>Time (%1)</source>
            <translation>Thời gian (%1)</translation>
        </message>
        <message>
            <source>Recorded as: %1</source>
            <translation>Mã lưu trong nhật ký: %1</translation>
        </message>
        <message numerus="yes">
            <source>✓ The audit log is intact: %Ln entry(s) checked.</source>
            <translation>
                <numerusform>✓ Nhật ký thao tác còn nguyên vẹn: đã kiểm tra %Ln mục.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditText</name>
        <message>
            <source>Contest settings changed</source>
            <translation>Sửa thiết lập cuộc thi</translation>
        </message>
        <message>
            <source>Units imported</source>
            <translation>Nhập danh sách đơn vị</translation>
        </message>
        <message>
            <source>Exclusion list imported</source>
            <translation>Nhập danh sách loại trừ</translation>
        </message>
        <message>
            <source>Exclusion removed</source>
            <translation>Xóa một mục khỏi danh sách loại trừ</translation>
        </message>
        <message>
            <source>Question categories mapped to topics</source>
            <translation>Gán danh mục câu hỏi vào chủ đề</translation>
        </message>
        <message>
            <source>Tie decided by the judges</source>
            <translation>Ban Giám khảo phân xử trường hợp bằng điểm</translation>
        </message>
        <message>
            <source>Tie decision withdrawn</source>
            <translation>Rút quyết định phân xử trường hợp bằng điểm</translation>
        </message>
        <message>
            <source>Results locked</source>
            <translation>Chốt kết quả</translation>
        </message>
        <message>
            <source>Results unlocked</source>
            <translation>Mở chốt kết quả</translation>
        </message>
        <message>
            <source>Database restored from a backup</source>
            <translation>Khôi phục cơ sở dữ liệu từ bản sao lưu</translation>
        </message>
        <message>
            <source>Account created</source>
            <translation>Tạo tài khoản</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>Đổi mật khẩu</translation>
        </message>
        <message>
            <source>Role changed</source>
            <translation>Đổi vai trò</translation>
        </message>
        <message>
            <source>Account disabled</source>
            <translation>Khóa tài khoản</translation>
        </message>
        <message>
            <source>Account enabled</source>
            <translation>Mở lại tài khoản</translation>
        </message>
        <message>
            <source>Account unlocked</source>
            <translation>Gỡ khóa đăng nhập</translation>
        </message>
        <message>
            <source>Failed login</source>
            <translation>Đăng nhập không thành công</translation>
        </message>
        <message>
            <source>Other action (not known to this version)</source>
            <translation>Thao tác khác (phiên bản này chưa biết)</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(không ghi nhận)</translation>
        </message>
        <message>
            <source>collective prize</source>
            <translation>giải tập thể</translation>
        </message>
        <message>
            <source>%1, decision no. %2</source>
            <translation>%1, quyết định số %2</translation>
        </message>
        <message>
            <source>snapshot no. %1</source>
            <translation>bản chốt số %1</translation>
        </message>
        <message>
            <source>Integrity case decided by the judges</source>
            <translation>Ban Giám khảo quyết định một trường hợp nghi vấn</translation>
        </message>
        <message>
            <source>Answer key corrected</source>
            <translation>Sửa đáp án</translation>
        </message>
    </context>
    <context>
        <name>AuditedDataCheck</name>
        <message>
            <source>(none)</source>
            <translation>(không có)</translation>
        </message>
        <message>
            <source>locked results snapshot %1 (locked %2 by %3) has no results.lock entry in the audit log: it was not locked through Contest Admin</source>
            <translation>bản chốt kết quả số %1 (chốt lúc %2, người chốt: %3) không có mục results.lock trong nhật ký thao tác: bản chốt này không được chốt qua Quản trị Cuộc thi</translation>
        </message>
        <message>
            <source>locked results snapshot %1 (locked %2 by %3) was changed after it was locked: its content hashes to %4, but audit entry %5 recorded %6</source>
            <translation>bản chốt kết quả số %1 (chốt lúc %2, người chốt: %3) đã bị sửa sau khi chốt: nội dung có mã băm %4, nhưng mục nhật ký %5 ghi %6</translation>
        </message>
        <message>
            <source>locked results snapshot %1 (locked %2 by %3): its stored SHA-256 %4 was changed; audit entry %5 recorded %6</source>
            <translation>bản chốt kết quả số %1 (chốt lúc %2, người chốt: %3): mã SHA-256 được lưu %4 đã bị sửa; mục nhật ký %5 ghi %6</translation>
        </message>
        <message>
            <source>locked results snapshot %1, locked in audit entry %2, was deleted from the database</source>
            <translation>bản chốt kết quả số %1, được chốt tại mục nhật ký %2, đã bị xóa khỏi cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>account %1 (role %2) was not created through Contest Admin: the audit log has no user.create entry for it</source>
            <translation>tài khoản %1 (vai trò %2) không được tạo qua Quản trị Cuộc thi: nhật ký thao tác không có mục user.create cho tài khoản này</translation>
        </message>
        <message>
            <source>account %1 has the role %2, but the audit log gave it the role %3 (entry %4)</source>
            <translation>tài khoản %1 có vai trò %2, nhưng theo nhật ký thao tác thì vai trò được cấp là %3 (mục %4)</translation>
        </message>
    </context>
    <context>
        <name>Authorization</name>
        <message>
            <source>manage user accounts</source>
            <translation>quản lý tài khoản người dùng</translation>
        </message>
        <message>
            <source>change the contest settings</source>
            <translation>thay đổi thiết lập cuộc thi</translation>
        </message>
        <message>
            <source>change the units or the exclusion list</source>
            <translation>thay đổi danh sách đơn vị hoặc danh sách loại trừ</translation>
        </message>
        <message>
            <source>change the question bank</source>
            <translation>thay đổi ngân hàng câu hỏi</translation>
        </message>
        <message>
            <source>export the question bank</source>
            <translation>xuất ngân hàng câu hỏi</translation>
        </message>
        <message>
            <source>see the answer keys</source>
            <translation>xem đáp án</translation>
        </message>
        <message>
            <source>publish to the server or import submissions</source>
            <translation>công bố lên máy chủ hoặc nhập bài dự thi</translation>
        </message>
        <message>
            <source>see the results</source>
            <translation>xem kết quả</translation>
        </message>
        <message>
            <source>record or withdraw tie decisions</source>
            <translation>ghi hoặc rút quyết định xử lý đồng hạng</translation>
        </message>
        <message>
            <source>lock or unlock the results</source>
            <translation>khóa hoặc mở khóa kết quả</translation>
        </message>
        <message>
            <source>print certificates or award lists</source>
            <translation>in giấy chứng nhận hoặc danh sách khen thưởng</translation>
        </message>
        <message>
            <source>Account %1 (%2) is not allowed to %3</source>
            <translation>Tài khoản %1 (%2) không có quyền %3</translation>
        </message>
        <message>
            <source>This database has user accounts: log in first (contestctl --user NAME) to %1</source>
            <translation>Cơ sở dữ liệu này có tài khoản người dùng: hãy đăng nhập trước (contestctl --user TÊN) để %1</translation>
        </message>
        <message>
            <source>see the answer keys before the contest closes</source>
            <translation>xem đáp án trước khi cuộc thi kết thúc</translation>
        </message>
    </context>
    <context>
        <name>AwardListWriter</name>
        <message>
            <source>%1: the award list is written as .pdf, .xlsx or .csv</source>
            <translation>%1: danh sách khen thưởng chỉ ghi được ở dạng .pdf, .xlsx hoặc .csv</translation>
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <source>Contest databases (*.sqlite *.db);;All files (*)</source>
            <translation>Cơ sở dữ liệu cuộc thi (*.sqlite *.db);;Tất cả tệp (*)</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <translation>&amp;Sao lưu…</translation>
        </message>
        <message>
            <source>Res&amp;tore…</source>
            <translation>&amp;Khôi phục…</translation>
        </message>
        <message>
            <source>Backup before each s&amp;ync…</source>
            <translation>Sao lưu trước mỗi lần đồn&amp;g bộ…</translation>
        </message>
        <message>
            <source>Back up the database</source>
            <translation>Sao lưu cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>A shared PostgreSQL database is backed up on the server by its administrator, with:

%1</source>
            <translation>Cơ sở dữ liệu PostgreSQL dùng chung do quản trị viên máy chủ sao lưu trên máy chủ, bằng lệnh:

%1</translation>
        </message>
        <message>
            <source>The backup was written to %1 (%2).</source>
            <translation>Đã ghi bản sao lưu vào %1 (%2).</translation>
        </message>
        <message>
            <source>No backup was written.

%1</source>
            <translation>Chưa ghi được bản sao lưu nào.

%1</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Khôi phục bản sao lưu</translation>
        </message>
        <message>
            <source>Replace the open database %1 by the backup %2?

The backup is checked first; the current database is kept beside it as %3.before-restore-….</source>
            <translation>Thay cơ sở dữ liệu đang mở %1 bằng bản sao lưu %2?

Bản sao lưu được kiểm tra trước; cơ sở dữ liệu hiện tại được giữ lại bên cạnh với tên %3.before-restore-….</translation>
        </message>
        <message>
            <source>The backup was restored: %1.

The replaced database is kept as %2.</source>
            <translation>Đã khôi phục bản sao lưu: %1.

Cơ sở dữ liệu bị thay được giữ lại với tên %2.</translation>
        </message>
        <message>
            <source>Nothing was restored; the database is unchanged.

%1</source>
            <translation>Chưa khôi phục gì; cơ sở dữ liệu không thay đổi.

%1</translation>
        </message>
        <message>
            <source>Backup before each sync</source>
            <translation>Sao lưu trước mỗi lần đồng bộ</translation>
        </message>
        <message>
            <source>A shared PostgreSQL database is backed up on the server (pg_dump), not before each sync by this program.</source>
            <translation>Cơ sở dữ liệu PostgreSQL dùng chung được sao lưu trên máy chủ (pg_dump), chương trình này không sao lưu nó trước mỗi lần đồng bộ.</translation>
        </message>
        <message>
            <source>choose the folder for the backups</source>
            <translation>hãy chọn thư mục lưu các bản sao lưu</translation>
        </message>
        <message>
            <source>The setting was not changed.

%1</source>
            <translation>Thiết lập không thay đổi.

%1</translation>
        </message>
        <message>
            <source>A shared PostgreSQL database is restored by its administrator, into a new, empty database that the committee then connects to, with:

%1

Before using it, check that its locked results and accounts match its audit log:

%2</source>
            <translation>Cơ sở dữ liệu PostgreSQL dùng chung do quản trị viên khôi phục vào một cơ sở dữ liệu mới, trống, rồi Ban Tổ chức kết nối tới đó, bằng lệnh:

%1

Trước khi sử dụng, hãy kiểm tra kết quả đã chốt và các tài khoản có khớp với nhật ký thao tác không:

%2</translation>
        </message>
        <message>
            <source>

Restored although its audit log does not vouch for them, as you accepted (recorded in the audit log):
%1</source>
            <translation>

Đã khôi phục dù nhật ký thao tác không xác nhận các mục sau, theo sự chấp nhận của bạn (đã ghi vào nhật ký thao tác):
%1</translation>
        </message>
        <message>
            <source>%1

Restore it anyway? The snapshots and accounts listed are then restored exactly as the backup holds them (with those accounts' roles and passwords), and the restored database's audit log records that you accepted them.</source>
            <translation>%1

Vẫn khôi phục? Các bản chốt và tài khoản nêu trên sẽ được khôi phục đúng như trong bản sao lưu (kèm vai trò và mật khẩu của các tài khoản đó), và nhật ký thao tác của cơ sở dữ liệu được khôi phục sẽ ghi lại việc bạn đã chấp nhận.</translation>
        </message>
    </context>
    <context>
        <name>BackupBeforeSync</name>
        <message>
            <source>a PostgreSQL database is backed up on the server with pg_dump, not before each sync by this program</source>
            <translation>cơ sở dữ liệu PostgreSQL được sao lưu trên máy chủ bằng pg_dump, chương trình này không sao lưu nó trước mỗi lần đồng bộ</translation>
        </message>
        <message>
            <source>backup folder %1 does not exist</source>
            <translation>thư mục sao lưu %1 không tồn tại</translation>
        </message>
        <message>
            <source>keep %1: expected 1 to %2 backups</source>
            <translation>giữ %1: cần từ 1 đến %2 bản sao lưu</translation>
        </message>
        <message>
            <source>not synced: the folder for backups before each sync, %1, does not exist (change it or turn the backups off)</source>
            <translation>chưa đồng bộ: thư mục sao lưu trước mỗi lần đồng bộ, %1, không tồn tại (hãy đổi thư mục hoặc tắt sao lưu)</translation>
        </message>
        <message>
            <source>not synced: the backup before the sync failed: %1</source>
            <translation>chưa đồng bộ: sao lưu trước khi đồng bộ không thành công: %1</translation>
        </message>
    </context>
    <context>
        <name>BackupBeforeSyncDialog</name>
        <message>
            <source>Backup before each sync</source>
            <translation>Sao lưu trước mỗi lần đồng bộ</translation>
        </message>
        <message>
            <source>Before every sync (here and in scheduled contestctl runs) a copy of the database is written into the folder, and only the newest are kept. If the copy cannot be written, the sync does not run.</source>
            <translation>Trước mỗi lần đồng bộ (tại đây và trong các lần chạy contestctl theo lịch), một bản sao cơ sở dữ liệu được ghi vào thư mục và chỉ giữ lại các bản mới nhất. Nếu không ghi được bản sao, việc đồng bộ sẽ không chạy.</translation>
        </message>
        <message>
            <source>&amp;Back up before each sync</source>
            <translation>&amp;Sao lưu trước mỗi lần đồng bộ</translation>
        </message>
        <message>
            <source>B&amp;rowse…</source>
            <translation>&amp;Chọn…</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Thư mục:</translation>
        </message>
        <message>
            <source> backups</source>
            <translation> bản sao lưu</translation>
        </message>
        <message>
            <source>&amp;Keep the newest:</source>
            <translation>&amp;Giữ lại các bản mới nhất:</translation>
        </message>
        <message>
            <source>Folder for the backups</source>
            <translation>Thư mục lưu các bản sao lưu</translation>
        </message>
    </context>
    <context>
        <name>BackupCommands</name>
        <message>
            <source>--out FILE is required (usage: contestctl %1)</source>
            <translation>cần --out TỆP (cách dùng: contestctl %1)</translation>
        </message>
        <message>
            <source>%1 is a PostgreSQL database: back it up on the server with pg_dump (the password from PGPASSWORD or ~/.pgpass):
  %2</source>
            <translation>%1 là cơ sở dữ liệu PostgreSQL: hãy sao lưu trên máy chủ bằng pg_dump (mật khẩu lấy từ PGPASSWORD hoặc ~/.pgpass):
  %2</translation>
        </message>
        <message>
            <source>backup written to %1 (%2 bytes)</source>
            <translation>đã ghi bản sao lưu vào %1 (%2 byte)</translation>
        </message>
        <message>
            <source>restored %1 from %2: %3</source>
            <translation>đã khôi phục %1 từ %2: %3</translation>
        </message>
        <message>
            <source>the replaced database is kept as %1</source>
            <translation>cơ sở dữ liệu bị thay được giữ lại với tên %1</translation>
        </message>
        <message>
            <source>--off takes no --folder or --keep (usage: contestctl %1)</source>
            <translation>--off không đi kèm --folder hay --keep (cách dùng: contestctl %1)</translation>
        </message>
        <message>
            <source>--keep %1: expected a number of backups</source>
            <translation>--keep %1: cần một số lượng bản sao lưu</translation>
        </message>
        <message>
            <source>--keep needs --folder DIR (no folder is set yet)</source>
            <translation>--keep cần --folder THƯ_MỤC (chưa đặt thư mục nào)</translation>
        </message>
        <message>
            <source>before each sync: a backup into %1, keeping the newest %2</source>
            <translation>trước mỗi lần đồng bộ: sao lưu vào %1, giữ %2 bản mới nhất</translation>
        </message>
        <message>
            <source>before each sync: no backup</source>
            <translation>trước mỗi lần đồng bộ: không sao lưu</translation>
        </message>
        <message>
            <source>%1 is a PostgreSQL database: restore a pg_dump file with pg_restore into a new, empty database (docs/storage.md), check that its locked results and accounts match its audit log, then use that one:
  %2
  %3</source>
            <translation>%1 là cơ sở dữ liệu PostgreSQL: hãy khôi phục tệp pg_dump bằng pg_restore vào một cơ sở dữ liệu mới, trống (docs/storage.md), kiểm tra kết quả đã chốt và các tài khoản có khớp với nhật ký thao tác không, rồi dùng cơ sở dữ liệu đó:
  %2
  %3</translation>
        </message>
        <message>
            <source>%1
To restore it anyway, repeat with --accept-unaudited: the snapshots and accounts listed are then restored exactly as the backup holds them (with those accounts' roles and passwords), and the restored database's audit log records that you accepted them. --force alone does not do this.</source>
            <translation>%1
Để vẫn khôi phục, hãy chạy lại với --accept-unaudited: các bản chốt và tài khoản nêu trên sẽ được khôi phục đúng như trong bản sao lưu (kèm vai trò và mật khẩu của các tài khoản đó), và nhật ký thao tác của cơ sở dữ liệu được khôi phục sẽ ghi lại việc bạn đã chấp nhận. Chỉ --force thì không làm việc này.</translation>
        </message>
        <message>
            <source>accepted although the audit log did not vouch for them (recorded in the audit log):
%1</source>
            <translation>đã chấp nhận dù nhật ký thao tác không xác nhận (đã ghi vào nhật ký thao tác):
%1</translation>
        </message>
    </context>
    <context>
        <name>BackupInspector</name>
        <message>
            <source>schema version %1, contest %2, %3 questions, %4 submissions, %5 audit entries</source>
            <translation>lược đồ phiên bản %1, cuộc thi %2, %3 câu hỏi, %4 bài dự thi, %5 mục nhật ký</translation>
        </message>
        <message>
            <source>(no settings)</source>
            <translation>(chưa có thiết lập)</translation>
        </message>
        <message>
            <source>, last audited change: %1</source>
            <translation>, thay đổi cuối trong nhật ký: %1</translation>
        </message>
        <message>
            <source>%1 is not a SQLite database file, so not a Contest Admin backup</source>
            <translation>%1 không phải tệp cơ sở dữ liệu SQLite, nên không phải bản sao lưu của Quản trị Cuộc thi</translation>
        </message>
        <message>
            <source>%1 is damaged (SQLite integrity check: %2)</source>
            <translation>%1 bị hỏng (kiểm tra toàn vẹn SQLite: %2)</translation>
        </message>
        <message>
            <source>%1 cannot be used as a Contest Admin database: %2</source>
            <translation>%1 không dùng được làm cơ sở dữ liệu Quản trị Cuộc thi: %2</translation>
        </message>
        <message>
            <source>%1 holds no Contest Admin data (no schema)</source>
            <translation>%1 không chứa dữ liệu Quản trị Cuộc thi (không có lược đồ)</translation>
        </message>
        <message>
            <source>%1 was written by a newer version of Contest Admin (schema version %2; this version knows up to %3): update Contest Admin first</source>
            <translation>%1 được ghi bởi phiên bản Quản trị Cuộc thi mới hơn (lược đồ phiên bản %2; phiên bản này chỉ biết đến %3): hãy cập nhật Quản trị Cuộc thi trước</translation>
        </message>
        <message>
            <source>%1: its audit log does not verify, so it may have been altered:
  %2</source>
            <translation>%1: nhật ký kiểm tra không khớp, dữ liệu có thể đã bị sửa:
  %2</translation>
        </message>
    </context>
    <context>
        <name>BlueprintCheck</name>
        <message>
            <source>topic %1</source>
            <translation>chủ đề %1</translation>
        </message>
        <message>
            <source>an attempt draws %1 questions but only %2 are approved (%3 in the bank)</source>
            <translation>mỗi lượt thi lấy %1 câu hỏi nhưng chỉ có %2 câu hỏi đã duyệt (ngân hàng có %3 câu)</translation>
        </message>
    </context>
    <context>
        <name>BlueprintEditor</name>
        <message>
            <source>Topic</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Số câu hỏi</translation>
        </message>
        <message>
            <source>(unknown topic)</source>
            <translation>(chủ đề không xác định)</translation>
        </message>
        <message>
            <source>not used</source>
            <translation>không sử dụng</translation>
        </message>
        <message>
            <source>Questions from %1</source>
            <translation>Số câu hỏi thuộc %1</translation>
        </message>
        <message>
            <source>Total %1 of %2 questions per attempt</source>
            <translation>Tổng cộng %1/%2 câu hỏi mỗi lượt thi</translation>
        </message>
    </context>
    <context>
        <name>BlueprintPanel</name>
        <message>
            <source>Topic</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Đã duyệt</translation>
        </message>
        <message>
            <source>Drawn per attempt</source>
            <translation>Số câu mỗi lượt thi</translation>
        </message>
        <message>
            <source>Not retired</source>
            <translation>Chưa ngừng sử dụng</translation>
        </message>
        <message>
            <source>Every topic has enough approved questions for the blueprint.</source>
            <translation>Mọi chủ đề đều có đủ câu hỏi đã duyệt theo cơ cấu đề.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln more approved question(s) needed</source>
            <translation>
                <numerusform>Cần thêm %Ln câu hỏi đã duyệt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln topic(s) have fewer approved questions than an attempt draws: the exam cannot be published yet.</source>
            <translation>
                <numerusform>Có %Ln chủ đề có số câu hỏi đã duyệt ít hơn số câu cần lấy cho mỗi lượt thi: chưa thể công bố đề thi.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BookletPanel</name>
        <message>
            <source>A booklet of the bank for review meetings, grouped by topic. Leave the answers out for reviewers who should try the questions first.</source>
            <translation>Tập câu hỏi của ngân hàng câu hỏi dùng cho các cuộc họp rà soát, sắp xếp theo chủ đề. Hãy bỏ đáp án nếu người rà soát cần tự làm thử các câu hỏi trước.</translation>
        </message>
        <message>
            <source>Show the &amp;answers</source>
            <translation>Hiện đáp á&amp;n</translation>
        </message>
        <message>
            <source>Show the &amp;legal sources</source>
            <translation>Hiện &amp;căn cứ pháp lý</translation>
        </message>
        <message>
            <source>Show the e&amp;xplanations</source>
            <translation>Hiện &amp;giải thích</translation>
        </message>
        <message>
            <source>Only the questions the &amp;table shows</source>
            <translation>Chỉ các câu hỏi đang hiển thị trong &amp;bảng</translation>
        </message>
        <message>
            <source>Print pre&amp;view…</source>
            <translation>&amp;Xem trước khi in…</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>Lưu thành tệp &amp;PDF…</translation>
        </message>
        <message>
            <source>Question bank booklet</source>
            <translation>Tập câu hỏi của ngân hàng câu hỏi</translation>
        </message>
        <message>
            <source>Contest Admin</source>
            <translation>Quản trị Cuộc thi trực tuyến</translation>
        </message>
        <message>
            <source>Save the booklet as PDF</source>
            <translation>Lưu tập câu hỏi thành tệp PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Tệp PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Booklet</source>
            <translation>Tập câu hỏi</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>Không ghi được %1.</translation>
        </message>
        <message>
            <source>Booklet preview</source>
            <translation>Xem trước tập câu hỏi</translation>
        </message>
    </context>
    <context>
        <name>BurstScan</name>
        <message numerus="yes">
            <source>They declared %n different units.</source>
            <translation>
                <numerusform>Họ khai %n đơn vị khác nhau.</numerusform>
            </translation>
        </message>
        <message>
            <source>They all declared %1, which is no office whose staff would share a computer.</source>
            <translation>Tất cả đều khai %1, không phải một cơ quan, đơn vị có cán bộ dùng chung máy tính.</translation>
        </message>
        <message>
            <source>no unit</source>
            <translation>không có đơn vị</translation>
        </message>
        <message>
            <source>Not each of them gave an ID number and a phone of their own.</source>
            <translation>Không phải ai cũng khai số định danh và số điện thoại riêng của mình.</translation>
        </message>
        <message>
            <source>%1 and %2 gave the same answer to %3 of the %4 questions both were drawn, with predictions %5 and %6.</source>
            <translation>%1 và %2 trả lời giống nhau %3 trong %4 câu hỏi cả hai cùng được rút, với số dự đoán %5 và %6.</translation>
        </message>
        <message numerus="yes">
            <source>%n different people sent from one device (the same browser and connection) between %1 and %2: %3</source>
            <translation>
                <numerusform>%n người khác nhau gửi bài từ cùng một thiết bị (cùng trình duyệt và đường truyền) từ %1 đến %2: %3</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CategoryMapping</name>
        <message>
            <source>default topic</source>
            <translation>chủ đề mặc định</translation>
        </message>
        <message>
            <source>category '%1'</source>
            <translation>danh mục '%1'</translation>
        </message>
        <message>
            <source>unknown topic '%1' (topics: %2)</source>
            <translation>không có chủ đề '%1' (các chủ đề hiện có: %2)</translation>
        </message>
    </context>
    <context>
        <name>CertificateBatch</name>
        <message>
            <source>unknown certificate kind '%1' (certificate or award)</source>
            <translation>loại giấy '%1' không hợp lệ (dùng certificate hoặc award)</translation>
        </message>
        <message>
            <source>the %1 layout has no signer's name: give the name of the person who signs (under "%2") in the layout editor, or for this print only (contestctl print certificates --signer NAME)</source>
            <translation>mẫu %1 chưa có họ tên người ký: hãy nhập họ tên người ký (dưới dòng "%2") trong trình chỉnh sửa mẫu, hoặc chỉ cho lần in này (contestctl print certificates --signer HỌ_TÊN)</translation>
        </message>
    </context>
    <context>
        <name>CertificateRegistry</name>
        <message>
            <source>the audit log records no lock of results snapshot %1, which this certificate names</source>
            <translation>nhật ký thao tác không ghi nhận việc chốt bản kết quả số %1 mà giấy này dẫn chiếu</translation>
        </message>
        <message>
            <source>its record names results with SHA-256 %1, but snapshot %2 was locked with %3: the record or the snapshot was altered</source>
            <translation>hồ sơ của giấy dẫn chiếu kết quả có SHA-256 %1, nhưng bản chốt số %2 được chốt với %3: hồ sơ hoặc bản chốt đã bị sửa</translation>
        </message>
        <message>
            <source>its record was altered: the code was not issued for this recipient</source>
            <translation>hồ sơ của giấy đã bị sửa: mã này không được cấp cho người nhận này</translation>
        </message>
    </context>
    <context>
        <name>CertificateTemplate</name>
        <message>
            <source>template: key 'kind' must be one of %1</source>
            <translation>mẫu: mục 'kind' phải là một trong các giá trị %1</translation>
        </message>
        <message>
            <source>template: key '%1' must be a number</source>
            <translation>mẫu: mục '%1' phải là một số</translation>
        </message>
        <message>
            <source>key 'page_size' must be A4 or A5</source>
            <translation>mục 'page_size' phải là A4 hoặc A5</translation>
        </message>
        <message>
            <source>key 'number_start' must be 1 or more</source>
            <translation>mục 'number_start' phải lớn hơn hoặc bằng 1</translation>
        </message>
        <message>
            <source>the QR code must be at least 10 mm wide to scan</source>
            <translation>mã QR phải rộng ít nhất 10 mm để quét được</translation>
        </message>
        <message>
            <source>field '%1': width and font size must be positive</source>
            <translation>trường '%1': chiều rộng và cỡ chữ phải lớn hơn 0</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Đơn vị tổ chức</translation>
        </message>
        <message>
            <source>Issuing body</source>
            <translation>Cơ quan cấp</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>Số giấy</translation>
        </message>
        <message>
            <source>National motto</source>
            <translation>Quốc hiệu</translation>
        </message>
        <message>
            <source>National motto, second line</source>
            <translation>Tiêu ngữ</translation>
        </message>
        <message>
            <source>Document title</source>
            <translation>Tên văn bản</translation>
        </message>
        <message>
            <source>Preamble</source>
            <translation>Lời dẫn</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <source>Year of birth</source>
            <translation>Năm sinh</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Achievement</source>
            <translation>Thành tích</translation>
        </message>
        <message>
            <source>Place and date</source>
            <translation>Địa danh, ngày tháng</translation>
        </message>
        <message>
            <source>Signer's title</source>
            <translation>Chức danh người ký</translation>
        </message>
        <message>
            <source>Signer's name</source>
            <translation>Họ tên người ký</translation>
        </message>
        <message>
            <source>Verification code</source>
            <translation>Mã xác thực</translation>
        </message>
        <message>
            <source>left</source>
            <translation>trái</translation>
        </message>
        <message>
            <source>right</source>
            <translation>đúng</translation>
        </message>
        <message>
            <source>centre</source>
            <translation>giữa</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>Save chart…</source>
            <translation>Lưu biểu đồ…</translation>
        </message>
        <message>
            <source>Save this chart as a PNG picture or a PDF page</source>
            <translation>Lưu biểu đồ này thành ảnh PNG hoặc trang PDF</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Lưu biểu đồ</translation>
        </message>
        <message>
            <source>PNG picture (*.png);;PDF document (*.pdf)</source>
            <translation>Ảnh PNG (*.png);;Tài liệu PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>Không ghi được %1.</translation>
        </message>
    </context>
    <context>
        <name>CollectiveRankingModel</name>
        <message>
            <source>(not in the units list)</source>
            <translation>(không có trong danh sách đơn vị)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Có</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Không</translation>
        </message>
        <message>
            <source>Unresolved tie — judges decide</source>
            <translation>Bằng điểm chưa phân xử — Ban Giám khảo quyết định</translation>
        </message>
        <message>
            <source>Collective prize</source>
            <translation>Giải tập thể</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Hạng</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>Mã đơn vị</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Contestants</source>
            <translation>Số thí sinh</translation>
        </message>
        <message>
            <source>Headcount</source>
            <translation>Số cán bộ (biên chế)</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Tỷ lệ tham gia</translation>
        </message>
        <message>
            <source>Perfect scores</source>
            <translation>Số người đạt điểm tuyệt đối</translation>
        </message>
        <message>
            <source>Average duration</source>
            <translation>Thời gian làm bài trung bình</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>Được xét giải</translation>
        </message>
        <message>
            <source>Prize</source>
            <translation>Giải</translation>
        </message>
        <message>
            <source>More contestants (%1) than the unit's headcount (%2): people outside the unit chose it, or the headcount is out of date. The rate is shown as counted.</source>
            <translation>Số người dự thi (%1) nhiều hơn biên chế của đơn vị (%2): có người ngoài đơn vị đã chọn đơn vị này, hoặc số biên chế chưa được cập nhật. Tỷ lệ được hiển thị đúng như số liệu đếm được.</translation>
        </message>
        <message>
            <source>This unit cannot receive a collective prize (for example the organising office or the public): it is listed after the ranked units, without a rank.</source>
            <translation>Đơn vị này không được xét giải tập thể (ví dụ: cơ quan thường trực Ban Tổ chức hoặc Nhân dân): đơn vị được liệt kê sau các đơn vị được xếp hạng, không có thứ hạng.</translation>
        </message>
    </context>
    <context>
        <name>ConnectDatabaseDialog</name>
        <message>
            <source>Connect to shared database</source>
            <translation>Kết nối cơ sở dữ liệu dùng chung</translation>
        </message>
        <message>
            <source>A PostgreSQL database on a server lets several people work on the same contest. Ask its administrator for these details.</source>
            <translation>Cơ sở dữ liệu PostgreSQL trên máy chủ cho phép nhiều người cùng làm việc trên một cuộc thi. Hãy hỏi quản trị viên máy chủ các thông tin dưới đây.</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Máy chủ:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>&amp;Cổng:</translation>
        </message>
        <message>
            <source>&amp;Database name:</source>
            <translation>&amp;Tên cơ sở dữ liệu:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Tên đăng &amp;nhập:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Mật &amp;khẩu:</translation>
        </message>
        <message>
            <source>&amp;Remember the password</source>
            <translation>&amp;Ghi nhớ mật khẩu</translation>
        </message>
        <message>
            <source>It will be kept in %1.</source>
            <translation>Mật khẩu sẽ được lưu trong %1.</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Thử kết nối</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Kết nối</translation>
        </message>
        <message>
            <source>Database name: a name with '/' is not supported.</source>
            <translation>Tên cơ sở dữ liệu: không hỗ trợ tên có ký tự '/'.</translation>
        </message>
        <message>
            <source>Database name:</source>
            <translation>Tên cơ sở dữ liệu:</translation>
        </message>
        <message>
            <source>Connected (%1): empty database: it will be set up.</source>
            <translation>Đã kết nối (%1): cơ sở dữ liệu trống, sẽ được thiết lập.</translation>
        </message>
        <message>
            <source>Connected (%1): schema version %2 (this program: %3).</source>
            <translation>Đã kết nối (%1): lược đồ phiên bản %2 (chương trình này: %3).</translation>
        </message>
        <message>
            <source>Cannot connect: %1</source>
            <translation>Không kết nối được: %1</translation>
        </message>
        <message>
            <source>The password cannot be remembered: %1</source>
            <translation>Không ghi nhớ được mật khẩu: %1</translation>
        </message>
    </context>
    <context>
        <name>ContestArea</name>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Thiết lập</translation>
        </message>
        <message>
            <source>&amp;Units</source>
            <translation>Đơn &amp;vị</translation>
        </message>
        <message>
            <source>&amp;Exclusion list</source>
            <translation>Danh sách &amp;không được xét giải</translation>
        </message>
        <message>
            <source>&amp;Topics</source>
            <translation>&amp;Chủ đề</translation>
        </message>
    </context>
    <context>
        <name>ContestCommands</name>
        <message>
            <source>--people takes a whole number of contestants</source>
            <translation>--people nhận một số nguyên là số thí sinh</translation>
        </message>
        <message>
            <source>%1 already holds a contest; use --force to overwrite its settings with the demo's</source>
            <translation>%1 đã có một cuộc thi; dùng --force để ghi đè thiết lập của cuộc thi đó bằng thiết lập mẫu</translation>
        </message>
        <message>
            <source>%1: demo contest sonha-2024 ready
</source>
            <translation>%1: cuộc thi mẫu sonha-2024 đã sẵn sàng
</translation>
        </message>
    </context>
    <context>
        <name>ContestDatabase</name>
        <message>
            <source>%1 does not exist: run `contestctl --db %1 init` to create it</source>
            <translation>%1 không tồn tại: chạy lệnh `contestctl --db %1 init` để tạo mới</translation>
        </message>
        <message>
            <source>%1 holds no contest yet: run `contestctl --db %1 init` first</source>
            <translation>%1 chưa có cuộc thi nào: trước tiên hãy chạy lệnh `contestctl --db %1 init`</translation>
        </message>
        <message>
            <source>%1 has an older schema (version %2, now %3): run `contestctl --db %1 init` to upgrade it</source>
            <translation>%1 có cấu trúc dữ liệu cũ (phiên bản %2, hiện nay là %3): chạy lệnh `contestctl --db %1 init` để nâng cấp</translation>
        </message>
    </context>
    <context>
        <name>ContestSettings</name>
        <message>
            <source>key '%1'</source>
            <translation>mục '%1'</translation>
        </message>
        <message>
            <source>unknown topic '%1' (topics: %2)</source>
            <translation>không có chủ đề '%1' (các chủ đề hiện có: %2)</translation>
        </message>
        <message>
            <source>%1: cannot read the file: %2</source>
            <translation>%1: không đọc được tệp: %2</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>không được để trống</translation>
        </message>
        <message>
            <source>use only letters A-Z, digits, '.', '_' and '-' (it is part of the server's addresses), at most 64</source>
            <translation>chỉ dùng chữ cái A-Z, chữ số, '.', '_' và '-' (mã này là một phần địa chỉ của máy chủ), tối đa 64 ký tự</translation>
        </message>
        <message>
            <source>must be between 1 and 500</source>
            <translation>phải từ 1 đến 500</translation>
        </message>
        <message>
            <source>must name at least one topic</source>
            <translation>phải có ít nhất một chủ đề</translation>
        </message>
        <message>
            <source>topic '%1' is listed twice</source>
            <translation>chủ đề '%1' bị liệt kê hai lần</translation>
        </message>
        <message>
            <source>must be at least 1</source>
            <translation>phải lớn hơn hoặc bằng 1</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>không được là số âm</translation>
        </message>
        <message>
            <source>must not be negative (0 means unlimited)</source>
            <translation>không được là số âm (0 là không giới hạn)</translation>
        </message>
        <message>
            <source>use 1 to 32 lower-case letters, digits or '_'</source>
            <translation>dùng từ 1 đến 32 ký tự gồm chữ cái thường, chữ số hoặc '_'</translation>
        </message>
        <message>
            <source>prize key '%1' is used twice</source>
            <translation>mã giải '%1' bị dùng hai lần</translation>
        </message>
        <message>
            <source>must name at least one ranking key</source>
            <translation>phải có ít nhất một tiêu chí xếp hạng</translation>
        </message>
        <message>
            <source>'%1' is listed twice</source>
            <translation>'%1' bị liệt kê hai lần</translation>
        </message>
        <message>
            <source>must be an offset from -23:59 to +23:59</source>
            <translation>phải là độ lệch múi giờ từ -23:59 đến +23:59</translation>
        </message>
        <message>
            <source>expected text, got %1</source>
            <translation>cần một giá trị văn bản, nhưng nhận được %1</translation>
        </message>
        <message>
            <source>expected a whole number, got %1</source>
            <translation>cần một số nguyên, nhưng nhận được %1</translation>
        </message>
        <message>
            <source>"%1" is not an RFC 3339 date and time with a time zone offset, e.g. 2024-06-01T07:00:00+07:00</source>
            <translation>"%1" không phải là ngày giờ theo RFC 3339 có độ lệch múi giờ, ví dụ 2024-06-01T07:00:00+07:00</translation>
        </message>
        <message>
            <source>expected an object, got %1</source>
            <translation>cần một đối tượng, nhưng nhận được %1</translation>
        </message>
        <message>
            <source>expected a list, got %1</source>
            <translation>cần một danh sách, nhưng nhận được %1</translation>
        </message>
        <message>
            <source>unknown key (known keys: %1)</source>
            <translation>mục không hợp lệ (các mục hợp lệ: %1)</translation>
        </message>
        <message>
            <source>%1: the settings must be one JSON object { ... }</source>
            <translation>%1: thiết lập phải là một đối tượng JSON { ... }</translation>
        </message>
        <message>
            <source>expected "contestants", "submissions" or a whole number, got %1</source>
            <translation>cần "contestants", "submissions" hoặc một số nguyên, nhưng nhận được %1</translation>
        </message>
        <message>
            <source>"%1" is not one of best, first, last</source>
            <translation>"%1" không phải là một trong các giá trị best, first, last</translation>
        </message>
        <message>
            <source>"%1" is not a ranking key (%2)</source>
            <translation>"%1" không phải là tiêu chí xếp hạng (%2)</translation>
        </message>
        <message>
            <source>"%1" is not a time zone offset such as +07:00</source>
            <translation>"%1" không phải là độ lệch múi giờ (ví dụ +07:00)</translation>
        </message>
        <message>
            <source>The contest settings</source>
            <translation>Thiết lập cuộc thi</translation>
        </message>
        <message>
            <source>must be after the opening time (%1), but it is %2</source>
            <translation>phải sau thời điểm mở (%1), nhưng đang là %2</translation>
        </message>
        <message>
            <source>the counts add up to %1, but each attempt has %2 questions</source>
            <translation>tổng số câu là %1, nhưng mỗi lượt thi có %2 câu</translation>
        </message>
        <message>
            <source>must be between 0 and the questions per attempt (%1)</source>
            <translation>phải từ 0 đến số câu mỗi lượt thi (%1)</translation>
        </message>
        <message>
            <source>must be the site's https:// address without ?query or #fragment, e.g. https://thi.sonha.gov.vn, but it is "%1"</source>
            <translation>phải là địa chỉ https:// của trang thi, không có ?tham số hay #phân đoạn, ví dụ https://thi.sonha.gov.vn, nhưng đang là "%1"</translation>
        </message>
        <message>
            <source>must be at least 2 (a couple may share one phone)</source>
            <translation>phải từ 2 trở lên (hai vợ chồng có thể dùng chung một điện thoại)</translation>
        </message>
        <message>
            <source>must be between 0 and 60 seconds</source>
            <translation>phải từ 0 đến 60 giây</translation>
        </message>
        <message>
            <source>must be between 1 and 1440 minutes</source>
            <translation>phải từ 1 đến 1440 phút</translation>
        </message>
        <message>
            <source>must be at least 2 (one person may send again from the same device)</source>
            <translation>phải từ 2 trở lên (một người có thể gửi lại từ cùng thiết bị)</translation>
        </message>
        <message>
            <source>topic '%1' is retired</source>
            <translation>chủ đề '%1' đã ngừng sử dụng</translation>
        </message>
    </context>
    <context>
        <name>ContestSettingsPage</name>
        <message>
            <source>Contest settings</source>
            <translation>Thiết lập cuộc thi</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>Khôi &amp;phục</translation>
        </message>
        <message>
            <source>Discard the changes and show the stored settings again</source>
            <translation>Hủy các thay đổi và hiển thị lại thiết lập đã lưu</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <source>Contest</source>
            <translation>Cuộc thi</translation>
        </message>
        <message>
            <source>A short code without spaces; it is part of the contest server's addresses</source>
            <translation>Mã ngắn, không có dấu cách; mã này là một phần địa chỉ của máy chủ cuộc thi</translation>
        </message>
        <message>
            <source>Vietnam</source>
            <translation>Việt Nam</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Mã cuộc thi:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Tên cuộc thi:</translation>
        </message>
        <message>
            <source>&amp;Organiser:</source>
            <translation>Đơn vị tổ &amp;chức:</translation>
        </message>
        <message>
            <source>Time&amp;zone:</source>
            <translation>Múi g&amp;iờ:</translation>
        </message>
        <message>
            <source>Opens &amp;at:</source>
            <translation>&amp;Bắt đầu lúc:</translation>
        </message>
        <message>
            <source>C&amp;loses at:</source>
            <translation>&amp;Kết thúc lúc:</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Câu hỏi</translation>
        </message>
        <message>
            <source>Number of contestants</source>
            <translation>Số thí sinh</translation>
        </message>
        <message>
            <source>Number of valid submissions</source>
            <translation>Số bài dự thi hợp lệ</translation>
        </message>
        <message>
            <source>A fixed number</source>
            <translation>Một số cố định</translation>
        </message>
        <message>
            <source>&amp;Questions per attempt:</source>
            <translation>&amp;Số câu hỏi mỗi lượt thi:</translation>
        </message>
        <message>
            <source>Questions drawn from each topic:</source>
            <translation>Số câu hỏi lấy từ mỗi chủ đề:</translation>
        </message>
        <message>
            <source>&amp;Prediction question:</source>
            <translation>Câu hỏi &amp;dự đoán:</translation>
        </message>
        <message>
            <source>Prediction compared with:</source>
            <translation>Dự đoán được so với:</translation>
        </message>
        <message>
            <source>Attempts and certificates</source>
            <translation>Lượt thi và Giấy chứng nhận</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <translation>Không giới hạn</translation>
        </message>
        <message>
            <source>The best attempt</source>
            <translation>Lượt thi có kết quả tốt nhất</translation>
        </message>
        <message>
            <source>The first attempt</source>
            <translation>Lượt thi đầu tiên</translation>
        </message>
        <message>
            <source>The last attempt</source>
            <translation>Lượt thi cuối cùng</translation>
        </message>
        <message>
            <source> correct answers</source>
            <translation> câu trả lời đúng</translation>
        </message>
        <message>
            <source>&amp;Attempts allowed per person:</source>
            <translation>Số lượt thi tối đa mỗi &amp;người:</translation>
        </message>
        <message>
            <source>Attempt &amp;that counts:</source>
            <translation>Lượt thi được tín&amp;h:</translation>
        </message>
        <message>
            <source>Certificate &amp;from:</source>
            <translation>Cấp &amp;Giấy chứng nhận từ:</translation>
        </message>
        <message>
            <source>Prizes</source>
            <translation>Giải thưởng</translation>
        </message>
        <message>
            <source>Individual prizes, best first:</source>
            <translation>Giải cá nhân, từ giải cao nhất:</translation>
        </message>
        <message>
            <source>Collective prizes (units):</source>
            <translation>Giải tập thể (đơn vị):</translation>
        </message>
        <message>
            <source>Amount for each unit:</source>
            <translation>Mức thưởng cho mỗi đơn vị:</translation>
        </message>
        <message>
            <source>Individual ranking order</source>
            <translation>Thứ tự xếp hạng cá nhân</translation>
        </message>
        <message>
            <source>Contestants are compared by the first key; the next key decides only between those still equal.</source>
            <translation>Thí sinh được so sánh theo tiêu chí thứ nhất; tiêu chí tiếp theo chỉ dùng để phân định giữa những người vẫn bằng nhau.</translation>
        </message>
        <message>
            <source>Stored settings, version %1</source>
            <translation>Thiết lập đã lưu, phiên bản %1</translation>
        </message>
        <message>
            <source>Nothing stored yet: these are the defaults of the plan. Save them to use them.</source>
            <translation>Chưa lưu thiết lập nào: đây là các giá trị mặc định theo Kế hoạch. Hãy lưu lại để sử dụng.</translation>
        </message>
        <message>
            <source>The stored settings cannot be read:
%1</source>
            <translation>Không đọc được thiết lập đã lưu:
%1</translation>
        </message>
        <message>
            <source>&lt;b&gt;These settings cannot be saved yet:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Chưa thể lưu các thiết lập này:&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Save contest settings</source>
            <translation>Lưu thiết lập cuộc thi</translation>
        </message>
        <message>
            <source>The settings were not saved.

%1</source>
            <translation>Chưa lưu được thiết lập.

%1</translation>
        </message>
        <message>
            <source>%1, row %2</source>
            <translation>%1, dòng %2</translation>
        </message>
    </context>
    <context>
        <name>CreateAdministratorDialog</name>
        <message>
            <source>Create the administrator account</source>
            <translation>Tạo tài khoản quản trị</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; has no user accounts yet. Create the account of the contest committee's administrator: it can add the other accounts (question authors, judges, secretaries). From then on everyone logs in, in this application and in contestctl.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; chưa có tài khoản người dùng. Hãy tạo tài khoản quản trị của Ban Tổ chức: tài khoản này thêm được các tài khoản khác (người soạn câu hỏi, giám khảo, thư ký). Từ đó trở đi mọi người đều phải đăng nhập, trong ứng dụng này và trong contestctl.</translation>
        </message>
        <message>
            <source>Contest Admin needs the administrator's account before it opens %1: the account is what keeps the results, the answer keys and the personal data to the people allowed to see them.

Quit without creating it? (Nothing is changed; the next start asks again.)</source>
            <translation>Quản trị Cuộc thi cần tài khoản quản trị trước khi mở %1: tài khoản này bảo đảm kết quả, đáp án và dữ liệu cá nhân chỉ đến với người được phép xem.

Thoát mà không tạo tài khoản? (Không có gì thay đổi; lần khởi động sau chương trình sẽ hỏi lại.)</translation>
        </message>
    </context>
    <context>
        <name>CsvQuestionParser</name>
        <message>
            <source>%1 fields, but the header has %2 columns (a value with a delimiter must be in quotes)</source>
            <translation>có %1 trường, nhưng dòng tiêu đề có %2 cột (giá trị có chứa dấu phân cách phải đặt trong dấu ngoặc kép)</translation>
        </message>
        <message>
            <source>'%1' names an empty option</source>
            <translation>'%1' là một phương án để trống</translation>
        </message>
        <message>
            <source>empty; write the letter of the correct option (A-F)</source>
            <translation>để trống; hãy ghi chữ cái của phương án đúng (A-F)</translation>
        </message>
        <message>
            <source>'%1' is not an option letter A-F</source>
            <translation>'%1' không phải là chữ cái phương án (A-F)</translation>
        </message>
        <message>
            <source>'%1': use easy, medium or hard</source>
            <translation>'%1': dùng easy (dễ), medium (trung bình) hoặc hard (khó)</translation>
        </message>
    </context>
    <context>
        <name>CsvTable</name>
        <message>
            <source>%1: cannot read the file: %2</source>
            <translation>%1: không đọc được tệp: %2</translation>
        </message>
        <message>
            <source>%1:%2: unexpected character '%3' after a closing quote (write a quote inside a quoted field as "")</source>
            <translation>%1:%2: ký tự '%3' không hợp lệ sau dấu ngoặc kép đóng (dấu ngoặc kép nằm trong trường đặt trong ngoặc kép phải viết là "")</translation>
        </message>
        <message>
            <source>%1:%2: a quoted field is never closed (missing ")</source>
            <translation>%1:%2: trường đặt trong ngoặc kép chưa được đóng (thiếu ")</translation>
        </message>
        <message>
            <source>%1: the file is empty (no header row)</source>
            <translation>%1: tệp trống (không có dòng tiêu đề)</translation>
        </message>
        <message>
            <source>unknown column '%1' (expected: %2)</source>
            <translation>cột '%1' không hợp lệ (các cột cần có: %2)</translation>
        </message>
        <message>
            <source>column '%1' appears twice</source>
            <translation>cột '%1' xuất hiện hai lần</translation>
        </message>
        <message>
            <source>missing column '%1' (the header must be: %2)</source>
            <translation>thiếu cột '%1' (dòng tiêu đề phải là: %2)</translation>
        </message>
        <message>
            <source>%1:%2: column '%3'</source>
            <translation>%1:%2: cột '%3'</translation>
        </message>
        <message>
            <source>%1 fields, but the header has %2 columns (a value with a delimiter must be in quotes)</source>
            <translation>có %1 trường, nhưng dòng tiêu đề có %2 cột (giá trị có chứa dấu phân cách phải đặt trong dấu ngoặc kép)</translation>
        </message>
    </context>
    <context>
        <name>CtlContext</name>
        <message>
            <source>note: %1 was readable by other users of this computer; it is now readable by you only (0600)</source>
            <translation>lưu ý: %1 từng đọc được bởi người dùng khác trên máy này; nay chỉ bạn đọc được (0600)</translation>
        </message>
        <message>
            <source>%1 needs a value</source>
            <translation>%1 cần một giá trị</translation>
        </message>
        <message>
            <source>unknown option %1 (usage: contestctl %2)</source>
            <translation>tùy chọn không xác định %1 (cách dùng: contestctl %2)</translation>
        </message>
        <message>
            <source>usage: contestctl %1</source>
            <translation>cách dùng: contestctl %1</translation>
        </message>
        <message>
            <source>%1 has no accounts yet, so --user %2 cannot log in; create the administrator first: contestctl users add NAME --role committee</source>
            <translation>%1 chưa có tài khoản nào nên --user %2 không thể đăng nhập; hãy tạo tài khoản quản trị trước: contestctl users add TÊN --role committee</translation>
        </message>
        <message>
            <source>%1 has user accounts: log in with --user NAME (the password from CONTEST_PASSWORD, or asked on the terminal)</source>
            <translation>%1 đã có tài khoản người dùng: hãy đăng nhập bằng --user TÊN (mật khẩu lấy từ CONTEST_PASSWORD, hoặc được hỏi trên cửa sổ lệnh)</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>%1: the folder %2 does not exist</source>
            <translation>%1: thư mục %2 không tồn tại</translation>
        </message>
        <message>
            <source>cannot open %1</source>
            <translation>không mở được %1</translation>
        </message>
        <message>
            <source>the database is locked by another program; try again when it has finished (%1)</source>
            <translation>cơ sở dữ liệu đang bị một chương trình khác khóa; hãy thử lại khi chương trình đó đã hoàn tất (%1)</translation>
        </message>
        <message>
            <source>database error</source>
            <translation>lỗi cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>cannot start a transaction</source>
            <translation>không bắt đầu được giao dịch cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>cannot commit</source>
            <translation>không ghi được thay đổi vào cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>the Qt SQL driver %1 is not installed (Debian package %2)</source>
            <translation>chưa cài trình điều khiển Qt SQL %1 (gói Debian %2)</translation>
        </message>
        <message>
            <source>cannot connect to the PostgreSQL database %1 on %2:%3 as %4: %5</source>
            <translation>không kết nối được cơ sở dữ liệu PostgreSQL %1 trên %2:%3 với người dùng %4: %5</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>not a valid database URL (postgresql://user:password@host:port/dbname)</source>
            <translation>địa chỉ cơ sở dữ liệu không hợp lệ (postgresql://người_dùng:mật_khẩu@máy_chủ:cổng/tên_csdl)</translation>
        </message>
        <message>
            <source>the URL names no database (…/dbname at its end)</source>
            <translation>địa chỉ không nêu tên cơ sở dữ liệu (…/tên_csdl ở cuối)</translation>
        </message>
        <message>
            <source>the URL option '%1' is not valid</source>
            <translation>tùy chọn '%1' trong địa chỉ không hợp lệ</translation>
        </message>
        <message>
            <source>%1 values for the parameters of: %2</source>
            <translation>%1 giá trị cho các tham số của câu lệnh: %2</translation>
        </message>
    </context>
    <context>
        <name>DatabasePasswords</name>
        <message>
            <source>Database password</source>
            <translation>Mật khẩu cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>Password for %1:</source>
            <translation>Mật khẩu cho %1:</translation>
        </message>
    </context>
    <context>
        <name>DatabaseRestore</name>
        <message>
            <source>%1 does not exist or is not a file</source>
            <translation>%1 không tồn tại hoặc không phải là tệp</translation>
        </message>
        <message>
            <source>%1 is the database itself: choose a backup file</source>
            <translation>%1 chính là cơ sở dữ liệu đang dùng: hãy chọn một tệp sao lưu</translation>
        </message>
        <message>
            <source>%1: the folder %2 does not exist</source>
            <translation>%1: thư mục %2 không tồn tại</translation>
        </message>
        <message>
            <source>%1 could not be copied beside %2 (disk full or no permission?)</source>
            <translation>không sao chép được %1 vào cạnh %2 (đầy đĩa hoặc không có quyền?)</translation>
        </message>
        <message>
            <source>%1 is open in another program (Contest Admin or a contestctl run): close it there first; nothing was changed</source>
            <translation>%1 đang được mở trong chương trình khác (Quản trị Cuộc thi hoặc một lần chạy contestctl): hãy đóng ở đó trước; chưa có gì thay đổi</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>không đọc được</translation>
        </message>
        <message>
            <source>%1 already holds a database (%2).
The backup %3 holds %4.
Restoring replaces the database and keeps it as %1.before-restore-…; repeat with --force to do it</source>
            <translation>%1 đã chứa một cơ sở dữ liệu (%2).
Bản sao lưu %3 chứa %4.
Khôi phục sẽ thay cơ sở dữ liệu và giữ bản cũ với tên %1.before-restore-…; chạy lại với --force để thực hiện</translation>
        </message>
        <message>
            <source>%1 could not be kept as %2; nothing was changed</source>
            <translation>không giữ được %1 với tên %2; chưa có gì thay đổi</translation>
        </message>
        <message>
            <source>%1 could not be replaced; it is unchanged</source>
            <translation>không thay được %1; nó không thay đổi</translation>
        </message>
        <message>
            <source>%1 is a PostgreSQL database: restore a pg_dump file with pg_restore into a new, empty database, check that its locked results and accounts match its audit log, then use that one:
  %2
  %3</source>
            <translation>%1 là cơ sở dữ liệu PostgreSQL: hãy khôi phục tệp pg_dump bằng pg_restore vào một cơ sở dữ liệu mới, trống, kiểm tra kết quả đã chốt và các tài khoản có khớp với nhật ký thao tác không, rồi dùng cơ sở dữ liệu đó:
  %2
  %3</translation>
        </message>
        <message>
            <source>%1 does not match its own audit log: the results locked in it or its accounts were changed outside Contest Admin:
%2
Nothing was restored.</source>
            <translation>%1 không khớp với chính nhật ký thao tác của nó: kết quả đã chốt hoặc các tài khoản trong đó đã bị thay đổi ngoài Quản trị Cuộc thi:
%2
Chưa khôi phục gì.</translation>
        </message>
        <message>
            <source>the restore could not be recorded in the audit log; nothing was changed: %1</source>
            <translation>không ghi được việc khôi phục vào nhật ký thao tác; chưa có gì thay đổi: %1</translation>
        </message>
    </context>
    <context>
        <name>DecisionsPage</name>
        <message>
            <source>&amp;Decide tie…</source>
            <translation>&amp;Phân xử trường hợp bằng điểm…</translation>
        </message>
        <message>
            <source>Unresolved ties (the judges decide)</source>
            <translation>Các trường hợp bằng điểm chưa phân xử (Ban Giám khảo quyết định)</translation>
        </message>
        <message>
            <source>&amp;Review: withdraw…</source>
            <translation>&amp;Xem xét lại: hủy bỏ…</translation>
        </message>
        <message>
            <source>Withdraw this decision (with a reason) so that the judges can decide the tie as it now stands.</source>
            <translation>Hủy bỏ quyết định này (kèm theo lý do) để Ban Giám khảo phân xử lại trường hợp bằng điểm theo tình hình hiện tại.</translation>
        </message>
        <message>
            <source>Decisions to review (they no longer match a tie)</source>
            <translation>Các quyết định cần xem xét lại (không còn khớp với trường hợp bằng điểm nào)</translation>
        </message>
        <message>
            <source>&amp;Withdraw…</source>
            <translation>Hủ&amp;y bỏ…</translation>
        </message>
        <message>
            <source>Judges' decisions in force</source>
            <translation>Các quyết định của Ban Giám khảo đang có hiệu lực</translation>
        </message>
        <message>
            <source>%1: order %2. Reason: %3 (by %4, %5)</source>
            <translation>%1: thứ tự %2. Lý do: %3 (người quyết định: %4, %5)</translation>
        </message>
        <message>
            <source>%1
Why to review: %2</source>
            <translation>%1
Lý do cần xem xét lại: %2</translation>
        </message>
        <message>
            <source>#%1 %2 Judges: %3</source>
            <translation>#%1 %2 Ban Giám khảo: %3</translation>
        </message>
    </context>
    <context>
        <name>Exclusion</name>
        <message>
            <source>ID number</source>
            <translation>Số CCCD/CMND</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Số điện thoại</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
    </context>
    <context>
        <name>ExclusionImporter</name>
        <message>
            <source>empty; use id_number, phone or unit</source>
            <translation>để trống; dùng id_number, phone hoặc unit</translation>
        </message>
        <message>
            <source>unknown type '%1'; use id_number, phone or unit</source>
            <translation>loại '%1' không hợp lệ; dùng id_number, phone hoặc unit</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>để trống</translation>
        </message>
        <message>
            <source>'%1' is not an ID number (12 digits, or 9 for an old CMND)</source>
            <translation>'%1' không phải là số CCCD/CMND (12 chữ số, hoặc 9 chữ số đối với CMND cũ)</translation>
        </message>
        <message>
            <source>'%1' is not a usable phone number (10 digits starting with 0, or +84...)</source>
            <translation>'%1' không phải là số điện thoại hợp lệ (10 chữ số bắt đầu bằng 0, hoặc +84...)</translation>
        </message>
        <message>
            <source>unknown unit '%1'; import the units first</source>
            <translation>không có đơn vị '%1'; hãy nhập danh sách đơn vị trước</translation>
        </message>
        <message>
            <source>empty; say why (e.g. member of the organising committee)</source>
            <translation>để trống; hãy ghi lý do (ví dụ: thành viên Ban Tổ chức)</translation>
        </message>
        <message>
            <source>%1 %2 is already listed on line %3</source>
            <translation>%1 %2 đã có ở dòng %3</translation>
        </message>
        <message>
            <source>no entries in the file (only a header)</source>
            <translation>tệp không có mục nào (chỉ có dòng tiêu đề)</translation>
        </message>
    </context>
    <context>
        <name>ExclusionIndex</name>
        <message>
            <source>%1 %2 is on the exclusion list (%3)</source>
            <translation>%1 %2 có trong danh sách không được xét giải (%3)</translation>
        </message>
        <message>
            <source>excluded by the judges: %1</source>
            <translation>bị Ban Giám khảo loại: %1</translation>
        </message>
    </context>
    <context>
        <name>ExclusionTableModel</name>
        <message>
            <source>Type</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>ID number, phone or unit</source>
            <translation>Số CCCD/CMND, số điện thoại hoặc đơn vị</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
    </context>
    <context>
        <name>ExclusionsPage</name>
        <message>
            <source>Exclusion list</source>
            <translation>Danh sách không được xét giải</translation>
        </message>
        <message>
            <source>People and units not eligible for individual prizes: members of the organising committee, the jury, the secretariat and the technical staff, and every official of a unit that has such a member. Import the list from a CSV file with the columns type, value, reason.</source>
            <translation>Những cá nhân và đơn vị không được xét giải cá nhân: thành viên Ban Tổ chức, Ban Giám khảo, Tổ Thư ký, người phụ trách kỹ thuật và toàn bộ cán bộ, công chức, viên chức của đơn vị có thành viên nêu trên. Nhập danh sách từ tệp CSV có các cột type, value, reason.</translation>
        </message>
        <message>
            <source>Import exclusion list</source>
            <translation>Nhập danh sách không được xét giải</translation>
        </message>
        <message numerus="yes">
            <source>%Ln entry(ies)</source>
            <translation>
                <numerusform>%Ln mục</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln entry(ies) shown</source>
            <translation>
                <numerusform>Đang hiển thị %1/%Ln mục</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GiftParser</name>
        <message>
            <source>the title starting with '::' is never closed with '::'</source>
            <translation>tiêu đề bắt đầu bằng '::' nhưng không được đóng bằng '::'</translation>
        </message>
        <message>
            <source>it has no answers in braces: a description, not a question</source>
            <translation>không có đáp án trong cặp ngoặc nhọn: đây là đoạn mô tả, không phải câu hỏi</translation>
        </message>
        <message>
            <source>question '%1': its answers open with '{' but never close with '}'</source>
            <translation>câu hỏi '%1': phần đáp án mở bằng '{' nhưng không đóng bằng '}'</translation>
        </message>
        <message>
            <source>an essay question ({}) has no options to choose from</source>
            <translation>câu hỏi tự luận ({}) không có phương án để lựa chọn</translation>
        </message>
        <message>
            <source>a numerical question ({#...}) has no options to choose from</source>
            <translation>câu hỏi trả lời bằng số ({#...}) không có phương án để lựa chọn</translation>
        </message>
        <message>
            <source>a matching question (=item -&gt; match) is not single-answer multiple choice</source>
            <translation>câu hỏi ghép nối (=item -&gt; match) không phải là câu hỏi trắc nghiệm một đáp án</translation>
        </message>
        <message>
            <source>a short-answer question (only '=' answers) has no wrong options to choose from</source>
            <translation>câu hỏi trả lời ngắn (chỉ có đáp án '=') không có phương án sai để lựa chọn</translation>
        </message>
        <message>
            <source>several answers carry credit (%weights); a contest question has exactly one correct option</source>
            <translation>nhiều đáp án được tính điểm (%weights); mỗi câu hỏi của cuộc thi chỉ có đúng một phương án đúng</translation>
        </message>
        <message>
            <source>question '%1' has no correct answer (mark it with '=')</source>
            <translation>câu hỏi '%1' không có đáp án đúng (hãy đánh dấu bằng '=')</translation>
        </message>
        <message>
            <source>question '%1' has %2 options; at most %3</source>
            <translation>câu hỏi '%1' có %2 phương án; tối đa %3</translation>
        </message>
        <message>
            <source>question '%1': the answers must start with '=' (right) or '~' (wrong)</source>
            <translation>câu hỏi '%1': các đáp án phải bắt đầu bằng '=' (đúng) hoặc '~' (sai)</translation>
        </message>
    </context>
    <context>
        <name>ImportPlan</name>
        <message>
            <source>cannot read the file: %1</source>
            <translation>không đọc được tệp: %1</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>Added</source>
            <translation>Thêm mới</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Cập nhật</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Giữ nguyên</translation>
        </message>
        <message>
            <source>units</source>
            <translation>đơn vị</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại hình</translation>
        </message>
        <message>
            <source>Headcount</source>
            <translation>Số cán bộ (biên chế)</translation>
        </message>
        <message>
            <source>Collective prize</source>
            <translation>Giải tập thể</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>Được xét giải</translation>
        </message>
        <message>
            <source>Not eligible</source>
            <translation>Không được xét giải</translation>
        </message>
        <message>
            <source>exclusions</source>
            <translation>danh sách không được xét giải</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Giá trị</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import %1 from %2</source>
            <translation>Nhập %1 từ %2</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Nhập</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>%1 to add, %2 to update, %3 unchanged.</source>
            <translation>%1 dòng thêm mới, %2 dòng cập nhật, %3 dòng giữ nguyên.</translation>
        </message>
        <message>
            <source>There is nothing to import.</source>
            <translation>Không có dữ liệu nào cần nhập.</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Thay đổi</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%1 cannot be imported.&lt;/b&gt; Nothing has been changed. Correct these %Ln problem(s) in the file and import it again:</source>
            <translation>
                <numerusform>&lt;b&gt;Không thể nhập %1.&lt;/b&gt; Chưa có thay đổi nào. Hãy sửa %Ln lỗi sau trong tệp rồi nhập lại:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 holds %Ln row(s): </source>
            <translation>
                <numerusform>%1 có %Ln dòng: </numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IndividualRankingModel</name>
        <message>
            <source>Yes</source>
            <translation>Có</translation>
        </message>
        <message>
            <source>No: %1</source>
            <translation>Không: %1</translation>
        </message>
        <message>
            <source>Unresolved tie — judges decide</source>
            <translation>Bằng điểm chưa phân xử — Ban Giám khảo quyết định</translation>
        </message>
        <message>
            <source>Equal on every ranking key at a prize boundary: the judges decide the order (double-click the row).</source>
            <translation>Bằng nhau ở mọi tiêu chí xếp hạng tại ranh giới giải: Ban Giám khảo quyết định thứ tự (nhấp đúp vào dòng này).</translation>
        </message>
        <message>
            <source>Order decided by the judges.</source>
            <translation>Thứ tự do Ban Giám khảo quyết định.</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Hạng</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Năm sinh</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Số câu đúng</translation>
        </message>
        <message>
            <source>Prediction</source>
            <translation>Dự đoán</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Sai số</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Thời gian làm bài</translation>
        </message>
        <message>
            <source>Submitted at</source>
            <translation>Thời điểm nộp bài</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>Được xét giải</translation>
        </message>
        <message>
            <source>Prize</source>
            <translation>Giải</translation>
        </message>
    </context>
    <context>
        <name>IndividualRankingPage</name>
        <message>
            <source>Find by name, ID number, phone or unit…</source>
            <translation>Tìm theo họ tên, số CCCD/CMND, số điện thoại hoặc đơn vị…</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Hiển thị:</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Tất cả</translation>
        </message>
        <message>
            <source>Prize winners</source>
            <translation>Người đạt giải</translation>
        </message>
        <message>
            <source>Not eligible</source>
            <translation>Không được xét giải</translation>
        </message>
        <message>
            <source>Unresolved ties</source>
            <translation>Bằng điểm chưa phân xử</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contestant(s)</source>
            <translation>
                <numerusform>%Ln thí sinh</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln contestant(s)</source>
            <translation>
                <numerusform>%1/%Ln thí sinh</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IntegrityCaseModel</name>
        <message>
            <source>Identity</source>
            <translation>Danh tính</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Tốc độ</translation>
        </message>
        <message>
            <source>Many people, one device</source>
            <translation>Nhiều người, một thiết bị</translation>
        </message>
        <message>
            <source>Copying</source>
            <translation>Sao chép bài</translation>
        </message>
        <message>
            <source>Excluded by the judges: %1</source>
            <translation>Ban Giám khảo loại: %1</translation>
        </message>
        <message>
            <source>Cleared by the judges: %1</source>
            <translation>Ban Giám khảo đã xem xét, không vi phạm: %1</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>Chưa quyết định</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Người liên quan</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Bằng chứng</translation>
        </message>
        <message>
            <source>Prize at stake</source>
            <translation>Giải có thể bị ảnh hưởng</translation>
        </message>
        <message>
            <source>Judges' decision</source>
            <translation>Quyết định của Ban Giám khảo</translation>
        </message>
    </context>
    <context>
        <name>IntegrityCasesPage</name>
        <message>
            <source>Cases found among the valid submissions for the judges to look at. A case is a reason to look, never a verdict: families and offices share phones and connections. Prize winners' cases come first; locking waits for their decision.</source>
            <translation>Các trường hợp nghi vấn tìm thấy trong các bài dự thi hợp lệ để Ban Giám khảo xem xét. Một trường hợp nghi vấn là lý do để xem xét, không phải kết luận: gia đình và cơ quan dùng chung điện thoại và đường truyền. Trường hợp của người đạt giải được xếp trước; chỉ chốt kết quả được khi đã có quyết định về các trường hợp đó.</translation>
        </message>
        <message>
            <source>&amp;Decide…</source>
            <translation>&amp;Quyết định…</translation>
        </message>
        <message>
            <source>Clear the selected case, or exclude its contestants with a reason (judges only).</source>
            <translation>Xác nhận không vi phạm, hoặc loại các thí sinh của trường hợp đã chọn kèm lý do (chỉ Ban Giám khảo).</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s), %1 not decided</source>
            <translation>
                <numerusform>%n trường hợp, %1 chưa quyết định</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IntegrityCommands</name>
        <message>
            <source>[excluded by the judges: %1]
</source>
            <translation>[Ban Giám khảo đã loại: %1]
</translation>
        </message>
        <message>
            <source>[cleared by the judges: %1]
</source>
            <translation>[Ban Giám khảo đã xem xét và bỏ qua: %1]
</translation>
        </message>
        <message>
            <source>prize at stake: %1</source>
            <translation>giải có thể bị ảnh hưởng: %1</translation>
        </message>
        <message>
            <source>%1 case(s)
</source>
            <translation>%1 trường hợp
</translation>
        </message>
        <message>
            <source>say --case ID and one of --clear or --exclude</source>
            <translation>hãy ghi --case MÃ và một trong hai --clear hoặc --exclude</translation>
        </message>
        <message>
            <source>--contestant goes with --exclude, not --clear</source>
            <translation>--contestant đi với --exclude, không đi với --clear</translation>
        </message>
        <message>
            <source>case %1: %2 excluded by the judges
</source>
            <translation>trường hợp %1: Ban Giám khảo đã loại %2
</translation>
        </message>
        <message>
            <source>case %1: cleared by the judges
</source>
            <translation>trường hợp %1: Ban Giám khảo đã xem xét và bỏ qua
</translation>
        </message>
        <message>
            <source>there is no case %1 now (contestctl integrity lists them)</source>
            <translation>hiện không có trường hợp %1 (contestctl integrity liệt kê các trường hợp)</translation>
        </message>
    </context>
    <context>
        <name>IntegrityDecisionDialog</name>
        <message>
            <source>Decide integrity case</source>
            <translation>Quyết định trường hợp nghi vấn</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; · case %2%3&lt;br&gt;The evidence is a reason to look, not a verdict: clear the case if it has an honest explanation.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · trường hợp %2%3&lt;br&gt;Bằng chứng là lý do để xem xét, không phải kết luận: hãy xác nhận không vi phạm nếu có lời giải thích chính đáng.</translation>
        </message>
        <message>
            <source> · prize at stake: %1</source>
            <translation> · giải có thể bị ảnh hưởng: %1</translation>
        </message>
        <message>
            <source>&amp;Clear: looked at, nothing unfair</source>
            <translation>&amp;Không vi phạm: đã xem xét, không có gì gian lận</translation>
        </message>
        <message>
            <source>&amp;Exclude the people ticked below from the prizes</source>
            <translation>&amp;Loại những người được đánh dấu dưới đây khỏi xét giải</translation>
        </message>
        <message>
            <source>Decision:</source>
            <translation>Quyết định:</translation>
        </message>
        <message>
            <source>&amp;People:</source>
            <translation>&amp;Người liên quan:</translation>
        </message>
        <message>
            <source>What the judges found (required; an exclusion's reason is shown in the results)</source>
            <translation>Ban Giám khảo nhận thấy gì (bắt buộc; lý do loại được hiển thị trong kết quả)</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Lý do:</translation>
        </message>
        <message>
            <source>Names of the judges present (required)</source>
            <translation>Họ tên các thành viên Ban Giám khảo có mặt (bắt buộc)</translation>
        </message>
        <message>
            <source>&amp;Judges present:</source>
            <translation>&amp;Ban Giám khảo có mặt:</translation>
        </message>
        <message>
            <source>&amp;Record decision</source>
            <translation>&amp;Ghi quyết định</translation>
        </message>
    </context>
    <context>
        <name>IntegrityDecisions</name>
        <message>
            <source>a decision needs its reason (--reason)</source>
            <translation>quyết định cần có lý do (--reason)</translation>
        </message>
        <message>
            <source>a decision names the judges who took it (--judges)</source>
            <translation>quyết định phải ghi tên các thành viên Ban Giám khảo đã đưa ra (--judges)</translation>
        </message>
        <message>
            <source>the results are locked: the committee must unlock them (with a reason) before a case is decided</source>
            <translation>kết quả đã chốt: Ban Tổ chức phải gỡ chốt (có lý do) trước khi quyết định một trường hợp</translation>
        </message>
        <message>
            <source>%1 is not one of case %2's contestants (%3)</source>
            <translation>%1 không thuộc những người dự thi của trường hợp %2 (%3)</translation>
        </message>
    </context>
    <context>
        <name>IntegrityScan</name>
        <message numerus="yes">
            <source>ID number %1 was used under %n different names or birth years: %2</source>
            <translation>
                <numerusform>số định danh %1 được dùng với %n họ tên hoặc năm sinh khác nhau: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>one phone %1 under %2 ID numbers and %3 names: %4</source>
            <translation>một số điện thoại %1 dùng cho %2 số định danh và %3 họ tên: %4</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 giây</translation>
        </message>
        <message numerus="yes">
            <source>%n submission(s) of %1 questions answered in %2; a person needs at least %3 s (%4 s a question)</source>
            <translation>
                <numerusform>%n bài thi %1 câu được làm trong %2; một người cần ít nhất %3 giây (%4 giây mỗi câu)</numerusform>
            </translation>
        </message>
        <message>
            <source>1 in %1</source>
            <translation>1 trên %1</translation>
        </message>
        <message>
            <source>1 in %1 million</source>
            <translation>1 trên %1 triệu</translation>
        </message>
        <message>
            <source>1 in %1 billion</source>
            <translation>1 trên %1 tỷ</translation>
        </message>
        <message>
            <source>1 in 10^%1</source>
            <translation>1 trên 10^%1</translation>
        </message>
        <message>
            <source>%1 and %2 were drawn %3 questions in common and both answered %4 of them wrong, with the same wrong answer %5 times (%6). For two people answering on their own, choosing among the wrong answers as everyone who answered those questions wrong did, the chance of that is %7; with %8 pairs of submissions in the contest, chance would make a pair this alike about once in %9 contests</source>
            <translation>%1 và %2 cùng được rút %3 câu hỏi, cả hai trả lời sai %4 câu trong số đó, với cùng một phương án sai %5 lần (%6). Với hai người tự làm bài, chọn phương án sai như mọi người đã trả lời sai các câu đó, khả năng ngẫu nhiên như vậy là %7; với %8 cặp bài dự thi trong cuộc thi, sự trùng hợp ngẫu nhiên đến mức này chỉ xảy ra khoảng một lần trong %9 cuộc thi</translation>
        </message>
        <message>
            <source>%1 and %2: %3 questions in common, %4 of them wrong for both, the same wrong answer %5 times (%6), by chance %7</source>
            <translation>%1 và %2: %3 câu hỏi chung, cả hai trả lời sai %4 câu, cùng một phương án sai %5 lần (%6), khả năng ngẫu nhiên %7</translation>
        </message>
        <message numerus="yes">
            <source>%n people whose answers agree, wrong answers included, far beyond chance, pair by pair: %1. The chance model is the one of a pair answering on their own; with %2 pairs of submissions in the contest, chance would make the most alike of these pairs about once in %3 contests</source>
            <translation>
                <numerusform>%n người có bài làm trùng nhau, kể cả các câu trả lời sai, vượt xa mức ngẫu nhiên, theo từng cặp: %1. Khả năng ngẫu nhiên được tính như với hai người tự làm bài; với %2 cặp bài dự thi trong cuộc thi, sự trùng hợp ngẫu nhiên như cặp giống nhau nhất ở đây chỉ xảy ra khoảng một lần trong %3 cuộc thi</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IntegrityThresholdsEditor</name>
        <message>
            <source>Integrity cases for the judges</source>
            <translation>Trường hợp nghi vấn trình Ban Giám khảo</translation>
        </message>
        <message>
            <source>The judges are shown a case when one of these is seen; higher values keep households and offices that share a device out of the cases.</source>
            <translation>Ban Giám khảo được báo một trường hợp khi gặp một trong các dấu hiệu sau; giá trị cao hơn giúp các gia đình, cơ quan dùng chung thiết bị không bị đưa vào diện nghi vấn.</translation>
        </message>
        <message>
            <source> ID numbers</source>
            <translation> số định danh</translation>
        </message>
        <message>
            <source> s per question</source>
            <translation> giây mỗi câu</translation>
        </message>
        <message>
            <source>No speed check</source>
            <translation>Không kiểm tra tốc độ</translation>
        </message>
        <message>
            <source> people</source>
            <translation> người</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> phút</translation>
        </message>
        <message>
            <source>One &amp;phone used by at least:</source>
            <translation>Một số điện &amp;thoại dùng cho từ:</translation>
        </message>
        <message>
            <source>Answered &amp;faster than:</source>
            <translation>Làm bài &amp;nhanh hơn:</translation>
        </message>
        <message>
            <source>One &amp;device sending for at least:</source>
            <translation>Một thiết &amp;bị gửi bài cho từ:</translation>
        </message>
        <message>
            <source>…all &amp;within:</source>
            <translation>…tất cả trong &amp;vòng:</translation>
        </message>
    </context>
    <context>
        <name>JudgingPipeline</name>
        <message>
            <source>%1: item %2 is not a submission object; nothing was imported</source>
            <translation>%1: mục %2 không phải là đối tượng bài dự thi; chưa nhập dữ liệu nào</translation>
        </message>
        <message>
            <source>%1:%2: not JSON (%3); nothing was imported</source>
            <translation>%1:%2: không phải dữ liệu JSON (%3); chưa nhập dữ liệu nào</translation>
        </message>
        <message>
            <source>; nothing was imported</source>
            <translation>; chưa nhập dữ liệu nào</translation>
        </message>
        <message>
            <source>%1:%2: a line must hold one submission object { ... }; nothing was imported</source>
            <translation>%1:%2: mỗi dòng phải chứa một đối tượng bài dự thi { ... }; chưa nhập dữ liệu nào</translation>
        </message>
        <message>
            <source>%1:%2: not a submission object; nothing was imported</source>
            <translation>%1:%2: không phải một đối tượng bài dự thi; chưa nhập gì</translation>
        </message>
    </context>
    <context>
        <name>KeyCorrection</name>
        <message>
            <source>there is no question %1</source>
            <translation>không có câu hỏi %1</translation>
        </message>
        <message>
            <source>question %1 has no option %2 (its options: %3)</source>
            <translation>câu hỏi %1 không có phương án %2 (các phương án: %3)</translation>
        </message>
        <message>
            <source>%1 is already the key of question %2</source>
            <translation>%1 đã là đáp án của câu hỏi %2</translation>
        </message>
        <message>
            <source>the results are locked: unlock them first, with a reason (contestctl results unlock --reason TEXT), then correct the key</source>
            <translation>kết quả đã chốt: hãy gỡ chốt trước, có lý do (contestctl results unlock --reason LÝ_DO), rồi mới sửa đáp án</translation>
        </message>
    </context>
    <context>
        <name>KeyCorrectionDialog</name>
        <message>
            <source>Correct the answer key of %1</source>
            <translation>Sửa đáp án câu %1</translation>
        </message>
        <message>
            <source>Contestant</source>
            <translation>Người dự thi</translation>
        </message>
        <message>
            <source>Rank now</source>
            <translation>Hạng hiện tại</translation>
        </message>
        <message>
            <source>Rank after</source>
            <translation>Hạng sau khi sửa</translation>
        </message>
        <message>
            <source>Prize now</source>
            <translation>Giải hiện tại</translation>
        </message>
        <message>
            <source>Prize after</source>
            <translation>Giải sau khi sửa</translation>
        </message>
        <message>
            <source>Current key:</source>
            <translation>Đáp án hiện tại:</translation>
        </message>
        <message>
            <source>&amp;New key:</source>
            <translation>Đáp án &amp;mới:</translation>
        </message>
        <message>
            <source>&amp;Apply the correction</source>
            <translation>Á&amp;p dụng việc sửa</translation>
        </message>
        <message>
            <source>This question has no other option.</source>
            <translation>Câu hỏi này không có phương án nào khác.</translation>
        </message>
        <message>
            <source>With key %1 instead of %2: %3 submission(s) gain a point and %4 lose one; %5 contestant(s) change rank, %6 of them change prize. Nothing has changed yet.</source>
            <translation>Nếu đáp án là %1 thay cho %2: %3 bài thi được thêm một điểm và %4 bài bị trừ một điểm; %5 người dự thi đổi hạng, trong đó %6 người đổi giải. Chưa có gì thay đổi.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>không có</translation>
        </message>
        <message>
            <source>Correct the answer key</source>
            <translation>Sửa đáp án</translation>
        </message>
        <message>
            <source>Change the key of %1 to %2 and judge every submission again? The change is recorded in the audit log, and the results follow it.</source>
            <translation>Đổi đáp án câu %1 thành %2 và chấm lại mọi bài thi? Việc sửa được ghi vào nhật ký thao tác và kết quả sẽ thay đổi theo.</translation>
        </message>
    </context>
    <context>
        <name>LastChange</name>
        <message>
            <source>%1: someone else saved a change after you opened it.</source>
            <translation>%1: người khác đã lưu một thay đổi sau khi bạn mở.</translation>
        </message>
        <message>
            <source>%1: someone else saved a change after you opened it (%2).</source>
            <translation>%1: người khác đã lưu một thay đổi sau khi bạn mở (%2).</translation>
        </message>
        <message>
            <source>Your save was refused so that their change is not overwritten: reload to see their change, then make yours again.</source>
            <translation>Lần lưu của bạn bị từ chối để không ghi đè thay đổi của họ: hãy tải lại để xem thay đổi của họ, rồi thực hiện lại thay đổi của bạn.</translation>
        </message>
    </context>
    <context>
        <name>Login</name>
        <message>
            <source>wrong user name or password for %1, or the account is disabled</source>
            <translation>sai tên đăng nhập hoặc mật khẩu cho %1, hoặc tài khoản đã bị khóa</translation>
        </message>
        <message>
            <source>; after %1 failed logins the name is locked for %2 minutes</source>
            <translation>; sau %1 lần đăng nhập sai, tên này bị khóa %2 phút</translation>
        </message>
        <message>
            <source>; %1 failed logins in a row: the next try waits %2 s</source>
            <translation>; đăng nhập sai %1 lần liên tiếp: lần thử tiếp theo phải chờ %2 giây</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Log in</source>
            <translation>Đăng nhập</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;This contest database has user accounts. Log in with yours.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Cơ sở dữ liệu cuộc thi này có tài khoản người dùng. Hãy đăng nhập bằng tài khoản của bạn.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Tên đăng nhập:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mật khẩu:</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>Đăn&amp;g nhập</translation>
        </message>
    </context>
    <context>
        <name>LoginThrottle</name>
        <message>
            <source>%1 is locked after %2 failed logins until %3 (%4 minutes after the last one); the committee can lift the lock (contestctl users unlock NAME, or Accounts in the app)</source>
            <translation>%1 bị khóa sau %2 lần đăng nhập sai, đến %3 (%4 phút sau lần sai cuối); Ban Tổ chức có thể mở khóa (contestctl users unlock TÊN, hoặc mục Tài khoản trong ứng dụng)</translation>
        </message>
        <message>
            <source>%1: %2 failed logins in a row; try again in %3 s</source>
            <translation>%1: đăng nhập sai %2 lần liên tiếp; hãy thử lại sau %3 giây</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Contest Admin</source>
            <translation>Quản trị Cuộc thi trực tuyến</translation>
        </message>
        <message>
            <source>Contest databases (*.sqlite *.db);;All files (*)</source>
            <translation>Cơ sở dữ liệu cuộc thi (*.sqlite *.db);;Tất cả các tệp (*)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Tạo cơ sở dữ liệu mới…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Mở cơ sở dữ liệu…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Mở &amp;gần đây</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Th&amp;oát</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Cấu hình</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Ngôn ngữ</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <source>&amp;About Contest Admin…</source>
            <translation>&amp;Giới thiệu Quản trị Cuộc thi trực tuyến…</translation>
        </message>
        <message>
            <source>Contest</source>
            <translation>Cuộc thi</translation>
        </message>
        <message>
            <source>Question bank</source>
            <translation>Ngân hàng câu hỏi</translation>
        </message>
        <message>
            <source>Submissions</source>
            <translation>Bài dự thi</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>In ấn</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Thống kê</translation>
        </message>
        <message>
            <source>No database is open</source>
            <translation>Chưa mở cơ sở dữ liệu nào</translation>
        </message>
        <message>
            <source>Create a new contest database, or open the one your committee already uses.</source>
            <translation>Hãy tạo cơ sở dữ liệu cuộc thi mới, hoặc mở cơ sở dữ liệu mà Ban Tổ chức đang sử dụng.</translation>
        </message>
        <message>
            <source>No database open</source>
            <translation>Chưa mở cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Cơ sở dữ liệu: %1</translation>
        </message>
        <message>
            <source>Contest: %1</source>
            <translation>Cuộc thi: %1</translation>
        </message>
        <message>
            <source>No contest settings saved yet</source>
            <translation>Chưa lưu thiết lập cuộc thi</translation>
        </message>
        <message>
            <source>Contest settings unreadable</source>
            <translation>Không đọc được thiết lập cuộc thi</translation>
        </message>
        <message>
            <source>Unsaved contest settings</source>
            <translation>Thiết lập cuộc thi chưa được lưu</translation>
        </message>
        <message>
            <source>The contest settings have changes that are not saved. Save them now?</source>
            <translation>Thiết lập cuộc thi có thay đổi chưa được lưu. Bạn có muốn lưu ngay không?</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Mở cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>%1 cannot be opened:

%2</source>
            <translation>Không mở được %1:

%2</translation>
        </message>
        <message>
            <source>New contest database</source>
            <translation>Tạo cơ sở dữ liệu cuộc thi mới</translation>
        </message>
        <message>
            <source>%1 already exists; it is opened as it is.</source>
            <translation>%1 đã tồn tại; tệp sẽ được mở với dữ liệu hiện có.</translation>
        </message>
        <message>
            <source>Open contest database</source>
            <translation>Mở cơ sở dữ liệu cuộc thi</translation>
        </message>
        <message>
            <source>No recent databases</source>
            <translation>Chưa có cơ sở dữ liệu nào mở gần đây</translation>
        </message>
        <message>
            <source>&amp;Clear list</source>
            <translation>&amp;Xóa danh sách</translation>
        </message>
        <message>
            <source>none open</source>
            <translation>chưa mở</translation>
        </message>
        <message>
            <source>About Contest Admin</source>
            <translation>Giới thiệu Quản trị Cuộc thi trực tuyến</translation>
        </message>
        <message>
            <source>Contest Admin %1

Administration of online quiz contests for public offices: contest settings, units, question bank, submissions, results and certificates.

Qt %2 (built with %3)
Database: %4</source>
            <translation>Quản trị Cuộc thi trực tuyến %1

Phần mềm quản trị cuộc thi trắc nghiệm trực tuyến dành cho cơ quan nhà nước: thiết lập cuộc thi, đơn vị, ngân hàng câu hỏi, bài dự thi, kết quả và Giấy chứng nhận.

Qt %2 (biên dịch với %3)
Cơ sở dữ liệu: %4</translation>
        </message>
        <message>
            <source>Online server</source>
            <translation>Máy chủ trực tuyến</translation>
        </message>
        <message>
            <source>&amp;User accounts…</source>
            <translation>&amp;Tài khoản người dùng…</translation>
        </message>
        <message>
            <source>&amp;Switch user…</source>
            <translation>Đổi người &amp;dùng…</translation>
        </message>
        <message>
            <source>&amp;Connect to shared database…</source>
            <translation>&amp;Kết nối cơ sở dữ liệu dùng chung…</translation>
        </message>
        <message>
            <source>Not for the %1 role: this area's work belongs to other members of the committee.</source>
            <translation>Không dành cho vai trò %1: công việc ở mục này thuộc về các thành viên khác của Ban Tổ chức.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s)</source>
            <translation>
                <numerusform>%Ln đơn vị</numerusform>
            </translation>
        </message>
        <message>
            <source>Print job running</source>
            <translation>Đang in</translation>
        </message>
        <message>
            <source>Certificates are being printed. Wait until the print job ends, or cancel it in its progress window, then try again.</source>
            <translation>Đang in giấy chứng nhận. Hãy chờ in xong, hoặc hủy lệnh in trong cửa sổ tiến trình của nó, rồi thử lại.</translation>
        </message>
        <message>
            <source>Sync running</source>
            <translation>Đang đồng bộ</translation>
        </message>
        <message>
            <source>Submissions are being pulled from the server. Stop the sync now? Every page stored so far stays, with the place the next sync continues from.</source>
            <translation>Đang tải bài dự thi từ máy chủ. Dừng đồng bộ ngay bây giờ? Mọi trang đã lưu vẫn được giữ, cùng với vị trí mà lần đồng bộ sau sẽ tiếp tục.</translation>
        </message>
    </context>
    <context>
        <name>Migrator</name>
        <message>
            <source>%1 is a database of another program (it has tables but no Contest Admin schema version)</source>
            <translation>%1 là cơ sở dữ liệu của một chương trình khác (có bảng dữ liệu nhưng không có phiên bản cấu trúc dữ liệu của Quản trị Cuộc thi trực tuyến)</translation>
        </message>
        <message>
            <source>%1 was made by a newer Contest Admin (schema version %2; this program knows up to %3): update the program</source>
            <translation>%1 được tạo bởi phiên bản Quản trị Cuộc thi trực tuyến mới hơn (cấu trúc dữ liệu phiên bản %2; chương trình này chỉ hỗ trợ đến phiên bản %3): hãy cập nhật chương trình</translation>
        </message>
    </context>
    <context>
        <name>MoodleXmlParser</name>
        <message>
            <source>a &lt;question&gt; without a type attribute</source>
            <translation>thẻ &lt;question&gt; không có thuộc tính type</translation>
        </message>
        <message>
            <source>true/false question '%1' has no answer 'true' or 'false' with fraction 100</source>
            <translation>câu hỏi đúng/sai '%1' không có đáp án 'true' hoặc 'false' với fraction 100</translation>
        </message>
        <message>
            <source>several answers may be chosen; a contest question has exactly one correct option</source>
            <translation>câu hỏi cho phép chọn nhiều đáp án; mỗi câu hỏi của cuộc thi chỉ có đúng một phương án đúng</translation>
        </message>
        <message>
            <source>more than one answer carries credit; a contest question has exactly one correct option</source>
            <translation>có nhiều hơn một đáp án được tính điểm; mỗi câu hỏi của cuộc thi chỉ có đúng một phương án đúng</translation>
        </message>
        <message>
            <source>question '%1' has no answer with fraction 100</source>
            <translation>câu hỏi '%1' không có đáp án nào có fraction 100</translation>
        </message>
        <message>
            <source>question '%1' has %2 answers; at most %3</source>
            <translation>câu hỏi '%1' có %2 đáp án; tối đa %3</translation>
        </message>
        <message>
            <source>an essay question has no options to choose from</source>
            <translation>câu hỏi tự luận không có phương án để lựa chọn</translation>
        </message>
        <message>
            <source>a matching question is not single-answer multiple choice</source>
            <translation>câu hỏi ghép nối không phải là câu hỏi trắc nghiệm một đáp án</translation>
        </message>
        <message>
            <source>a numerical question has no options to choose from</source>
            <translation>câu hỏi trả lời bằng số không có phương án để lựa chọn</translation>
        </message>
        <message>
            <source>a short-answer question has no options to choose from</source>
            <translation>câu hỏi trả lời ngắn không có phương án để lựa chọn</translation>
        </message>
        <message>
            <source>a cloze question embeds several sub-questions</source>
            <translation>câu hỏi điền khuyết (cloze) chứa nhiều câu hỏi con</translation>
        </message>
        <message>
            <source>a description is text, not a question</source>
            <translation>đoạn mô tả chỉ là văn bản, không phải câu hỏi</translation>
        </message>
        <message>
            <source>type '%1' is not single-answer multiple choice or true/false</source>
            <translation>loại '%1' không phải là câu hỏi trắc nghiệm một đáp án hoặc câu hỏi đúng/sai</translation>
        </message>
        <message>
            <source>elements are nested more than %1 deep; this is not a Moodle question file</source>
            <translation>các phần tử lồng nhau sâu hơn %1 cấp; đây không phải là tệp câu hỏi Moodle</translation>
        </message>
        <message>
            <source>the root element is &lt;%1&gt;; a Moodle XML question file starts with &lt;quiz&gt;</source>
            <translation>phần tử gốc là &lt;%1&gt;; tệp câu hỏi Moodle XML phải bắt đầu bằng &lt;quiz&gt;</translation>
        </message>
        <message>
            <source>not well-formed XML: %1</source>
            <translation>XML không đúng định dạng: %1</translation>
        </message>
    </context>
    <context>
        <name>NetworkText</name>
        <message>
            <source>the server %1 refused the connection (is contest-server running?)</source>
            <translation>máy chủ %1 từ chối kết nối (contest-server có đang chạy không?)</translation>
        </message>
        <message>
            <source>the server %1 closed the connection before answering</source>
            <translation>máy chủ %1 đóng kết nối trước khi trả lời</translation>
        </message>
        <message>
            <source>the server %1 was not found (check the address and the network)</source>
            <translation>không tìm thấy máy chủ %1 (hãy kiểm tra địa chỉ và mạng)</translation>
        </message>
        <message>
            <source>the server %1 did not answer in time</source>
            <translation>máy chủ %1 không trả lời kịp thời hạn</translation>
        </message>
        <message>
            <source>a secure connection to %1 could not be made (certificate or TLS)</source>
            <translation>không lập được kết nối bảo mật tới %1 (chứng chỉ hoặc TLS)</translation>
        </message>
        <message>
            <source>the network is not available to reach %1</source>
            <translation>mạng không sẵn sàng để kết nối tới %1</translation>
        </message>
        <message>
            <source>the server %1 redirected the request too often or elsewhere</source>
            <translation>máy chủ %1 chuyển hướng yêu cầu quá nhiều lần hoặc sang nơi khác</translation>
        </message>
        <message>
            <source>the proxy on the way to %1 failed (check the proxy settings)</source>
            <translation>máy chủ trung gian (proxy) trên đường tới %1 bị lỗi (hãy kiểm tra thiết lập proxy)</translation>
        </message>
        <message>
            <source>the server %1 refused access</source>
            <translation>máy chủ %1 từ chối truy cập</translation>
        </message>
        <message>
            <source>the server %1 does not know this address (wrong server URL?)</source>
            <translation>máy chủ %1 không có địa chỉ này (sai địa chỉ máy chủ?)</translation>
        </message>
        <message>
            <source>the server %1 is not available at the moment</source>
            <translation>máy chủ %1 hiện không phục vụ được</translation>
        </message>
        <message>
            <source>the server %1 had an internal error</source>
            <translation>máy chủ %1 gặp lỗi nội bộ</translation>
        </message>
        <message>
            <source>the server %1 answered in a way this program does not understand</source>
            <translation>máy chủ %1 trả lời theo cách chương trình này không hiểu</translation>
        </message>
        <message>
            <source>the network request to %1 failed (error %2)</source>
            <translation>yêu cầu qua mạng tới %1 không thành công (lỗi %2)</translation>
        </message>
        <message>
            <source>no keychain service runs in this session (no desktop login, or no D-Bus)</source>
            <translation>phiên làm việc này không có dịch vụ lưu mật khẩu của hệ thống (không đăng nhập màn hình, hoặc không có D-Bus)</translation>
        </message>
        <message>
            <source>nothing is stored in the keychain for it</source>
            <translation>kho mật khẩu của hệ thống không lưu gì cho mục này</translation>
        </message>
        <message>
            <source>the keychain could not delete the entry</source>
            <translation>kho mật khẩu của hệ thống không xóa được mục này</translation>
        </message>
        <message>
            <source>access to the keychain was refused</source>
            <translation>người dùng đã từ chối truy cập kho mật khẩu của hệ thống</translation>
        </message>
        <message>
            <source>the keychain refused access</source>
            <translation>kho mật khẩu của hệ thống từ chối truy cập</translation>
        </message>
        <message>
            <source>the keychain on this system cannot do this</source>
            <translation>kho mật khẩu trên hệ thống này không làm được việc này</translation>
        </message>
        <message>
            <source>the keychain failed (error %1)</source>
            <translation>kho mật khẩu của hệ thống bị lỗi (lỗi %1)</translation>
        </message>
    </context>
    <context>
        <name>OutputFile</name>
        <message>
            <source>%1: cannot write: %2; nothing was written</source>
            <translation>%1: không ghi được: %2; chưa ghi gì</translation>
        </message>
    </context>
    <context>
        <name>PackageBuilder</name>
        <message>
            <source>no contest settings are stored: run contestctl contest set first</source>
            <translation>chưa lưu thiết lập cuộc thi: hãy chạy lệnh contestctl contest set trước</translation>
        </message>
        <message>
            <source>the contest has no code</source>
            <translation>cuộc thi chưa có mã</translation>
        </message>
        <message>
            <source>the package needs the prediction question</source>
            <translation>gói đề thi phải có câu hỏi dự đoán</translation>
        </message>
        <message>
            <source>no units: import them first (contestctl units import)</source>
            <translation>chưa có đơn vị nào: hãy nhập danh sách đơn vị trước (contestctl units import)</translation>
        </message>
    </context>
    <context>
        <name>PageFetcher</name>
        <message>
            <source>the sync's network thread ended early</source>
            <translation>luồng mạng của lần đồng bộ đã kết thúc sớm</translation>
        </message>
        <message>
            <source>%1: the server's cursor went back to '%2', already seen in this run (after '%3'), and it still says it has more: it would loop forever. Nothing of this page was stored.</source>
            <translation>%1: con trỏ (cursor) của máy chủ quay lại '%2', đã gặp trong lần chạy này (sau '%3'), mà máy chủ vẫn báo còn bài: việc đồng bộ sẽ lặp mãi. Không lưu gì của trang này.</translation>
        </message>
        <message>
            <source>%1: the server keeps saying it has more submissions but its cursor does not move (%2)</source>
            <translation>%1: máy chủ liên tục báo còn bài dự thi nhưng con trỏ (cursor) không dịch chuyển (%2)</translation>
        </message>
    </context>
    <context>
        <name>ParticipationStats</name>
        <message>
            <source>Valid</source>
            <translation>Hợp lệ</translation>
        </message>
        <message>
            <source>Conflicting version</source>
            <translation>Có phiên bản xung đột</translation>
        </message>
    </context>
    <context>
        <name>PasswordFields</name>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mật khẩu:</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>&amp;Nhập lại:</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Hai mật khẩu không khớp.</translation>
        </message>
    </context>
    <context>
        <name>PasswordHasher</name>
        <message>
            <source>a password hash needs at least %1 iterations (asked for %2)</source>
            <translation>băm mật khẩu cần ít nhất %1 vòng lặp (yêu cầu là %2)</translation>
        </message>
    </context>
    <context>
        <name>PasswordPrompt</name>
        <message>
            <source>the two passwords differ; nothing was changed</source>
            <translation>hai mật khẩu không giống nhau; không có gì thay đổi</translation>
        </message>
    </context>
    <context>
        <name>PasswordStrength</name>
        <message>
            <source>Too short: at least %1 characters.</source>
            <translation>Quá ngắn: cần ít nhất %1 ký tự.</translation>
        </message>
        <message>
            <source>Weak: make it longer or mix letters, digits and signs.</source>
            <translation>Yếu: hãy đặt dài hơn hoặc kết hợp chữ, số và ký hiệu.</translation>
        </message>
        <message>
            <source>Fair.</source>
            <translation>Tạm được.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Mạnh.</translation>
        </message>
    </context>
    <context>
        <name>PinCertificateDialog</name>
        <message>
            <source>Untrusted server certificate</source>
            <translation>Chứng chỉ máy chủ không được tin cậy</translation>
        </message>
        <message>
            <source>The certificate of %1 is not trusted by this computer. Compare the fingerprint below with the one the server's operator gave you (by phone or on paper). Pin it only if they are identical: from then on this exact certificate is accepted for this server.</source>
            <translation>Chứng chỉ của %1 không được máy tính này tin cậy. Hãy so sánh dấu vân tay SHA-256 dưới đây với dấu vân tay do người quản trị máy chủ cung cấp cho bạn (qua điện thoại hoặc trên giấy). Chỉ ghim (tin cậy) chứng chỉ khi hai dấu vân tay giống hệt nhau: từ đó trở đi, đúng chứng chỉ này sẽ được chấp nhận cho máy chủ này.</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>Chủ thể:</translation>
        </message>
        <message>
            <source>Issuer:</source>
            <translation>Đơn vị cấp:</translation>
        </message>
        <message>
            <source>Valid:</source>
            <translation>Hiệu lực:</translation>
        </message>
        <message>
            <source>from %1 to %2</source>
            <translation>từ %1 đến %2</translation>
        </message>
        <message>
            <source>SHA-256:</source>
            <translation>SHA-256:</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Lý do:</translation>
        </message>
        <message>
            <source>Pin this certificate</source>
            <translation>Ghim (tin cậy) chứng chỉ này</translation>
        </message>
    </context>
    <context>
        <name>PostgresCopy</name>
        <message>
            <source>%1: copying rows into %2: %3</source>
            <translation>%1: lỗi khi chép các dòng vào bảng %2: %3</translation>
        </message>
    </context>
    <context>
        <name>PrintCommands</name>
        <message>
            <source>say where: --out FILE.pdf and/or --split DIR</source>
            <translation>hãy cho biết nơi ghi: --out TỆP.pdf và/hoặc --split THƯ_MỤC</translation>
        </message>
        <message>
            <source>%1: certificates are written as .pdf</source>
            <translation>%1: giấy chứng nhận được ghi dưới dạng .pdf</translation>
        </message>
        <message>
            <source>say where: --out FILE.pdf|.xlsx|.csv</source>
            <translation>hãy cho biết nơi ghi: --out TỆP.pdf|.xlsx|.csv</translation>
        </message>
        <message>
            <source>say --kind certificate|award and --out FILE.json</source>
            <translation>hãy ghi --kind certificate|award và --out TỆP.json</translation>
        </message>
    </context>
    <context>
        <name>PrintSource</name>
        <message>
            <source>lock the results first: printing uses the locked results (contestctl results lock)</source>
            <translation>hãy chốt kết quả trước: việc in dùng kết quả đã chốt (contestctl results lock)</translation>
        </message>
        <message>
            <source>locked snapshot %1 does not match its SHA-256: it was altered</source>
            <translation>bản chốt số %1 không khớp với mã SHA-256 của nó: bản chốt đã bị sửa đổi</translation>
        </message>
        <message>
            <source>the locked results cannot be printed: %1</source>
            <translation>không thể in kết quả đã chốt: %1</translation>
        </message>
    </context>
    <context>
        <name>PrintingArea</name>
        <message>
            <source>&lt;h2&gt;Printing&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;In ấn&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Certificates (Giấy chứng nhận): every contestant who qualified</source>
            <translation>Giấy chứng nhận: mọi thí sinh đạt kết quả</translation>
        </message>
        <message>
            <source>Award certificates (Giấy khen): the prize winners</source>
            <translation>Giấy khen: những người đạt giải</translation>
        </message>
        <message>
            <source>Award list: winners, amounts, totals, participation per unit</source>
            <translation>Danh sách khen thưởng: người đạt giải, mức thưởng, tổng cộng, tỷ lệ tham gia của từng đơn vị</translation>
        </message>
        <message>
            <source>&amp;Preview and print…</source>
            <translation>&amp;Xem trước và in…</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>Xuất tệp &amp;PDF…</translation>
        </message>
        <message>
            <source>One PDF per &amp;person…</source>
            <translation>Mỗi &amp;người một tệp PDF…</translation>
        </message>
        <message>
            <source>Export &amp;spreadsheet (XLSX)…</source>
            <translation>Xuất &amp;bảng tính (XLSX)…</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>Xuất tệp &amp;CSV…</translation>
        </message>
        <message>
            <source>Edit &amp;layout…</source>
            <translation>Sửa &amp;mẫu trình bày…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Làm mới</translation>
        </message>
        <message>
            <source>&amp;What to print:</source>
            <translation>Nội dung cần &amp;in:</translation>
        </message>
        <message>
            <source>Printing from the locked results (snapshot %1, locked %2 by %3).</source>
            <translation>In từ kết quả đã chốt (bản chốt số %1, chốt lúc %2, người chốt: %3).</translation>
        </message>
        <message>
            <source>Nothing to print</source>
            <translation>Không có gì để in</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Xem trước khi in</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Printing cancelled</source>
            <translation>Đã hủy in</translation>
        </message>
        <message>
            <source>Cancelled: no file was written.</source>
            <translation>Đã hủy: chưa ghi tệp nào.</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>Chưa in</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Chưa xuất</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Xuất tệp PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export spreadsheet</source>
            <translation>Xuất bảng tính</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Bảng tính Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Xuất tệp CSV</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Folder for one PDF per person</source>
            <translation>Thư mục lưu các tệp PDF (mỗi người một tệp)</translation>
        </message>
        <message>
            <source>The results are not locked yet: certificates and award lists are printed only from locked results. %1</source>
            <translation>Kết quả chưa được chốt: Giấy chứng nhận và danh sách khen thưởng chỉ được in từ kết quả đã chốt. %1</translation>
        </message>
        <message>
            <source>Waiting for the committee (Ban Tổ chức) to lock the results in the Results area.</source>
            <translation>Chờ Ban Tổ chức chốt kết quả ở mục Kết quả.</translation>
        </message>
        <message>
            <source>Not available: %1</source>
            <translation>Chưa dùng được: %1</translation>
        </message>
        <message>
            <source>Not available for certificates: choose the award list above.</source>
            <translation>Không dùng cho Giấy chứng nhận: hãy chọn danh sách khen thưởng ở trên.</translation>
        </message>
        <message>
            <source>Not available for the award list: choose certificates above.</source>
            <translation>Không dùng cho danh sách khen thưởng: hãy chọn Giấy chứng nhận ở trên.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln certificate(s), </source>
            <translation>
                <numerusform>%Ln Giấy chứng nhận, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln individual prize(s), </source>
            <translation>
                <numerusform>%Ln giải cá nhân, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln collective prize(s).</source>
            <translation>
                <numerusform>%Ln giải tập thể.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Waiting for the judges (Ban Giám khảo) to decide %Ln tie(s) at a prize boundary; then the committee (Ban Tổ chức) locks the results.</source>
            <translation>
                <numerusform>Chờ Ban Giám khảo phân xử %Ln trường hợp bằng điểm tại ranh giới giải, sau đó Ban Tổ chức chốt kết quả.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Printing %Ln certificate(s)…</source>
            <translation>
                <numerusform>Đang in %Ln Giấy chứng nhận/Giấy khen…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancelled after %Ln file(s).</source>
            <translation>
                <numerusform>Đã hủy sau khi ghi %Ln tệp.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrizeAllocator</name>
        <message>
            <source>its order does not name each member of the tie exactly once</source>
            <translation>thứ tự đã quyết định không nêu mỗi người trong trường hợp bằng điểm đúng một lần</translation>
        </message>
        <message>
            <source>no current tie for '%1' has exactly these members (%2); the ranking has changed since the decision, so it was not applied</source>
            <translation>hiện không có trường hợp bằng điểm nào tại giải '%1' gồm đúng những người này (%2); kết quả xếp hạng đã thay đổi sau khi có quyết định, nên quyết định không được áp dụng</translation>
        </message>
    </context>
    <context>
        <name>PrizeTableEditor</name>
        <message>
            <source>Prize</source>
            <translation>Giải</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Số người</translation>
        </message>
        <message>
            <source>Amount each</source>
            <translation>Mức thưởng mỗi giải</translation>
        </message>
        <message>
            <source>&amp;Add prize</source>
            <translation>&amp;Thêm giải</translation>
        </message>
        <message>
            <source>&amp;Remove prize</source>
            <translation>&amp;Xóa giải</translation>
        </message>
        <message>
            <source>New prize</source>
            <translation>Giải mới</translation>
        </message>
        <message>
            <source>A short code (letters a-z, digits, _) that result files use for this prize; the certificates and lists print the prize's name.</source>
            <translation>Mã ngắn (chữ a-z, chữ số, _) mà các tệp kết quả dùng cho giải này; giấy khen và danh sách in tên giải.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln prize(s), %1 in all</source>
            <translation>
                <numerusform>%Ln giải, tổng cộng %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Mã</translation>
        </message>
    </context>
    <context>
        <name>ProgressReport</name>
        <message>
            <source>%1: the report needs a day from the opening of the contest (%2) on</source>
            <translation>%1: báo cáo cần một ngày kể từ ngày khai mạc cuộc thi (%2) trở đi</translation>
        </message>
    </context>
    <context>
        <name>ProgressReportDialog</name>
        <message>
            <source>Progress report</source>
            <translation>Báo cáo tiến độ</translation>
        </message>
        <message>
            <source>Preview and print…</source>
            <translation>Xem trước và in…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Lưu thành PDF…</translation>
        </message>
        <message>
            <source>Figures as of the end of:</source>
            <translation>Số liệu tính đến hết ngày:</translation>
        </message>
        <message>
            <source>%1 contestants and %2 valid of %3 submissions by then; %4 day(s) left; %5 unit(s) with nobody yet.</source>
            <translation>Đến thời điểm đó có %1 người dự thi, %2 bài hợp lệ trên %3 bài dự thi; còn %4 ngày; %5 đơn vị chưa có ai tham gia.</translation>
        </message>
        <message>
            <source>Progress report: print preview</source>
            <translation>Báo cáo tiến độ: xem trước khi in</translation>
        </message>
        <message>
            <source>Save progress report</source>
            <translation>Lưu báo cáo tiến độ</translation>
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
            <translation>Thời gian thi</translation>
        </message>
        <message>
            <source>&amp;Publish package</source>
            <translation>&amp;Công bố đề thi</translation>
        </message>
        <message>
            <source>Check the exam package here, then send it to the server: this opens the contest window at the times set.</source>
            <translation>Kiểm tra gói đề thi tại đây, sau đó gửi lên máy chủ: cuộc thi sẽ được mở theo đúng thời gian đã thiết lập.</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Làm mới</translation>
        </message>
        <message>
            <source>Press Refresh to ask the server for the contest's state.</source>
            <translation>Nhấn Làm mới để lấy tình trạng cuộc thi từ máy chủ.</translation>
        </message>
        <message>
            <source>Not published: the server's certificate was not pinned.</source>
            <translation>Chưa công bố đề thi: chứng chỉ của máy chủ chưa được ghim (tin cậy).</translation>
        </message>
        <message>
            <source>Published: the server accepted package version %1.</source>
            <translation>Đã công bố đề thi: máy chủ đã chấp nhận phiên bản đề thi %1.</translation>
        </message>
        <message>
            <source>Not published: %1</source>
            <translation>Chưa công bố đề thi: %1</translation>
        </message>
        <message>
            <source>%1
Submissions so far: %2
Package version: %3
(as of %4)</source>
            <translation>%1
Số bài dự thi đến nay: %2
Phiên bản đề thi: %3
(tính đến %4)</translation>
        </message>
        <message>
            <source>1 day %1 h</source>
            <translation>1 ngày %1 giờ</translation>
        </message>
        <message>
            <source>%1 days %2 h</source>
            <translation>%1 ngày %2 giờ</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 giờ %2 phút</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 phút</translation>
        </message>
        <message>
            <source>Window: %1 to %2</source>
            <translation>Thời gian thi: từ %1 đến %2</translation>
        </message>
        <message>
            <source>Opens in %1, closes in %2.</source>
            <translation>Bắt đầu sau %1, kết thúc sau %2.</translation>
        </message>
        <message>
            <source>Open now, closes in %1.</source>
            <translation>Đang diễn ra, kết thúc sau %1.</translation>
        </message>
        <message>
            <source>Closed %1 ago.</source>
            <translation>Đã kết thúc cách đây %1.</translation>
        </message>
        <message numerus="yes">
            <source>Not published: fix these %Ln problem(s) first. Nothing was sent.</source>
            <translation>
                <numerusform>Chưa công bố đề thi: hãy sửa %Ln lỗi sau trước. Chưa gửi dữ liệu nào lên máy chủ.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>Tìm trong:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>Tê&amp;n tệp:</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Thư mục:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Loại tệp:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Mở</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Chọn</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Mở</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Lưu thành</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Chọn thư mục</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Quay lại</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Tiếp</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Thư mục cha</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Tạo thư mục mới</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Dạng danh sách</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Dạng chi tiết</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>Đổi &amp;tên</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Xóa</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Hiện tệp &amp;ẩn</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>Thư mục &amp;mới</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Thư mục mới</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 đã có.
Bạn có muốn thay thế tệp này không?</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Kích thước</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Ngày sửa</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Máy tính</translation>
        </message>
        <message>
            <source>Type</source>
            <comment>All other platforms</comment>
            <translation>Loại</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;OK</source>
            <translation>Đồng ý (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Hủy</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>Đón&amp;g</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Đóng không lưu</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Đồng ý</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Lưu tất cả</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Mở</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Có</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Có với &amp;tất cả</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Không</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Khôn&amp;g với tất cả</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Hủy bỏ</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Thử lại</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Bỏ qua</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Không lưu</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Trợ giúp</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Áp dụng</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Đặt lại</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Khôi phục mặc định</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <source>Print Preview</source>
            <translation>Xem trước khi in</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Trang sau</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Trang trước</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>Trang đầu</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Trang cuối</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Vừa chiều rộng</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>Vừa trang</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Phóng to</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Thu nhỏ</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Khổ dọc</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Khổ ngang</translation>
        </message>
        <message>
            <source>Show single page</source>
            <translation>Xem từng trang</translation>
        </message>
        <message>
            <source>Show facing pages</source>
            <translation>Xem hai trang đối diện</translation>
        </message>
        <message>
            <source>Show overview of all pages</source>
            <translation>Xem tổng quan mọi trang</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>In</translation>
        </message>
        <message>
            <source>Page setup</source>
            <translation>Thiết lập trang</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
    </context>
    <context>
        <name>Question</name>
        <message>
            <source>question %1</source>
            <translation>câu hỏi %1</translation>
        </message>
        <message>
            <source>(new)</source>
            <translation>(mới)</translation>
        </message>
        <message>
            <source>%1: field '%2'</source>
            <translation>%1: trường '%2'</translation>
        </message>
        <message>
            <source>empty; every question needs an ID such as TTHC-0012</source>
            <translation>để trống; mỗi câu hỏi cần có mã, ví dụ TTHC-0012</translation>
        </message>
        <message>
            <source>'%1': use only letters A-Z, digits, '.', '_' and '-' (at most 64)</source>
            <translation>'%1': chỉ dùng chữ cái A-Z, chữ số, '.', '_' và '-' (tối đa 64 ký tự)</translation>
        </message>
        <message>
            <source>empty; every question belongs to a topic</source>
            <translation>để trống; mỗi câu hỏi phải thuộc một chủ đề</translation>
        </message>
        <message>
            <source>unknown topic '%1' (topics: %2)</source>
            <translation>không có chủ đề '%1' (các chủ đề hiện có: %2)</translation>
        </message>
        <message>
            <source>empty; the question has no text</source>
            <translation>để trống; câu hỏi chưa có nội dung</translation>
        </message>
        <message>
            <source>%1 option(s); a question needs %2 to %3</source>
            <translation>%1 phương án; mỗi câu hỏi cần từ %2 đến %3 phương án</translation>
        </message>
        <message>
            <source>option %1 has key '%2'; keys must be A, B, C... in order</source>
            <translation>phương án %1 có ký hiệu '%2'; ký hiệu phải là A, B, C... theo thứ tự</translation>
        </message>
        <message>
            <source>empty option text</source>
            <translation>nội dung phương án để trống</translation>
        </message>
        <message>
            <source>'%1' is the text of another option too</source>
            <translation>'%1' trùng với nội dung của một phương án khác</translation>
        </message>
        <message>
            <source>empty; name the correct option (A-F)</source>
            <translation>để trống; hãy ghi phương án đúng (A-F)</translation>
        </message>
        <message>
            <source>'%1' is not one of the options</source>
            <translation>'%1' không phải là một trong các phương án</translation>
        </message>
    </context>
    <context>
        <name>QuestionBankArea</name>
        <message>
            <source>Question bank</source>
            <translation>Ngân hàng câu hỏi</translation>
        </message>
        <message>
            <source>Editor</source>
            <translation>Soạn thảo</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Lịch sử</translation>
        </message>
        <message>
            <source>Blueprint</source>
            <translation>Cơ cấu đề</translation>
        </message>
        <message>
            <source>Booklet</source>
            <translation>Tập câu hỏi</translation>
        </message>
        <message>
            <source>“%1” could not be undone or redone: %2</source>
            <translation>Không thể hoàn tác hoặc làm lại “%1”: %2</translation>
        </message>
        <message>
            <source>&amp;New question</source>
            <translation>Câu hỏi &amp;mới</translation>
        </message>
        <message>
            <source>A&amp;pprove</source>
            <translation>&amp;Duyệt</translation>
        </message>
        <message>
            <source>Approve the selected questions (drafts and reviewed ones)</source>
            <translation>Duyệt các câu hỏi đã chọn (bản nháp và câu hỏi đã rà soát)</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>Ngừng &amp;sử dụng</translation>
        </message>
        <message>
            <source>Retire the selected questions: kept, never drawn again</source>
            <translation>Ngừng sử dụng các câu hỏi đã chọn: câu hỏi vẫn được lưu giữ nhưng không bao giờ được lấy vào đề thi nữa</translation>
        </message>
        <message>
            <source>&amp;Move to topic</source>
            <translation>&amp;Chuyển sang chủ đề</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Hoàn tác</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Làm lại</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Nhập…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;Xuất…</translation>
        </message>
        <message>
            <source>Search (marks optional: “cai cach” finds “Cải cách”)</source>
            <translation>Tìm kiếm (không cần gõ dấu: “cai cach” sẽ tìm thấy “Cải cách”)</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Tất cả trạng thái</translation>
        </message>
        <message>
            <source>All difficulties</source>
            <translation>Tất cả độ khó</translation>
        </message>
        <message>
            <source>All topics</source>
            <translation>Tất cả chủ đề</translation>
        </message>
        <message>
            <source>Unsaved question</source>
            <translation>Câu hỏi chưa được lưu</translation>
        </message>
        <message>
            <source>The question in the editor has changes that are not saved. Discard them?</source>
            <translation>Câu hỏi đang soạn có thay đổi chưa được lưu. Bạn có muốn bỏ các thay đổi này không?</translation>
        </message>
        <message>
            <source>%1 (%2% alike): %3</source>
            <translation>%1 (giống %2%): %3</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Có thể bị trùng</translation>
        </message>
        <message>
            <source>Save it anyway?</source>
            <translation>Vẫn lưu câu hỏi này?</translation>
        </message>
        <message>
            <source>create %1</source>
            <translation>tạo %1</translation>
        </message>
        <message>
            <source>edit %1</source>
            <translation>sửa %1</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Đã lưu %1.</translation>
        </message>
        <message>
            <source>Save question</source>
            <translation>Lưu câu hỏi</translation>
        </message>
        <message>
            <source>Export questions</source>
            <translation>Xuất câu hỏi</translation>
        </message>
        <message numerus="yes">
            <source>%Ln question(s)</source>
            <translation>
                <numerusform>%Ln câu hỏi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln question(s) shown</source>
            <translation>
                <numerusform>Đang hiển thị %1/%Ln câu hỏi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This question is very like %Ln other question(s) of the bank:</source>
            <translation>
                <numerusform>Câu hỏi này rất giống với %Ln câu hỏi khác trong ngân hàng câu hỏi:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln question(s) %1</source>
            <translation>
                <numerusform>chuyển %Ln câu hỏi sang trạng thái %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln question(s) %1.</source>
            <translation>
                <numerusform>Đã chuyển %Ln câu hỏi sang trạng thái %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln could not be (e.g. a retired question).</source>
            <translation>
                <numerusform>Không chuyển được %Ln câu hỏi (ví dụ: câu hỏi đã ngừng sử dụng).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>move %Ln question(s) to %1</source>
            <translation>
                <numerusform>chuyển %Ln câu hỏi sang chủ đề %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln question(s) moved to %1.</source>
            <translation>
                <numerusform>Đã chuyển %Ln câu hỏi sang chủ đề %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuestionBooklet</name>
        <message numerus="yes">
            <source>%n question(s), with answers</source>
            <translation>
                <numerusform>%n câu hỏi, có đáp án</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s), without answers</source>
            <translation>
                <numerusform>%n câu hỏi, không có đáp án</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Question %1.</source>
            <translation>Câu %1.</translation>
        </message>
        <message>
            <source>Answer:</source>
            <translation>Đáp án:</translation>
        </message>
        <message>
            <source>Legal source:</source>
            <translation>Căn cứ pháp lý:</translation>
        </message>
        <message>
            <source>Explanation:</source>
            <translation>Giải thích:</translation>
        </message>
    </context>
    <context>
        <name>QuestionChangeCommand</name>
        <message>
            <source>redo: %1</source>
            <translation>làm lại: %1</translation>
        </message>
        <message>
            <source>undo: %1</source>
            <translation>hoàn tác: %1</translation>
        </message>
    </context>
    <context>
        <name>QuestionCommands</name>
        <message>
            <source>%1: cannot tell the format from the extension (.txt Aiken, .gift, .xml, .csv); use --format %2</source>
            <translation>%1: không xác định được định dạng từ phần mở rộng của tệp (.txt Aiken, .gift, .xml, .csv); hãy dùng --format %2</translation>
        </message>
        <message>
            <source>unknown format '%1'; use one of %2</source>
            <translation>định dạng '%1' không hợp lệ; dùng một trong các định dạng: %2</translation>
        </message>
        <message>
            <source>unknown status '%1'; use one of %2</source>
            <translation>trạng thái '%1' không hợp lệ; dùng một trong các trạng thái: %2</translation>
        </message>
        <message>
            <source>added</source>
            <translation>đã thêm</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>đã cập nhật</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>giữ nguyên</translation>
        </message>
        <message>
            <source>%1:%2: skipped %3 '%4': %5
</source>
            <translation>%1:%2: bỏ qua %3 '%4': %5
</translation>
        </message>
        <message numerus="yes">
            <source>%1: nothing imported, %n problem(s):
%2%3</source>
            <translation>
                <numerusform>%1: chưa nhập dữ liệu nào, có %n lỗi:
%2%3</numerusform>
            </translation>
        </message>
        <message>
            <source>
(--skip-invalid imports the valid questions and lists the rest)</source>
            <translation>
(--skip-invalid nhập các câu hỏi hợp lệ và liệt kê các câu hỏi còn lại)</translation>
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
            <translation>chưa nhập: %1
</translation>
        </message>
        <message>
            <source>%1: %2 imported, %3 updated, %4 unchanged, %5 skipped, %6 invalid
</source>
            <translation>%1: nhập mới %2, cập nhật %3, giữ nguyên %4, bỏ qua %5, không hợp lệ %6
</translation>
        </message>
        <message>
            <source>%1: %2 questions written (%3)
</source>
            <translation>%1: đã ghi %2 câu hỏi (%3)
</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)
</source>
            <translation>
                <numerusform>%n câu hỏi
</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) approved
</source>
            <translation>
                <numerusform>đã duyệt %n câu hỏi
</numerusform>
            </translation>
        </message>
        <message>
            <source>question %1: no such question</source>
            <translation>câu hỏi %1: không có câu hỏi này</translation>
        </message>
        <message>
            <source>default (unmapped categories, files without any) -&gt; %1
</source>
            <translation>mặc định (danh mục chưa gán chủ đề, tệp không có danh mục) -&gt; %1
</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(không có)</translation>
        </message>
        <message>
            <source>category '%1' is not mapped</source>
            <translation>danh mục '%1' chưa được gán chủ đề</translation>
        </message>
        <message>
            <source>the category is empty; use --default TOPIC for the default topic</source>
            <translation>danh mục để trống; dùng --default TOPIC để đặt chủ đề mặc định</translation>
        </message>
        <message>
            <source>category mapping saved
</source>
            <translation>đã lưu bảng gán danh mục với chủ đề
</translation>
        </message>
        <message>
            <source>%1 attempts, mean %2 correct (SD %3), CIC %4, error ratio %5
</source>
            <translation>%1 lượt thi, trung bình %2 câu đúng (độ lệch chuẩn %3), CIC %4, tỷ lệ sai số %5
</translation>
        </message>
        <message>
            <source>--answer KEY is required: %1</source>
            <translation>cần --answer ĐÁP_ÁN: %1</translation>
        </message>
        <message>
            <source>Question %1: key %2 -&gt; %3 (dry run: nothing was changed)
</source>
            <translation>Câu %1: đáp án %2 -&gt; %3 (chạy thử: chưa thay đổi gì)
</translation>
        </message>
        <message>
            <source>Question %1: key %2 -&gt; %3; every submission was judged again
</source>
            <translation>Câu %1: đáp án %2 -&gt; %3; mọi bài thi đã được chấm lại
</translation>
        </message>
        <message>
            <source>%1 submissions gain a point, %2 lose one
</source>
            <translation>%1 bài thi được thêm một điểm, %2 bài bị trừ một điểm
</translation>
        </message>
        <message>
            <source>  %1: rank %2 -&gt; %3, prize %4 -&gt; %5
</source>
            <translation>  %1: hạng %2 -&gt; %3, giải %4 -&gt; %5
</translation>
        </message>
        <message>
            <source>No contestant's rank or prize changes
</source>
            <translation>Không người dự thi nào đổi hạng hay đổi giải
</translation>
        </message>
        <message>
            <source>usage: contestctl questions approve ID...</source>
            <translation>cách dùng: contestctl questions approve MÃ...</translation>
        </message>
    </context>
    <context>
        <name>QuestionEditor</name>
        <message>
            <source>&amp;ID:</source>
            <translation>&amp;Mã câu hỏi:</translation>
        </message>
        <message>
            <source>&amp;Topic:</source>
            <translation>&amp;Chủ đề:</translation>
        </message>
        <message>
            <source>&amp;Question:</source>
            <translation>Câu &amp;hỏi:</translation>
        </message>
        <message>
            <source>The correct answer</source>
            <translation>Đáp án đúng</translation>
        </message>
        <message>
            <source>Add option</source>
            <translation>Thêm phương án</translation>
        </message>
        <message>
            <source>Remove last option</source>
            <translation>Xóa phương án cuối</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>Các phương án:</translation>
        </message>
        <message>
            <source>&amp;Difficulty:</source>
            <translation>Độ &amp;khó:</translation>
        </message>
        <message>
            <source>e.g. Luật Giao dịch điện tử 2023, Điều 5</source>
            <translation>ví dụ: Luật Giao dịch điện tử 2023, Điều 5</translation>
        </message>
        <message>
            <source>&amp;Legal source:</source>
            <translation>Că&amp;n cứ pháp lý:</translation>
        </message>
        <message>
            <source>&amp;Explanation:</source>
            <translation>&amp;Giải thích:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Trạng thái:</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>Khôi &amp;phục</translation>
        </message>
        <message>
            <source>&amp;Save question</source>
            <translation>&amp;Lưu câu hỏi</translation>
        </message>
        <message>
            <source>New question</source>
            <translation>Câu hỏi mới</translation>
        </message>
        <message>
            <source>Question %1</source>
            <translation>Câu hỏi %1</translation>
        </message>
        <message>
            <source>Select a question, or create a new one.</source>
            <translation>Hãy chọn một câu hỏi hoặc tạo câu hỏi mới.</translation>
        </message>
        <message>
            <source>'%1' is the ID of another question</source>
            <translation>'%1' là mã của một câu hỏi khác</translation>
        </message>
        <message>
            <source>Correct answer: %1</source>
            <translation>Đáp án: %1</translation>
        </message>
    </context>
    <context>
        <name>QuestionExporter</name>
        <message>
            <source>question %1 cannot be written in Aiken: its line '%2' would read as an option or an answer; export as GIFT, Moodle XML or CSV</source>
            <translation>không thể ghi câu hỏi %1 theo định dạng Aiken: dòng '%2' của câu hỏi sẽ bị hiểu nhầm là một phương án hoặc đáp án; hãy xuất theo định dạng GIFT, Moodle XML hoặc CSV</translation>
        </message>
    </context>
    <context>
        <name>QuestionFormats</name>
        <message>
            <source>the file is %1 MB; a question bank file may have at most %2 MB</source>
            <translation>tệp có dung lượng %1 MB; tệp ngân hàng câu hỏi chỉ được tối đa %2 MB</translation>
        </message>
    </context>
    <context>
        <name>QuestionImportDialog</name>
        <message>
            <source>Import questions from %1</source>
            <translation>Nhập câu hỏi từ %1</translation>
        </message>
        <message>
            <source>Questions (%1)</source>
            <translation>Câu hỏi (%1)</translation>
        </message>
        <message>
            <source>Skipped (%1)</source>
            <translation>Bỏ qua (%1)</translation>
        </message>
        <message>
            <source>Errors (%1)</source>
            <translation>Lỗi (%1)</translation>
        </message>
        <message>
            <source>Near-duplicates (%1)</source>
            <translation>Gần trùng (%1)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Nhập</translation>
        </message>
        <message>
            <source>%1: %2 to add, %3 to update, %4 unchanged, %5 skipped.</source>
            <translation>%1: thêm mới %2, cập nhật %3, giữ nguyên %4, bỏ qua %5.</translation>
        </message>
        <message>
            <source>The file cannot be read as a whole; nothing can be imported from it.</source>
            <translation>Không đọc được toàn bộ tệp; không thể nhập dữ liệu nào từ tệp này.</translation>
        </message>
        <message>
            <source>There is nothing to import.</source>
            <translation>Không có dữ liệu nào cần nhập.</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Câu hỏi</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Thay đổi</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Lý do</translation>
        </message>
        <message numerus="yes">
            <source>Skip the invalid questions and import the %Ln valid one(s)</source>
            <translation>
                <numerusform>Bỏ qua các câu hỏi không hợp lệ và nhập %Ln câu hỏi hợp lệ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln question(s) have errors. Nothing is imported unless you choose to skip them; correct the file (lines are given) and import it again.</source>
            <translation>
                <numerusform>Có %Ln câu hỏi bị lỗi. Sẽ không có dữ liệu nào được nhập nếu bạn không chọn bỏ qua các câu hỏi này; hãy sửa tệp (theo số dòng được chỉ ra) rồi nhập lại.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuestionImporter</name>
        <message>
            <source>cannot read the file: %1</source>
            <translation>không đọc được tệp: %1</translation>
        </message>
        <message>
            <source>cannot tell the format from the file name; use --format %1</source>
            <translation>không xác định được định dạng từ tên tệp; hãy dùng --format %1</translation>
        </message>
        <message>
            <source>%1: field 'topic'</source>
            <translation>%1: trường 'topic'</translation>
        </message>
        <message>
            <source>unknown topic '%1' (topics: %2)</source>
            <translation>không có chủ đề '%1' (các chủ đề hiện có: %2)</translation>
        </message>
        <message>
            <source>no topic for category '%1': map the category to a topic or choose a default topic (--topic)</source>
            <translation>chưa có chủ đề cho danh mục '%1': hãy gán danh mục với một chủ đề hoặc chọn chủ đề mặc định (--topic)</translation>
        </message>
        <message>
            <source>%1: field 'id'</source>
            <translation>%1: trường 'id'</translation>
        </message>
        <message>
            <source>'%1' is already used on line %2</source>
            <translation>'%1' đã được dùng ở dòng %2</translation>
        </message>
        <message>
            <source>no questions found in the file (is it %1?)</source>
            <translation>không tìm thấy câu hỏi nào trong tệp (tệp có đúng định dạng %1 không?)</translation>
        </message>
        <message>
            <source>unknown default topic '%1' (topics: %2)</source>
            <translation>không có chủ đề mặc định '%1' (các chủ đề hiện có: %2)</translation>
        </message>
    </context>
    <context>
        <name>QuestionRepository</name>
        <message>
            <source>question %1: no such question</source>
            <translation>câu hỏi %1: không có câu hỏi này</translation>
        </message>
        <message>
            <source>Question %1</source>
            <translation>Câu hỏi %1</translation>
        </message>
    </context>
    <context>
        <name>QuestionReview</name>
        <message>
            <source>question %1: cannot go from %2 to %3</source>
            <translation>câu hỏi %1: không thể chuyển từ trạng thái %2 sang %3</translation>
        </message>
    </context>
    <context>
        <name>QuestionStats</name>
        <message>
            <source>negative discrimination: check the key</source>
            <translation>độ phân biệt âm: hãy kiểm tra đáp án</translation>
        </message>
        <message>
            <source>low discrimination</source>
            <translation>độ phân biệt thấp</translation>
        </message>
        <message>
            <source>very hard</source>
            <translation>rất khó</translation>
        </message>
        <message>
            <source>very easy</source>
            <translation>rất dễ</translation>
        </message>
    </context>
    <context>
        <name>QuestionStatsPage</name>
        <message>
            <source>Question</source>
            <translation>Câu hỏi</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <source>Drawn</source>
            <translation>Số lần được rút</translation>
        </message>
        <message>
            <source>Correct (strongest quarter)</source>
            <translation>Tỷ lệ trả lời đúng (nhóm 25% tốt nhất)</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Cần kiểm tra</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>Correct the key…</source>
            <translation>Sửa đáp án…</translation>
        </message>
        <message>
            <source>Only the organizing committee corrects an answer key: it changes the results.</source>
            <translation>Chỉ Ban Tổ chức được sửa đáp án, vì việc này làm thay đổi kết quả.</translation>
        </message>
        <message>
            <source>Select a question first.</source>
            <translation>Hãy chọn một câu hỏi trước.</translation>
        </message>
        <message>
            <source>See what a corrected key would change, then apply it.</source>
            <translation>Xem việc sửa đáp án sẽ thay đổi những gì, rồi áp dụng.</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>Độ dễ</translation>
        </message>
        <message>
            <source>Discrimination index</source>
            <translation>Chỉ số phân biệt</translation>
        </message>
        <message>
            <source>Discriminative efficiency</source>
            <translation>Hiệu quả phân biệt</translation>
        </message>
        <message>
            <source>The share of right answers, in percent.</source>
            <translation>Tỷ lệ trả lời đúng, tính theo phần trăm.</translation>
        </message>
        <message>
            <source>How well the question separates strong from weak contestants: the correlation of its mark with the rest of the attempt, ×100. Under 30 needs checking; under 0 (the strongest get it wrong) usually means a wrong key.</source>
            <translation>Mức câu hỏi phân biệt người giỏi với người yếu: hệ số tương quan giữa điểm câu này và điểm phần còn lại của bài, ×100. Dưới 30 cần xem lại; dưới 0 (người giỏi lại trả lời sai) thường là đáp án sai.</translation>
        </message>
        <message>
            <source>The discrimination index against the highest this question could reach, ×100.</source>
            <translation>Chỉ số phân biệt so với mức cao nhất câu hỏi này có thể đạt, ×100.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln question(s) drawn, %1 to check. Mean %2 correct (standard deviation %3) over %4 attempts; internal consistency (CIC) %5, error ratio %6. A submission is among the strongest quarter with at least %7 correct answers.</source>
            <translation>
                <numerusform>%Ln câu hỏi đã được bốc, %1 câu cần xem lại. Trung bình %2 câu đúng (độ lệch chuẩn %3) trên %4 lượt thi; độ nhất quán nội tại (CIC) %5, tỷ lệ sai số %6. Một bài thi thuộc nhóm một phần tư giỏi nhất khi có ít nhất %7 câu đúng.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuestionTableModel</name>
        <message>
            <source>ID</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Câu hỏi</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Đáp án</translation>
        </message>
        <message>
            <source>Difficulty</source>
            <translation>Độ khó</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Người soạn</translation>
        </message>
        <message>
            <source>Updated (%1)</source>
            <translation>Cập nhật (%1)</translation>
        </message>
    </context>
    <context>
        <name>QuestionTransfer</name>
        <message>
            <source>%1 (line %2) is %3% like %4</source>
            <translation>%1 (dòng %2) giống %4 đến %3%</translation>
        </message>
        <message>
            <source>Import questions</source>
            <translation>Nhập câu hỏi</translation>
        </message>
        <message>
            <source>Question files (*.txt *.gift *.xml *.csv);;Aiken (*.txt);;GIFT (*.gift);;Moodle XML (*.xml);;CSV (*.csv);;All files (*)</source>
            <translation>Tệp câu hỏi (*.txt *.gift *.xml *.csv);;Aiken (*.txt);;GIFT (*.gift);;Moodle XML (*.xml);;CSV (*.csv);;Tất cả các tệp (*)</translation>
        </message>
        <message>
            <source>Import of %1 cancelled; nothing changed.</source>
            <translation>Đã hủy nhập %1; không có thay đổi nào.</translation>
        </message>
        <message>
            <source>Imported %1: %2 added, %3 updated.</source>
            <translation>Đã nhập %1: thêm mới %2, cập nhật %3.</translation>
        </message>
        <message>
            <source>Export questions</source>
            <translation>Xuất câu hỏi</translation>
        </message>
        <message>
            <source>GIFT (*.gift);;Moodle XML (*.xml);;Aiken (*.txt);;CSV (*.csv)</source>
            <translation>GIFT (*.gift);;Moodle XML (*.xml);;Aiken (*.txt);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Name the file .gift, .xml, .txt (Aiken) or .csv: the extension chooses the format.</source>
            <translation>Đặt tên tệp có phần mở rộng .gift, .xml, .txt (Aiken) hoặc .csv: phần mở rộng quyết định định dạng tệp.</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln question(s) to %1.</source>
            <translation>
                <numerusform>Đã xuất %Ln câu hỏi ra %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RankingOrderEditor</name>
        <message>
            <source>Move &amp;up</source>
            <translation>Chuyển &amp;lên</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Chuyển &amp;xuống</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Bỏ tiêu chí</translation>
        </message>
        <message>
            <source>&amp;Add key</source>
            <translation>Thêm tiêu &amp;chí</translation>
        </message>
        <message>
            <source>Correct answers (more ranks higher)</source>
            <translation>Số câu trả lời đúng (nhiều hơn xếp trên)</translation>
        </message>
        <message>
            <source>Prediction error (smaller ranks higher)</source>
            <translation>Sai số dự đoán (nhỏ hơn xếp trên)</translation>
        </message>
        <message>
            <source>Time taken (shorter ranks higher)</source>
            <translation>Thời gian làm bài (ngắn hơn xếp trên)</translation>
        </message>
        <message>
            <source>Submission time (earlier ranks higher)</source>
            <translation>Thời điểm nộp bài (sớm hơn xếp trên)</translation>
        </message>
        <message>
            <source>Number of attempts (fewer ranks higher)</source>
            <translation>Số lượt thi (ít hơn xếp trên)</translation>
        </message>
        <message>
            <source>Start time (earlier ranks higher)</source>
            <translation>Thời điểm bắt đầu (sớm hơn xếp trên)</translation>
        </message>
        <message>
            <source>In the settings file: %1</source>
            <translation>Tên trong tệp thiết lập: %1</translation>
        </message>
    </context>
    <context>
        <name>RecordTablePage</name>
        <message>
            <source>Filter…</source>
            <translation>Lọc…</translation>
        </message>
        <message>
            <source>&amp;Import from CSV…</source>
            <translation>&amp;Nhập từ tệp CSV…</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Tệp CSV (*.csv);;Tất cả các tệp (*)</translation>
        </message>
        <message>
            <source>Imported %1: %2 added, %3 updated.</source>
            <translation>Đã nhập %1: thêm mới %2, cập nhật %3.</translation>
        </message>
    </context>
    <context>
        <name>ReportCommands</name>
        <message>
            <source>--date '%1': expected a day as dd/MM/yyyy, e.g. 07/06/2024</source>
            <translation>--date '%1': cần một ngày dạng dd/MM/yyyy, ví dụ 07/06/2024</translation>
        </message>
        <message>
            <source>say where: --out FILE.pdf</source>
            <translation>hãy cho biết nơi ghi: --out TỆP.pdf</translation>
        </message>
        <message>
            <source>say where: --out FILE.csv|.xlsx|.pdf</source>
            <translation>hãy cho biết nơi ghi: --out TỆP.csv|.xlsx|.pdf</translation>
        </message>
    </context>
    <context>
        <name>ResultsArea</name>
        <message>
            <source>&amp;Individual ranking</source>
            <translation>Xếp hạng &amp;cá nhân</translation>
        </message>
        <message>
            <source>&amp;Collective ranking</source>
            <translation>Xếp hạng &amp;tập thể</translation>
        </message>
        <message>
            <source>&amp;Ties and decisions</source>
            <translation>&amp;Bằng điểm và quyết định</translation>
        </message>
        <message>
            <source>&amp;Audit log</source>
            <translation>&amp;Nhật ký thao tác</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Làm mới</translation>
        </message>
        <message>
            <source>Compute the results again from the stored submissions, settings and decisions.</source>
            <translation>Tính lại kết quả từ các bài dự thi, thiết lập và quyết định đã lưu.</translation>
        </message>
        <message>
            <source>&amp;Decide tie…</source>
            <translation>&amp;Phân xử trường hợp bằng điểm…</translation>
        </message>
        <message>
            <source>&amp;Lock results</source>
            <translation>C&amp;hốt kết quả</translation>
        </message>
        <message>
            <source>Freeze the results: printing and publishing then use this snapshot, which later submissions cannot change.</source>
            <translation>Cố định kết quả: việc in và công bố sau đó sẽ dùng bản chốt này; các bài dự thi nhận sau không làm thay đổi được bản chốt.</translation>
        </message>
        <message>
            <source>&amp;Unlock…</source>
            <translation>&amp;Mở chốt…</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <source>Judges' decisions</source>
            <translation>Quyết định của Ban Giám khảo</translation>
        </message>
        <message>
            <source>&amp;Ties and decisions (%1)</source>
            <translation>&amp;Bằng điểm và quyết định (%1)</translation>
        </message>
        <message>
            <source>Warning: the stored snapshot no longer matches its SHA-256: it was changed after locking.</source>
            <translation>Cảnh báo: bản chốt đã lưu không còn khớp với mã SHA-256 của nó: bản chốt đã bị thay đổi sau khi chốt.</translation>
        </message>
        <message>
            <source>Contestants: %1 · Valid submissions: %2 · Invalid: %3 · Prediction target: %4 · Individual prizes given: %5 · Collective prizes: %6</source>
            <translation>Thí sinh: %1 · Bài dự thi hợp lệ: %2 · Không hợp lệ: %3 · Đáp án câu hỏi dự đoán: %4 · Giải cá nhân đã trao: %5 · Giải tập thể: %6</translation>
        </message>
        <message>
            <source>Unresolved ties: %1 · Decisions to review: %2</source>
            <translation>Bằng điểm chưa phân xử: %1 · Quyết định cần xem xét lại: %2</translation>
        </message>
        <message>
            <source>Lock results</source>
            <translation>Chốt kết quả</translation>
        </message>
        <message>
            <source>Lock the results as they are shown? Certificates and award lists will be printed from this snapshot; later submissions will not change it until someone unlocks it with a reason.</source>
            <translation>Chốt kết quả như đang hiển thị? Giấy chứng nhận và danh sách khen thưởng sẽ được in từ bản chốt này; các bài dự thi nhận sau sẽ không làm thay đổi bản chốt cho đến khi có người mở chốt kèm theo lý do.</translation>
        </message>
        <message>
            <source>The results changed since they were shown (new submissions, settings or decisions). Check them and lock again.</source>
            <translation>Kết quả đã thay đổi kể từ khi được hiển thị (có bài dự thi, thiết lập hoặc quyết định mới). Hãy kiểm tra lại rồi chốt lại.</translation>
        </message>
        <message>
            <source>The results cannot be locked: %1</source>
            <translation>Không thể chốt kết quả: %1</translation>
        </message>
        <message>
            <source>Unlock results</source>
            <translation>Mở chốt kết quả</translation>
        </message>
        <message>
            <source>Unlocking lets the results change again. Write why (it is kept in the audit log):</source>
            <translation>Sau khi mở chốt, kết quả có thể thay đổi trở lại. Hãy ghi lý do (lý do được lưu trong nhật ký thao tác):</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Mở chốt</translation>
        </message>
        <message>
            <source>Record decision</source>
            <translation>Ghi nhận quyết định</translation>
        </message>
        <message>
            <source>Withdraw judges' decision</source>
            <translation>Hủy bỏ quyết định của Ban Giám khảo</translation>
        </message>
        <message>
            <source>The decision stays in the record, marked withdrawn, and the judges can decide the tie again. Write why it is withdrawn:</source>
            <translation>Quyết định vẫn được lưu trong hồ sơ, được đánh dấu là đã hủy bỏ, và Ban Giám khảo có thể phân xử lại trường hợp bằng điểm. Hãy ghi lý do hủy bỏ:</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Hủy bỏ quyết định</translation>
        </message>
        <message>
            <source>Withdraw decision</source>
            <translation>Hủy bỏ quyết định</translation>
        </message>
        <message>
            <source>&lt;b&gt;Results locked on %1 by %2&lt;/b&gt;, SHA-256 %3. What is shown below is the locked snapshot; unlock (with a reason) to change it.</source>
            <translation>&lt;b&gt;Kết quả đã được chốt lúc %1, người chốt: %2&lt;/b&gt;, SHA-256 %3. Nội dung dưới đây là bản chốt; muốn thay đổi, hãy mở chốt (kèm theo lý do).</translation>
        </message>
        <message>
            <source>no prize</source>
            <translation>không có giải</translation>
        </message>
        <message>
            <source>collective prize</source>
            <translation>giải tập thể</translation>
        </message>
        <message>
            <source>The judges' order decides the prizes and the listing, and is kept in the audit log:

%1

Judges: %2
Reason: %3

Record this decision?</source>
            <translation>Thứ tự do Ban Giám khảo quyết định sẽ xác định giải và thứ tự trong danh sách, và được lưu trong nhật ký thao tác:

%1

Ban Giám khảo: %2
Lý do: %3

Ghi nhận quyết định này?</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s) that may not receive a collective prize (such as the public or the organising office) are listed last, without a rank.</source>
            <translation>
                <numerusform>%Ln đơn vị không được xét giải tập thể (như Nhân dân hoặc cơ quan thường trực Ban Tổ chức) được liệt kê cuối bảng, không có thứ hạng.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>* %Ln unit(s) have more contestants than their headcount (people outside the unit chose it, or the headcount is out of date): the rate is shown as counted; the collective ranking counts contestants, not the rate.</source>
            <translation>
                <numerusform>* %Ln đơn vị có số người dự thi nhiều hơn biên chế (có người ngoài đơn vị đã chọn đơn vị này, hoặc số biên chế chưa được cập nhật): tỷ lệ được hiển thị đúng như số liệu đếm được; xếp hạng tập thể tính theo số người dự thi, không theo tỷ lệ.</numerusform>
            </translation>
        </message>
        <message>
            <source>I&amp;ntegrity cases</source>
            <translation>Trường hợp &amp;nghi vấn</translation>
        </message>
        <message>
            <source>Integrity cases</source>
            <translation>Trường hợp nghi vấn</translation>
        </message>
        <message>
            <source>I&amp;ntegrity cases (%1)</source>
            <translation>Trường hợp &amp;nghi vấn (%1)</translation>
        </message>
    </context>
    <context>
        <name>ResultsCommands</name>
        <message>
            <source>say one of --json, --csv or --explain CONTESTANT</source>
            <translation>hãy chọn một trong --json, --csv hoặc --explain THÍ_SINH</translation>
        </message>
        <message>
            <source>locked snapshot %1 does not match its SHA-256: it was altered</source>
            <translation>bản chốt kết quả %1 không khớp với SHA-256 của nó: bản này đã bị sửa đổi</translation>
        </message>
        <message>
            <source>results locked (snapshot %1, sha256 %2); --live computes them from the current data
</source>
            <translation>kết quả đã được chốt (bản chốt %1, sha256 %2); --live tính lại từ dữ liệu hiện tại
</translation>
        </message>
        <message>
            <source>no contestant %1 (give the ID number or phone)</source>
            <translation>không có thí sinh %1 (hãy nhập số định danh hoặc số điện thoại)</translation>
        </message>
        <message>
            <source>results unlocked
</source>
            <translation>đã mở chốt kết quả
</translation>
        </message>
        <message>
            <source>no unresolved tie for %1 with exactly these members (see contestctl ties list)</source>
            <translation>không có trường hợp bằng điểm chưa phân định nào cho %1 với đúng những người này (xem contestctl ties list)</translation>
        </message>
    </context>
    <context>
        <name>ResultsExplainer</name>
        <message>
            <source>none</source>
            <translation>không có</translation>
        </message>
        <message>
            <source>correct answers (more is better)</source>
            <translation>số câu trả lời đúng (càng nhiều càng tốt)</translation>
        </message>
        <message>
            <source>prediction error (smaller is better)</source>
            <translation>sai số dự đoán (càng nhỏ càng tốt)</translation>
        </message>
        <message>
            <source>duration (shorter is better)</source>
            <translation>thời gian làm bài (càng ngắn càng tốt)</translation>
        </message>
        <message>
            <source>submission time (earlier is better)</source>
            <translation>thời điểm nộp bài (càng sớm càng tốt)</translation>
        </message>
        <message>
            <source>number of attempts (fewer is better)</source>
            <translation>số lượt thi (càng ít càng tốt)</translation>
        </message>
        <message>
            <source>start time (earlier is better)</source>
            <translation>thời điểm bắt đầu (càng sớm càng tốt)</translation>
        </message>
        <message>
            <source>%1 (prediction %2, target %3)</source>
            <translation>%1 (dự đoán %2, đáp án %3)</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>  %1. %2, submitted %3: %4 correct, prediction %5, duration %6 ms</source>
            <translation>  %1. %2, nộp lúc %3: đúng %4 câu, dự đoán %5, thời gian làm bài %6 ms</translation>
        </message>
        <message>
            <source> [counted]</source>
            <translation> [được tính]</translation>
        </message>
        <message>
            <source> [not considered: beyond the %1 attempts allowed]</source>
            <translation> [không xét: vượt quá %1 lượt thi được phép]</translation>
        </message>
        <message>
            <source>Rank %1 of %2 contestants.</source>
            <translation>Hạng %1 trên tổng số %2 thí sinh.</translation>
        </message>
        <message numerus="yes">
            <source>Shared with %n other contestant(s) equal on every ranking key.</source>
            <translation>
                <numerusform>Đồng hạng với %n thí sinh khác bằng nhau ở mọi tiêu chí xếp hạng.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2 against %3</source>
            <translation>%1: %2 so với %3</translation>
        </message>
        <message>
            <source>Below %1 (rank %2) on %3.</source>
            <translation>Xếp sau %1 (hạng %2) theo tiêu chí %3.</translation>
        </message>
        <message>
            <source>Above %1 (rank %2) on %3.</source>
            <translation>Xếp trên %1 (hạng %2) theo tiêu chí %3.</translation>
        </message>
        <message>
            <source>Prize: none. Not eligible: %1. Ineligible contestants are passed over and get no certificate.</source>
            <translation>Giải: không có. Không được xét giải: %1. Thí sinh không được xét giải sẽ được bỏ qua khi trao giải và không được cấp Giấy chứng nhận.</translation>
        </message>
        <message>
            <source>Prize: withheld. Unresolved tie for '%1' with %2: they are equal on every key and their slots give different prizes (%3). The judges decide; the slots stay reserved.</source>
            <translation>Giải: tạm giữ. Trường hợp bằng điểm chưa phân xử tại giải '%1' với %2: các thí sinh bằng nhau ở mọi tiêu chí và các vị trí của họ ứng với các giải khác nhau (%3). Ban Giám khảo sẽ quyết định; các vị trí này được giữ lại.</translation>
        </message>
        <message>
            <source>Prize: none; every prize slot went to eligible contestants ranked higher.</source>
            <translation>Giải: không có; tất cả các giải đã được trao cho các thí sinh được xét giải có thứ hạng cao hơn.</translation>
        </message>
        <message>
            <source>Prize: %1.</source>
            <translation>Giải: %1.</translation>
        </message>
        <message>
            <source> Tie decided by the judges (%1, %2): order %3; reason: %4.</source>
            <translation> Trường hợp bằng điểm đã được Ban Giám khảo phân xử (%1, %2): thứ tự %3; lý do: %4.</translation>
        </message>
        <message>
            <source>No ranked contestant has the key %1.</source>
            <translation>Không có thí sinh nào trong bảng xếp hạng có mã định danh %1.</translation>
        </message>
        <message>
            <source>Contestant %1 (%2), unit %3.</source>
            <translation>Thí sinh %1 (%2), đơn vị %3.</translation>
        </message>
        <message>
            <source>the first %1 count</source>
            <translation>tính %1 lượt đầu tiên</translation>
        </message>
        <message>
            <source>all count</source>
            <translation>tính tất cả các lượt</translation>
        </message>
        <message>
            <source>Valid attempts: %1 (%2).</source>
            <translation>Số lượt thi hợp lệ: %1 (%2).</translation>
        </message>
        <message>
            <source>  invalid, not ranked: %1 (%2)</source>
            <translation>  không hợp lệ, không xếp hạng: %1 (%2)</translation>
        </message>
        <message>
            <source>Counted: the best attempt by the ranking order (the earliest among equals).</source>
            <translation>Lượt thi được tính: lượt thi tốt nhất theo thứ tự xếp hạng (nếu bằng nhau, lấy lượt sớm nhất).</translation>
        </message>
        <message>
            <source>Counted: the first attempt by submission time.</source>
            <translation>Lượt thi được tính: lượt thi đầu tiên theo thời điểm nộp bài.</translation>
        </message>
        <message>
            <source>Counted: the last attempt considered, by submission time.</source>
            <translation>Lượt thi được tính: lượt thi cuối cùng được xét, theo thời điểm nộp bài.</translation>
        </message>
        <message>
            <source>Ranking keys, in order:</source>
            <translation>Các tiêu chí xếp hạng, theo thứ tự:</translation>
        </message>
        <message>
            <source>  %1: %2</source>
            <translation>  %1: %2</translation>
        </message>
        <message>
            <source>Certificate: yes (%1 correct, at least %2 needed).</source>
            <translation>Giấy chứng nhận: có (đúng %1 câu, yêu cầu tối thiểu %2 câu).</translation>
        </message>
        <message>
            <source>Certificate: no (%1 correct, at least %2 needed).</source>
            <translation>Giấy chứng nhận: không (đúng %1 câu, yêu cầu tối thiểu %2 câu).</translation>
        </message>
        <message>
            <source>Certificate: no (not eligible).</source>
            <translation>Giấy chứng nhận: không (không được xét giải).</translation>
        </message>
    </context>
    <context>
        <name>ResultsLock</name>
        <message>
            <source>results are already locked (snapshot %1 of %2); unlock them first, with a reason</source>
            <translation>kết quả đã được chốt (bản chốt số %1 lúc %2); hãy mở chốt trước, kèm theo lý do</translation>
        </message>
        <message numerus="yes">
            <source>%n tie(s) at a prize boundary are not decided yet: the judges must decide them before the results can be locked</source>
            <translation>
                <numerusform>còn %n trường hợp bằng điểm tại ranh giới giải chưa được phân xử: Ban Giám khảo phải quyết định trước khi chốt kết quả</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n judges' decision(s) no longer match the current ties and must be reviewed before the results can be locked</source>
            <translation>
                <numerusform>%n quyết định của Ban Giám khảo không còn khớp với các trường hợp bằng điểm hiện tại, cần được xem xét lại trước khi chốt kết quả</numerusform>
            </translation>
        </message>
        <message>
            <source>unlocking the results needs a reason</source>
            <translation>mở chốt kết quả phải có lý do</translation>
        </message>
        <message>
            <source>the results are not locked</source>
            <translation>kết quả chưa được chốt</translation>
        </message>
        <message numerus="yes">
            <source>%n integrity case(s) touch a prize winner and are not decided yet: the judges must decide them before the results can be locked</source>
            <translation>
                <numerusform>%n trường hợp nghi vấn liên quan đến người đạt giải chưa được quyết định: Ban Giám khảo phải quyết định trước khi chốt kết quả</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RevisionHistoryView</name>
        <message>
            <source>When</source>
            <translation>Thời điểm</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Người thực hiện</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Nội dung thay đổi</translation>
        </message>
        <message>
            <source>Select a question to see its history.</source>
            <translation>Hãy chọn một câu hỏi để xem lịch sử thay đổi.</translation>
        </message>
        <message numerus="yes">
            <source>History of %1: %Ln change(s)</source>
            <translation>
                <numerusform>Lịch sử thay đổi của %1: %Ln lần thay đổi</numerusform>
            </translation>
        </message>
        <message>
            <source>When (%1)</source>
            <translation>Thời điểm (%1)</translation>
        </message>
    </context>
    <context>
        <name>RevisionText</name>
        <message>
            <source>Draft</source>
            <translation>Bản nháp</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Đã rà soát</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Đã duyệt</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Ngừng sử dụng</translation>
        </message>
        <message>
            <source>Easy</source>
            <translation>Dễ</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Trung bình</translation>
        </message>
        <message>
            <source>Hard</source>
            <translation>Khó</translation>
        </message>
        <message>
            <source>created</source>
            <translation>tạo mới</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>sửa</translation>
        </message>
        <message>
            <source>status: %1</source>
            <translation>trạng thái: %1</translation>
        </message>
        <message>
            <source>imported from %1</source>
            <translation>nhập từ %1</translation>
        </message>
        <message>
            <source>moved to topic %1</source>
            <translation>chuyển sang chủ đề %1</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Question text</source>
            <translation>Nội dung câu hỏi</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Các phương án</translation>
        </message>
        <message>
            <source>Correct answer</source>
            <translation>Đáp án đúng</translation>
        </message>
        <message>
            <source>Difficulty</source>
            <translation>Độ khó</translation>
        </message>
        <message>
            <source>Legal source</source>
            <translation>Căn cứ pháp lý</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Giải thích</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Người soạn</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Người duyệt</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>committee</source>
            <translation>Ban Tổ chức</translation>
        </message>
        <message>
            <source>question author</source>
            <translation>người soạn câu hỏi</translation>
        </message>
        <message>
            <source>judge</source>
            <translation>giám khảo</translation>
        </message>
        <message>
            <source>secretary</source>
            <translation>thư ký</translation>
        </message>
    </context>
    <context>
        <name>SavedNotice</name>
        <message>
            <source>Saved to %1</source>
            <translation>Đã lưu vào %1</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Mở thư mục</translation>
        </message>
    </context>
    <context>
        <name>ServerArea</name>
        <message>
            <source>Online server</source>
            <translation>Máy chủ trực tuyến</translation>
        </message>
        <message>
            <source>Submissions</source>
            <translation>Bài dự thi</translation>
        </message>
        <message>
            <source>S&amp;ync now</source>
            <translation>Đồng &amp;bộ ngay</translation>
        </message>
        <message>
            <source>Pull the submissions the server received since the last sync.</source>
            <translation>Tải về các bài dự thi mà máy chủ đã nhận kể từ lần đồng bộ gần nhất.</translation>
        </message>
        <message>
            <source>Not synced in this session yet.</source>
            <translation>Chưa đồng bộ bài dự thi trong phiên làm việc này.</translation>
        </message>
        <message>
            <source>The server refused the token: enter the right one under Server settings. (%1)</source>
            <translation>Máy chủ từ chối mã truy cập (token): hãy nhập đúng mã truy cập ở mục Thiết lập máy chủ. (%1)</translation>
        </message>
        <message>
            <source>The server sent a page that cannot be read; nothing of that page was stored, everything before it was. Try again later or tell the server's operator. (%1)</source>
            <translation>Máy chủ gửi về một trang dữ liệu không đọc được; dữ liệu của trang đó không được lưu, còn mọi dữ liệu trước đó đã được lưu. Hãy thử lại sau hoặc báo cho người quản trị máy chủ. (%1)</translation>
        </message>
        <message>
            <source>Not synced: the server's certificate was not pinned.</source>
            <translation>Chưa đồng bộ: chứng chỉ của máy chủ chưa được ghim (tin cậy).</translation>
        </message>
        <message>
            <source>Last sync at %1: %2</source>
            <translation>Lần đồng bộ gần nhất lúc %1: %2</translation>
        </message>
        <message>
            <source>Last sync at %1 failed: %2 Stored before that: %3</source>
            <translation>Lần đồng bộ lúc %1 không thành công: %2 Đã lưu trước đó: %3</translation>
        </message>
    </context>
    <context>
        <name>ServerClient</name>
        <message>
            <source>%1: the server URL must start with https:// and name a host</source>
            <translation>%1: địa chỉ URL của máy chủ phải bắt đầu bằng https:// và có tên máy chủ</translation>
        </message>
        <message>
            <source>%1: no PEM certificate could be read from the CA file</source>
            <translation>%1: không đọc được chứng chỉ PEM nào từ tệp CA</translation>
        </message>
        <message>
            <source>%1: the server's certificate is not trusted (%2). Give the CA that issued it with --ca-file, or pin its fingerprint after checking it. %3</source>
            <translation>%1: chứng chỉ (TLS) của máy chủ không được tin cậy (%2). Hãy chỉ ra CA đã cấp chứng chỉ bằng --ca-file, hoặc ghim dấu vân tay (SHA-256) của chứng chỉ sau khi đã kiểm tra. %3</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>%1: the server is busy (HTTP %2) and asks to retry after %3 s; try again later</source>
            <translation>%1: máy chủ đang bận (HTTP %2) và yêu cầu thử lại sau %3 giây; hãy thử lại sau</translation>
        </message>
        <message>
            <source>HTTP %1: %2</source>
            <translation>HTTP %1: %2</translation>
        </message>
        <message>
            <source>%1: the server refused the token (HTTP 401 Unauthorized); check the token file</source>
            <translation>%1: máy chủ từ chối mã truy cập (token) (HTTP 401 Unauthorized); hãy kiểm tra tệp mã truy cập</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: gave up after %2 attempts; last: %3</source>
            <translation>%1: đã dừng sau %2 lần thử; lỗi lần cuối: %3</translation>
        </message>
        <message>
            <source>%1: the server's answer is not a JSON object (%2 at byte %3 of %4)</source>
            <translation>%1: phản hồi của máy chủ không phải là đối tượng JSON (%2 tại byte %3/%4)</translation>
        </message>
        <message>
            <source>not an object</source>
            <translation>không phải là đối tượng</translation>
        </message>
        <message>
            <source>%1 %2: HTTP %3: %4</source>
            <translation>%1 %2: HTTP %3: %4</translation>
        </message>
        <message>
            <source>%1: the server has no contest '%2' (HTTP 404); publish it first</source>
            <translation>%1: máy chủ không có cuộc thi '%2' (HTTP 404); hãy công bố đề thi trước</translation>
        </message>
        <message>
            <source>PUT %1: the server refused the package (HTTP 409): %2</source>
            <translation>PUT %1: máy chủ từ chối gói đề thi (HTTP 409): %2</translation>
        </message>
        <message>
            <source>PUT %1: the answer has no numeric "package_version"</source>
            <translation>PUT %1: phản hồi không có "package_version" dạng số</translation>
        </message>
        <message>
            <source>GET %1: malformed page: %2; nothing of this page was stored</source>
            <translation>GET %1: trang dữ liệu không đúng định dạng: %2; không lưu dữ liệu nào của trang này</translation>
        </message>
        <message>
            <source>%1: the request was cancelled</source>
            <translation>%1: yêu cầu đã bị hủy</translation>
        </message>
        <message>
            <source>%1: the response would be %2 bytes, over the size limit of %3 MB (--max-page-mb); it was refused before its body and nothing of it was stored</source>
            <translation>%1: phản hồi có %2 byte, vượt giới hạn %3 MB (--max-page-mb); đã từ chối trước khi nhận nội dung và không lưu gì của phản hồi này</translation>
        </message>
        <message>
            <source>%1: the response passed the size limit of %2 MB (--max-page-mb) and was cut off; nothing of it was stored</source>
            <translation>%1: phản hồi vượt giới hạn %2 MB (--max-page-mb) nên đã bị ngắt; không lưu gì của phản hồi này</translation>
        </message>
        <message>
            <source>%1: the response did not complete within the deadline of %2 s (--deadline); nothing of it was stored</source>
            <translation>%1: phản hồi không hoàn tất trong thời hạn %2 giây (--deadline); không lưu gì của phản hồi này</translation>
        </message>
        <message>
            <source>%1: HTTP %2 without a usable Location</source>
            <translation>%1: HTTP %2 mà không có Location dùng được</translation>
        </message>
        <message>
            <source>%1: the server redirected to another origin, %2; it was not followed and the token was not sent there. Check --server: only %3 is trusted with the token.</source>
            <translation>%1: máy chủ chuyển hướng sang nguồn khác, %2; không đi theo và không gửi mã truy cập (token) tới đó. Hãy kiểm tra --server: chỉ %3 được tin cậy để nhận mã truy cập.</translation>
        </message>
        <message>
            <source>%1: more than %2 redirects; stopped</source>
            <translation>%1: chuyển hướng quá %2 lần; đã dừng</translation>
        </message>
        <message>
            <source>it has %1 items but at most %2 were asked for (limit)</source>
            <translation>trang có %1 mục nhưng chỉ yêu cầu tối đa %2 (limit)</translation>
        </message>
    </context>
    <context>
        <name>ServerSession</name>
        <message>
            <source>Set the server's address under Server settings first.</source>
            <translation>Hãy nhập địa chỉ máy chủ ở mục Thiết lập máy chủ trước.</translation>
        </message>
        <message>
            <source>No token is saved for %1: enter it under Server settings.</source>
            <translation>Chưa lưu mã truy cập (token) cho %1: hãy nhập mã ở mục Thiết lập máy chủ.</translation>
        </message>
    </context>
    <context>
        <name>ServerSettingsPanel</name>
        <message>
            <source>Server settings</source>
            <translation>Thiết lập máy chủ</translation>
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation>Địa chỉ &amp;máy chủ:</translation>
        </message>
        <message>
            <source>none: only the certificates this computer trusts</source>
            <translation>không có: chỉ dùng các chứng chỉ mà máy tính này tin cậy</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Chọn tệp…</translation>
        </message>
        <message>
            <source>Extra &amp;CA file:</source>
            <translation>Tệp chứng chỉ &amp;gốc (CA) bổ sung:</translation>
        </message>
        <message>
            <source>&amp;Forget pin</source>
            <translation>&amp;Bỏ ghim chứng chỉ</translation>
        </message>
        <message>
            <source>Pinned certificate:</source>
            <translation>Chứng chỉ đã ghim:</translation>
        </message>
        <message>
            <source>type or paste a new token; leave empty to keep the saved one</source>
            <translation>nhập hoặc dán mã truy cập mới; để trống để giữ mã đã lưu</translation>
        </message>
        <message>
            <source>API &amp;token:</source>
            <translation>Mã truy cập API (&amp;token):</translation>
        </message>
        <message>
            <source>never</source>
            <translation>không tự động</translation>
        </message>
        <message>
            <source> min</source>
            <translation> phút</translation>
        </message>
        <message>
            <source>Sync &amp;automatically every:</source>
            <translation>Tự động đồng bộ &amp;sau mỗi:</translation>
        </message>
        <message>
            <source>&amp;Save server settings</source>
            <translation>&amp;Lưu thiết lập máy chủ</translation>
        </message>
        <message>
            <source>none</source>
            <translation>không có</translation>
        </message>
        <message>
            <source>Enter the server's address, then its token.</source>
            <translation>Hãy nhập địa chỉ máy chủ, sau đó nhập mã truy cập (token).</translation>
        </message>
        <message>
            <source>in the system keychain</source>
            <translation>trong kho khóa của hệ điều hành</translation>
        </message>
        <message>
            <source>in a file readable only by you: %1, because no keychain is available</source>
            <translation>trong một tệp chỉ bạn đọc được: %1, vì máy tính không có kho khóa của hệ điều hành</translation>
        </message>
        <message>
            <source>A token for this server is saved %1.</source>
            <translation>Mã truy cập (token) của máy chủ này đã được lưu %1.</translation>
        </message>
        <message>
            <source>No token saved for this server yet. It will be kept %1.</source>
            <translation>Chưa lưu mã truy cập (token) cho máy chủ này. Mã truy cập sẽ được lưu %1.</translation>
        </message>
        <message>
            <source>The server address must start with https:// and name a host, for example https://thi.sonha.gov.vn</source>
            <translation>Địa chỉ máy chủ phải bắt đầu bằng https:// và có tên máy chủ, ví dụ https://thi.sonha.gov.vn</translation>
        </message>
        <message>
            <source>The CA file %1 cannot be read.</source>
            <translation>Không đọc được tệp CA %1.</translation>
        </message>
        <message>
            <source>Extra CA file</source>
            <translation>Tệp CA bổ sung</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt);;All files (*)</source>
            <translation>Chứng chỉ PEM (*.pem *.crt);;Tất cả các tệp (*)</translation>
        </message>
    </context>
    <context>
        <name>SignerNameDialog</name>
        <message>
            <source>Signer's name</source>
            <translation>Họ tên người ký</translation>
        </message>
        <message>
            <source>The certificates have no signer's name. Who signs them, under "%1"?</source>
            <translation>Giấy chưa có họ tên người ký. Ai ký dưới dòng "%1"?</translation>
        </message>
        <message>
            <source>Full name, e.g. Nguyễn Văn An</source>
            <translation>Họ và tên, ví dụ: Nguyễn Văn An</translation>
        </message>
        <message>
            <source>&amp;Keep this name in the layout for later prints</source>
            <translation>&amp;Lưu họ tên này vào mẫu cho các lần in sau</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;In</translation>
        </message>
    </context>
    <context>
        <name>SitePublishPanel</name>
        <message>
            <source>Contest site</source>
            <translation>Trang thi trực tuyến</translation>
        </message>
        <message>
            <source>Publish &amp;results</source>
            <translation>Công bố &amp;kết quả</translation>
        </message>
        <message>
            <source>Show the winners of the locked results on the contest site (names, birth years and units only).</source>
            <translation>Hiển thị những người đạt giải của kết quả đã chốt trên trang thi (chỉ họ tên, năm sinh và đơn vị).</translation>
        </message>
        <message>
            <source>Publish &amp;certificates</source>
            <translation>Công bố &amp;giấy chứng nhận</translation>
        </message>
        <message>
            <source>Send the certificate register, so that the QR code of a printed certificate can be checked on the site.</source>
            <translation>Gửi sổ đăng ký giấy chứng nhận để có thể kiểm tra mã QR của giấy chứng nhận đã in trên trang thi.</translation>
        </message>
        <message>
            <source>Only the committee publishes to the contest site.</source>
            <translation>Chỉ Ban Tổ chức được công bố lên trang thi.</translation>
        </message>
        <message>
            <source>Publish the winners of the locked results on the contest site? Anyone can read them there (names, birth years, units and prizes; never ID numbers, phones or addresses).</source>
            <translation>Công bố những người đạt giải của kết quả đã chốt trên trang thi? Ai cũng có thể xem ở đó (họ tên, năm sinh, đơn vị và giải; không bao giờ có số CCCD, số điện thoại hay địa chỉ).</translation>
        </message>
        <message>
            <source>Publish the certificate register on the contest site? Anyone holding a printed certificate can then check it there by its QR code.</source>
            <translation>Công bố sổ đăng ký giấy chứng nhận trên trang thi? Khi đó ai cầm giấy chứng nhận đã in đều có thể kiểm tra nó ở đó bằng mã QR.</translation>
        </message>
        <message>
            <source>Publish results</source>
            <translation>Công bố kết quả</translation>
        </message>
        <message>
            <source>Publish certificates</source>
            <translation>Công bố giấy chứng nhận</translation>
        </message>
        <message>
            <source>Not published: the server's certificate was not pinned.</source>
            <translation>Chưa công bố: chứng chỉ của máy chủ chưa được ghim.</translation>
        </message>
        <message>
            <source>Published the locked results no. %1 (SHA-256 %2): %3 individual and %4 collective prizes.</source>
            <translation>Đã công bố kết quả đã chốt số %1 (SHA-256 %2): %3 giải cá nhân và %4 giải tập thể.</translation>
        </message>
        <message>
            <source>Published the certificate register: %1 valid, %2 revoked.</source>
            <translation>Đã công bố sổ đăng ký giấy chứng nhận: %1 còn hiệu lực, %2 đã thu hồi.</translation>
        </message>
        <message>
            <source>Not published: %1</source>
            <translation>Chưa công bố: %1</translation>
        </message>
    </context>
    <context>
        <name>SiteSettingsEditor</name>
        <message>
            <source>Contest site</source>
            <translation>Trang thi trực tuyến</translation>
        </message>
        <message>
            <source>The site's https:// address. Certificates printed with it carry a QR code that opens their check page on the site; empty: no QR code.</source>
            <translation>Địa chỉ https:// của trang thi. Giấy chứng nhận in khi có địa chỉ này mang mã QR mở trang kiểm tra của giấy trên trang thi; để trống: không có mã QR.</translation>
        </message>
        <message>
            <source>The rules as the contest site shows them to contestants (plain text; published with the package).</source>
            <translation>Thể lệ như trang thi hiển thị cho thí sinh (văn bản thường; được công bố cùng gói đề thi).</translation>
        </message>
        <message>
            <source>Site &amp;address:</source>
            <translation>&amp;Địa chỉ trang thi:</translation>
        </message>
        <message>
            <source>R&amp;ules:</source>
            <translation>&amp;Thể lệ:</translation>
        </message>
    </context>
    <context>
        <name>SqliteBackup</name>
        <message>
            <source>%1 is a PostgreSQL database: back it up on the server with
  %2</source>
            <translation>%1 là cơ sở dữ liệu PostgreSQL: hãy sao lưu trên máy chủ bằng lệnh
  %2</translation>
        </message>
        <message>
            <source>a backup cannot be taken inside a transaction</source>
            <translation>không thể sao lưu khi đang trong một giao dịch</translation>
        </message>
        <message>
            <source>%1 already exists: choose a new file name for the backup</source>
            <translation>%1 đã tồn tại: hãy chọn tên tệp mới cho bản sao lưu</translation>
        </message>
        <message>
            <source>%1: the folder %2 does not exist</source>
            <translation>%1: thư mục %2 không tồn tại</translation>
        </message>
        <message>
            <source>%1 is the database itself: choose another file</source>
            <translation>%1 chính là cơ sở dữ liệu đang dùng: hãy chọn tệp khác</translation>
        </message>
        <message>
            <source>%1: the backup could not be written: %2</source>
            <translation>%1: không ghi được bản sao lưu: %2</translation>
        </message>
        <message>
            <source>%1: the backup could not be given its name</source>
            <translation>%1: không đặt được tên cho bản sao lưu</translation>
        </message>
    </context>
    <context>
        <name>SqliteSubmissionWriter</name>
        <message>
            <source>database error</source>
            <translation>lỗi cơ sở dữ liệu</translation>
        </message>
    </context>
    <context>
        <name>StatisticsArea</name>
        <message>
            <source>Refresh</source>
            <translation>Làm mới</translation>
        </message>
        <message>
            <source>Count again from the submissions now in the database</source>
            <translation>Thống kê lại từ các bài dự thi hiện có trong cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Bảng tổng hợp</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Câu hỏi</translation>
        </message>
        <message>
            <source>%1 contestants, %2 valid of %3 submissions, %4 units taking part; days left: %5.</source>
            <translation>%1 thí sinh, %2/%3 bài dự thi hợp lệ, %4 đơn vị tham gia; số ngày còn lại: %5.</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Thống kê</translation>
        </message>
        <message>
            <source>Progress report…</source>
            <translation>Báo cáo tiến độ…</translation>
        </message>
        <message>
            <source>The printable progress report (Báo cáo tiến độ Cuộc thi) as of a chosen day</source>
            <translation>Báo cáo tiến độ Cuộc thi để in, tính đến một ngày được chọn</translation>
        </message>
    </context>
    <context>
        <name>StatisticsCharts</name>
        <message>
            <source>Submissions per day (days left: %1)</source>
            <translation>Số bài dự thi theo ngày (số ngày còn lại: %1)</translation>
        </message>
        <message>
            <source>Valid submissions</source>
            <translation>Bài dự thi hợp lệ</translation>
        </message>
        <message>
            <source>Contestants so far</source>
            <translation>Số thí sinh lũy kế</translation>
        </message>
        <message>
            <source>Submissions by hour of day</source>
            <translation>Số bài dự thi theo giờ trong ngày</translation>
        </message>
        <message>
            <source>Hour (contest time)</source>
            <translation>Giờ (theo múi giờ của cuộc thi)</translation>
        </message>
        <message>
            <source>Contestants per unit (top %1 of %2)</source>
            <translation>Số thí sinh theo đơn vị (%1 đơn vị cao nhất trong tổng số %2)</translation>
        </message>
        <message>
            <source>Contestants</source>
            <translation>Số thí sinh</translation>
        </message>
        <message>
            <source>Correct answers (best attempt per contestant)</source>
            <translation>Số câu trả lời đúng (lượt thi tốt nhất của mỗi thí sinh)</translation>
        </message>
        <message>
            <source>Correct answers</source>
            <translation>Số câu trả lời đúng</translation>
        </message>
        <message>
            <source>Predictions around the target (%1)</source>
            <translation>Phân bố dự đoán quanh đáp án (%1)</translation>
        </message>
        <message>
            <source>Submissions</source>
            <translation>Số bài dự thi</translation>
        </message>
        <message>
            <source>Difference from the target (%)</source>
            <translation>Chênh lệch so với đáp án (%)</translation>
        </message>
        <message>
            <source>Time taken</source>
            <translation>Thời gian làm bài</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Phút</translation>
        </message>
        <message>
            <source>Valid and invalid submissions</source>
            <translation>Bài dự thi hợp lệ và không hợp lệ</translation>
        </message>
        <message>
            <source>%1 (%2%)</source>
            <translation>%1 (%2%)</translation>
        </message>
        <message>
            <source>Contestants per unit and participation rate (top %1 of %2 units with a headcount; %3 other contestants not shown)</source>
            <translation>Số thí sinh và tỷ lệ tham gia theo đơn vị (%1 đơn vị cao nhất trong %2 đơn vị có số biên chế; không hiển thị %3 thí sinh khác)</translation>
        </message>
    </context>
    <context>
        <name>SubmissionDetailPane</name>
        <message>
            <source>Question</source>
            <translation>Câu hỏi</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>Chosen</source>
            <translation>Đã chọn</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Đáp án</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <source>Raw JSON as received</source>
            <translation>Dữ liệu JSON gốc như khi nhận</translation>
        </message>
        <message>
            <source>Other versions received with the same id</source>
            <translation>Các phiên bản khác đã nhận có cùng mã bài dự thi</translation>
        </message>
        <message>
            <source>No submission selected</source>
            <translation>Chưa chọn bài dự thi</translation>
        </message>
        <message>
            <source>Choose a submission in the list to see its answers.</source>
            <translation>Hãy chọn một bài dự thi trong danh sách để xem các câu trả lời.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(không có)</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(không có tên)</translation>
        </message>
        <message>
            <source>Submission id:</source>
            <translation>Mã bài dự thi:</translation>
        </message>
        <message>
            <source>Born:</source>
            <translation>Năm sinh:</translation>
        </message>
        <message>
            <source>ID number:</source>
            <translation>Số CCCD/CMND:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Số điện thoại:</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Đơn vị:</translation>
        </message>
        <message>
            <source>Started at:</source>
            <translation>Thời điểm bắt đầu:</translation>
        </message>
        <message>
            <source>Submitted at:</source>
            <translation>Thời điểm nộp bài:</translation>
        </message>
        <message>
            <source>Duration:</source>
            <translation>Thời gian làm bài:</translation>
        </message>
        <message>
            <source>Prediction:</source>
            <translation>Dự đoán:</translation>
        </message>
        <message>
            <source>Correct answers:</source>
            <translation>Số câu trả lời đúng:</translation>
        </message>
        <message>
            <source>Received:</source>
            <translation>Đã nhận:</translation>
        </message>
        <message>
            <source>%1 from %2</source>
            <translation>%1 từ %2</translation>
        </message>
        <message>
            <source>not in the bank</source>
            <translation>không có trong ngân hàng câu hỏi</translation>
        </message>
        <message>
            <source>unanswered</source>
            <translation>không trả lời</translation>
        </message>
        <message>
            <source>no such option</source>
            <translation>không có phương án này</translation>
        </message>
        <message>
            <source>right</source>
            <translation>đúng</translation>
        </message>
        <message>
            <source>wrong</source>
            <translation>sai</translation>
        </message>
        <message>
            <source>Stored (counted)</source>
            <translation>Đã lưu (được tính)</translation>
        </message>
        <message>
            <source>Received %1 from %2, not applied. Differs in: %3</source>
            <translation>Nhận lúc %1 từ %2, không được áp dụng. Khác biệt ở: %3</translation>
        </message>
        <message>
            <source>hidden until the contest closes</source>
            <translation>ẩn cho đến khi cuộc thi kết thúc</translation>
        </message>
    </context>
    <context>
        <name>SubmissionFileReader</name>
        <message>
            <source>%1: cannot read the file: %2</source>
            <translation>%1: không đọc được tệp: %2</translation>
        </message>
        <message>
            <source>item %1 is longer than %2 MiB, which no submission is</source>
            <translation>mục %1 dài hơn %2 MiB, không bài dự thi nào dài như vậy</translation>
        </message>
        <message>
            <source>%1:%2:%3: %4; nothing was imported</source>
            <translation>%1:%2:%3: %4; chưa nhập gì</translation>
        </message>
        <message>
            <source>the file ends where %1 should be</source>
            <translation>tệp kết thúc ở chỗ cần có %1</translation>
        </message>
        <message>
            <source>expected %1</source>
            <translation>cần %1</translation>
        </message>
        <message>
            <source>%1: expected an array of submissions or an object with "items"</source>
            <translation>%1: cần một mảng bài dự thi hoặc một đối tượng có "items"</translation>
        </message>
        <message>
            <source>"items" is given twice</source>
            <translation>"items" xuất hiện hai lần</translation>
        </message>
    </context>
    <context>
        <name>SubmissionImporter</name>
        <message>
            <source>%1: cannot read the file: %2</source>
            <translation>%1: không đọc được tệp: %2</translation>
        </message>
        <message>
            <source>the question bank is empty, so no answer can be graded: import the questions first (contestctl questions import)</source>
            <translation>ngân hàng câu hỏi đang trống nên không thể chấm bài: hãy nhập câu hỏi trước (contestctl questions import)</translation>
        </message>
    </context>
    <context>
        <name>SubmissionPage</name>
        <message>
            <source>not JSON (%1)</source>
            <translation>không phải JSON (%1)</translation>
        </message>
        <message>
            <source>not JSON (something follows the page object)</source>
            <translation>không phải JSON (có dữ liệu thừa sau đối tượng trang)</translation>
        </message>
        <message>
            <source>not an object</source>
            <translation>không phải một đối tượng</translation>
        </message>
        <message>
            <source>item %1 is not an object</source>
            <translation>mục %1 không phải một đối tượng</translation>
        </message>
        <message>
            <source>"items" is not an array</source>
            <translation>"items" không phải một mảng</translation>
        </message>
        <message>
            <source>"cursor" is not a string</source>
            <translation>"cursor" không phải một chuỗi</translation>
        </message>
        <message>
            <source>"has_more" is not true or false</source>
            <translation>"has_more" không phải true hoặc false</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s) that are not UTF-8 (kept as U+FFFD)</source>
            <translation>
                <numerusform>%n byte không phải UTF-8 (được giữ dưới dạng U+FFFD)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n raw control character(s) inside a string, which JSON does not allow (kept as \u00XX escapes)</source>
            <translation>
                <numerusform>%n ký tự điều khiển thô trong chuỗi, JSON không cho phép (được giữ dưới dạng \u00XX)</numerusform>
            </translation>
        </message>
        <message>
            <source>the item as received held %1</source>
            <translation>mục khi nhận được chứa %1</translation>
        </message>
    </context>
    <context>
        <name>SubmissionParser</name>
        <message>
            <source>a NUL character and a lone surrogate</source>
            <translation>một ký tự NUL và một nửa cặp thay thế (surrogate) đơn lẻ</translation>
        </message>
        <message>
            <source>a NUL character (\u0000)</source>
            <translation>một ký tự NUL (\u0000)</translation>
        </message>
        <message>
            <source>a lone surrogate (\ud800-\udfff without its pair)</source>
            <translation>một nửa cặp thay thế đơn lẻ (\ud800-\udfff không có nửa còn lại)</translation>
        </message>
        <message>
            <source>%1 holds %2; kept as U+FFFD</source>
            <translation>%1 chứa %2; được giữ dưới dạng U+FFFD</translation>
        </message>
        <message>
            <source>the item holds U+FFFD, the mark of bytes that were not UTF-8 (replaced when it was received, or before)</source>
            <translation>mục chứa U+FFFD, dấu hiệu của các byte không phải UTF-8 (được thay khi nhận, hoặc trước đó)</translation>
        </message>
        <message>
            <source>contestant.birth_year %1 is not a whole year</source>
            <translation>contestant.birth_year %1 không phải một năm (số nguyên)</translation>
        </message>
        <message>
            <source>(not a number)</source>
            <translation>(không phải số)</translation>
        </message>
        <message>
            <source>the item cannot be read (%1); its raw JSON is kept as sent</source>
            <translation>không đọc được mục này (%1); JSON gốc được giữ nguyên như khi gửi</translation>
        </message>
        <message>
            <source>%1 at byte %2</source>
            <translation>%1 tại byte %2</translation>
        </message>
        <message>
            <source>not a JSON object</source>
            <translation>không phải một đối tượng JSON</translation>
        </message>
    </context>
    <context>
        <name>SubmissionStore</name>
        <message>
            <source>%1 new, %2 duplicate, %3 conflicting, %4 invalid, %5 in all</source>
            <translation>%1 bài mới, %2 bài trùng, %3 bài xung đột, %4 bài không hợp lệ, tổng cộng %5</translation>
        </message>
    </context>
    <context>
        <name>SubmissionTableModel</name>
        <message>
            <source>Submitted at</source>
            <translation>Thời điểm nộp bài</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Năm sinh</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>Số CCCD/CMND</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Số điện thoại</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Số câu đúng</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Thời gian làm bài</translation>
        </message>
        <message>
            <source>Prediction</source>
            <translation>Dự đoán</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
    </context>
    <context>
        <name>SubmissionText</name>
        <message>
            <source>Valid</source>
            <translation>Hợp lệ</translation>
        </message>
        <message>
            <source>Invalid: %1</source>
            <translation>Không hợp lệ: %1</translation>
        </message>
        <message>
            <source>%1, conflict</source>
            <translation>%1, có xung đột</translation>
        </message>
    </context>
    <context>
        <name>SubmissionValidator</name>
        <message>
            <source>No submission id</source>
            <translation>Không có mã bài dự thi</translation>
        </message>
        <message>
            <source>No ID number or usable phone</source>
            <translation>Không có số CCCD/CMND hoặc số điện thoại hợp lệ</translation>
        </message>
        <message>
            <source>Missing or wrong start/submit time</source>
            <translation>Thiếu hoặc sai thời điểm bắt đầu/nộp bài</translation>
        </message>
        <message>
            <source>Submitted outside the contest window</source>
            <translation>Nộp bài ngoài thời gian thi</translation>
        </message>
        <message>
            <source>Answers are not a list of question and option</source>
            <translation>Phần trả lời không phải là danh sách câu hỏi và phương án</translation>
        </message>
        <message>
            <source>Wrong number of answers</source>
            <translation>Sai số lượng câu trả lời</translation>
        </message>
        <message>
            <source>Answer to a question not in the bank</source>
            <translation>Trả lời câu hỏi không có trong ngân hàng câu hỏi</translation>
        </message>
        <message>
            <source>Same question answered twice</source>
            <translation>Một câu hỏi được trả lời hai lần</translation>
        </message>
        <message>
            <source>Option the question does not have</source>
            <translation>Chọn phương án mà câu hỏi không có</translation>
        </message>
        <message>
            <source>Missing or wrong prediction</source>
            <translation>Thiếu hoặc sai dự đoán</translation>
        </message>
        <message>
            <source>the item has no "id"</source>
            <translation>mục này không có "id"</translation>
        </message>
        <message>
            <source>neither a 9- or 12-digit ID number ("%1") nor a usable phone ("%2")</source>
            <translation>không có số CCCD/CMND 9 hoặc 12 chữ số ("%1") cũng không có số điện thoại hợp lệ ("%2")</translation>
        </message>
        <message>
            <source>started_at is missing</source>
            <translation>thiếu started_at</translation>
        </message>
        <message>
            <source>started_at "%1" is not RFC 3339</source>
            <translation>started_at "%1" không đúng định dạng RFC 3339</translation>
        </message>
        <message>
            <source>submitted_at is missing</source>
            <translation>thiếu submitted_at</translation>
        </message>
        <message>
            <source>submitted_at "%1" is not RFC 3339</source>
            <translation>submitted_at "%1" không đúng định dạng RFC 3339</translation>
        </message>
        <message>
            <source>"answers" must be a list of {"q": ID, "a": KEY or null}</source>
            <translation>"answers" phải là danh sách dạng {"q": ID, "a": KEY hoặc null}</translation>
        </message>
        <message>
            <source>%1 answers, but each attempt has %2 questions</source>
            <translation>có %1 câu trả lời, nhưng mỗi lượt thi có %2 câu hỏi</translation>
        </message>
        <message>
            <source>question %1 is not in the bank</source>
            <translation>câu hỏi %1 không có trong ngân hàng câu hỏi</translation>
        </message>
        <message>
            <source>question %1 has no option "%2"</source>
            <translation>câu hỏi %1 không có phương án "%2"</translation>
        </message>
        <message>
            <source>question %1 is answered twice</source>
            <translation>câu hỏi %1 được trả lời hai lần</translation>
        </message>
        <message>
            <source>prediction is not a whole number ≥ 0</source>
            <translation>dự đoán không phải là số nguyên ≥ 0</translation>
        </message>
        <message>
            <source>prediction is missing</source>
            <translation>thiếu dự đoán</translation>
        </message>
        <message>
            <source>Birth year is not a plausible whole year</source>
            <translation>Năm sinh không phải một năm hợp lý</translation>
        </message>
        <message>
            <source>Item cannot be read (raw JSON kept)</source>
            <translation>Không đọc được bài (giữ JSON gốc)</translation>
        </message>
        <message>
            <source>Text that is not clean UTF-8 (NUL, lone surrogate, invalid bytes)</source>
            <translation>Văn bản không phải UTF-8 sạch (NUL, nửa cặp thay thế đơn lẻ, byte không hợp lệ)</translation>
        </message>
        <message>
            <source>birth year (contestant.birth_year) %1 is not between %2 and %3</source>
            <translation>năm sinh (contestant.birth_year) %1 không nằm trong khoảng %2 đến %3</translation>
        </message>
        <message>
            <source>started (started_at) %1, after it was submitted (submitted_at) %2</source>
            <translation>bắt đầu (started_at) lúc %1, sau thời điểm nộp bài (submitted_at) %2</translation>
        </message>
        <message>
            <source>submitted (submitted_at) %1, outside the contest window %2 – %3 (%4)</source>
            <translation>nộp bài (submitted_at) lúc %1, ngoài thời gian thi %2 – %3 (%4)</translation>
        </message>
    </context>
    <context>
        <name>SubmissionsArea</name>
        <message>
            <source>Submissions</source>
            <translation>Bài dự thi</translation>
        </message>
        <message>
            <source>All submissions</source>
            <translation>Tất cả bài dự thi</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Hợp lệ</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>Không hợp lệ</translation>
        </message>
        <message>
            <source>With conflicts</source>
            <translation>Có xung đột</translation>
        </message>
        <message>
            <source>Any reason</source>
            <translation>Mọi lý do</translation>
        </message>
        <message>
            <source>Search name, ID number or phone (marks optional)</source>
            <translation>Tìm theo họ tên, số CCCD/CMND hoặc số điện thoại (không cần gõ dấu)</translation>
        </message>
        <message>
            <source>Import file…</source>
            <translation>Nhập từ tệp…</translation>
        </message>
        <message>
            <source>Import the contractor's export (.jsonl, one submission a line, or .json)</source>
            <translation>Nhập tệp do đơn vị cung cấp phần mềm thi xuất ra (.jsonl, mỗi dòng một bài dự thi, hoặc .json)</translation>
        </message>
        <message>
            <source>Counting submissions…</source>
            <translation>Đang đếm bài dự thi…</translation>
        </message>
        <message>
            <source>%1 submission(s): %2 valid, %3 invalid, %4 with conflicts</source>
            <translation>%1 bài dự thi: %2 hợp lệ, %3 không hợp lệ, %4 có xung đột</translation>
        </message>
        <message>
            <source>reading…</source>
            <translation>đang đọc…</translation>
        </message>
        <message>
            <source>%1 shown</source>
            <translation>đang hiển thị %1</translation>
        </message>
        <message>
            <source>Import submissions</source>
            <translation>Nhập bài dự thi</translation>
        </message>
        <message>
            <source>Submission files (*.jsonl *.json);;All files (*)</source>
            <translation>Tệp bài dự thi (*.jsonl *.json);;Tất cả các tệp (*)</translation>
        </message>
        <message>
            <source>%1 imported: %2</source>
            <translation>Đã nhập %1: %2</translation>
        </message>
        <message>
            <source>%1 was not imported:

%2</source>
            <translation>Chưa nhập được %1:

%2</translation>
        </message>
    </context>
    <context>
        <name>SyncCommands</name>
        <message>
            <source>--server URL is required (usage: contestctl %1)</source>
            <translation>cần có --server URL (cách dùng: contestctl %1)</translation>
        </message>
        <message>
            <source>--server %1: expected an https:// URL such as https://127.0.0.1:8443</source>
            <translation>--server %1: cần một địa chỉ URL https://, ví dụ https://127.0.0.1:8443</translation>
        </message>
        <message>
            <source>no token stored for %1: give --token-file F</source>
            <translation>chưa lưu mã truy cập (token) cho %1: hãy dùng --token-file F</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 ngày</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 giờ %2 phút</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 phút</translation>
        </message>
        <message>
            <source>published %1 to %2: package_version %3</source>
            <translation>đã công bố %1 lên %2: package_version %3</translation>
        </message>
        <message>
            <source>submissions so far: %1</source>
            <translation>số bài dự thi đến nay: %1</translation>
        </message>
        <message>
            <source>--page-size %1: expected 1 to 1000</source>
            <translation>--page-size %1: cần giá trị từ 1 đến 1000</translation>
        </message>
        <message>
            <source>opens at %1</source>
            <translation>mở lúc %1</translation>
        </message>
        <message>
            <source>closes at %1</source>
            <translation>đóng lúc %1</translation>
        </message>
        <message>
            <source>opens in %1 (%2)</source>
            <translation>mở sau %1 nữa (%2)</translation>
        </message>
        <message>
            <source>closes in %1 (%2)</source>
            <translation>đóng sau %1 nữa (%2)</translation>
        </message>
        <message>
            <source>opened %1 ago (%2)</source>
            <translation>đã mở cách đây %1 (%2)</translation>
        </message>
        <message>
            <source>closed %1 ago (%2)</source>
            <translation>đã đóng cách đây %1 (%2)</translation>
        </message>
        <message>
            <source>--server URL and --token-file F are required (usage: contestctl %1)</source>
            <translation>cần có --server URL và --token-file F (cách dùng: contestctl %1)</translation>
        </message>
        <message>
            <source>token for %1 stored in %2</source>
            <translation>đã lưu mã truy cập (token) cho %1 vào %2</translation>
        </message>
        <message>
            <source>%1 %2: expected seconds between 0 and 3600</source>
            <translation>%1 %2: cần số giây từ 0 đến 3600</translation>
        </message>
        <message>
            <source>--max-page-mb %1: expected megabytes between 0.1 and 4096</source>
            <translation>--max-page-mb %1: cần số megabyte từ 0.1 đến 4096</translation>
        </message>
        <message>
            <source>published the locked results %1 (SHA-256 %2) of %3 to %4: %5 individual and %6 collective prizes</source>
            <translation>đã công bố bản chốt kết quả %1 (SHA-256 %2) của %3 lên %4: %5 giải cá nhân và %6 giải tập thể</translation>
        </message>
        <message>
            <source>published the certificate register of %1 to %2: %3 valid, %4 revoked</source>
            <translation>đã công bố sổ cấp giấy chứng nhận của %1 lên %2: %3 còn hiệu lực, %4 đã thu hồi</translation>
        </message>
    </context>
    <context>
        <name>SyncEngine</name>
        <message>
            <source>the contest has no code: set it first (contestctl contest set)</source>
            <translation>cuộc thi chưa có mã: hãy đặt mã trước (contestctl contest set)</translation>
        </message>
        <message>
            <source>%1: another sync of contest %2 is running or has advanced since this one started (its cursor is no longer '%3'); nothing of this page was stored. Run the sync again to continue from where it is.</source>
            <translation>%1: một lần đồng bộ khác của cuộc thi %2 đang chạy hoặc đã tiến lên kể từ khi lần này bắt đầu (con trỏ không còn là '%3'); không lưu gì của trang này. Hãy chạy đồng bộ lại để tiếp tục từ vị trí hiện tại.</translation>
        </message>
    </context>
    <context>
        <name>SyncProgressDialog</name>
        <message>
            <source>Pulling submissions</source>
            <translation>Đang tải bài dự thi về</translation>
        </message>
        <message>
            <source>Pages:</source>
            <translation>Số trang:</translation>
        </message>
        <message>
            <source>Submissions:</source>
            <translation>Số bài dự thi:</translation>
        </message>
        <message>
            <source>Speed:</source>
            <translation>Tốc độ:</translation>
        </message>
        <message>
            <source>Elapsed:</source>
            <translation>Thời gian đã qua:</translation>
        </message>
        <message>
            <source>Connecting to the server…</source>
            <translation>Đang kết nối đến máy chủ…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>%1 submissions/s</source>
            <translation>%1 bài dự thi/giây</translation>
        </message>
        <message>
            <source>Storing pages…</source>
            <translation>Đang lưu các trang dữ liệu…</translation>
        </message>
        <message>
            <source>Cancelled after the last stored page: %1</source>
            <translation>Đã hủy sau trang dữ liệu cuối cùng được lưu: %1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Stopping after the current page…</source>
            <translation>Sẽ dừng sau khi xử lý xong trang hiện tại…</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditorDialog</name>
        <message>
            <source>Award certificate layout</source>
            <translation>Mẫu trình bày Giấy khen</translation>
        </message>
        <message>
            <source>Certificate layout</source>
            <translation>Mẫu trình bày Giấy chứng nhận</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Nhập…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Xuất…</translation>
        </message>
        <message>
            <source>&amp;Defaults</source>
            <translation>&amp;Mặc định</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Trang</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Khổ ngang</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Chọn tệp…</translation>
        </message>
        <message>
            <source>Print the background (off: the paper is pre-printed)</source>
            <translation>In hình nền (bỏ chọn nếu giấy đã in sẵn phôi)</translation>
        </message>
        <message>
            <source>Frame round the page</source>
            <translation>Khung viền quanh trang</translation>
        </message>
        <message>
            <source>QR code with the verification code</source>
            <translation>Mã QR chứa mã xác minh</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Khổ giấy:</translation>
        </message>
        <message>
            <source>Printer offset X:</source>
            <translation>Độ lệch máy in X:</translation>
        </message>
        <message>
            <source>Printer offset Y:</source>
            <translation>Độ lệch máy in Y:</translation>
        </message>
        <message>
            <source>Background image:</source>
            <translation>Hình nền:</translation>
        </message>
        <message>
            <source>Number suffix:</source>
            <translation>Ký hiệu sau số:</translation>
        </message>
        <message>
            <source>First number:</source>
            <translation>Số bắt đầu:</translation>
        </message>
        <message>
            <source>Place, date and signer</source>
            <translation>Địa danh, ngày tháng và người ký</translation>
        </message>
        <message>
            <source>from the organizer's name</source>
            <translation>lấy theo tên đơn vị tổ chức</translation>
        </message>
        <message>
            <source>Place:</source>
            <translation>Địa danh:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Ngày:</translation>
        </message>
        <message>
            <source>Signer's title:</source>
            <translation>Chức vụ người ký:</translation>
        </message>
        <message>
            <source>Signer's name:</source>
            <translation>Họ tên người ký:</translation>
        </message>
        <message>
            <source>Layout not saved</source>
            <translation>Chưa lưu mẫu trình bày</translation>
        </message>
        <message>
            <source>Import layout</source>
            <translation>Nhập mẫu trình bày</translation>
        </message>
        <message>
            <source>Layout (*.json)</source>
            <translation>Mẫu trình bày (*.json)</translation>
        </message>
        <message>
            <source>Layout not imported</source>
            <translation>Chưa nhập mẫu trình bày</translation>
        </message>
        <message>
            <source>This file holds a layout for another kind of certificate (%1).</source>
            <translation>Tệp này chứa mẫu trình bày của một loại giấy khác (%1).</translation>
        </message>
        <message>
            <source>Export layout</source>
            <translation>Xuất mẫu trình bày</translation>
        </message>
        <message>
            <source>Layout not exported</source>
            <translation>Chưa xuất mẫu trình bày</translation>
        </message>
        <message>
            <source>Background image</source>
            <translation>Hình nền</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Hình ảnh (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>dd/mm/yyyy; empty: the day of printing</source>
            <translation>dd/mm/yyyy; để trống: lấy ngày in</translation>
        </message>
    </context>
    <context>
        <name>TemplateFieldTable</name>
        <message>
            <source>Field</source>
            <translation>Trường</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Nội dung</translation>
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
            <translation>Chiều rộng (mm)</translation>
        </message>
        <message>
            <source>Size (pt)</source>
            <translation>Cỡ chữ (pt)</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>Đậm</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>Nghiêng</translation>
        </message>
        <message>
            <source>Align</source>
            <translation>Căn lề</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Đường kẻ</translation>
        </message>
        <message>
            <source>Text may hold placeholders such as {name}, {unit_line}, {achievement}, {number}, {code}. Align is left, center or right; Rule draws a line under the text (fraction of its width).</source>
            <translation>Nội dung có thể chứa các trường thay thế như {name}, {unit_line}, {achievement}, {number}, {code}. Căn lề là left (trái), center (giữa) hoặc right (phải); Đường kẻ vẽ một đường dưới nội dung (tính theo tỷ lệ chiều rộng của nội dung).</translation>
        </message>
    </context>
    <context>
        <name>TieBreakDialog</name>
        <message>
            <source>no prize</source>
            <translation>không có giải</translation>
        </message>
        <message>
            <source>collective prize</source>
            <translation>giải tập thể</translation>
        </message>
        <message>
            <source>Judges' decision on a tie</source>
            <translation>Quyết định của Ban Giám khảo về trường hợp bằng điểm</translation>
        </message>
        <message>
            <source>Decided order, best first:</source>
            <translation>Thứ tự đã quyết định, từ cao xuống thấp:</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Chuyển &amp;lên</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Chuyển &amp;xuống</translation>
        </message>
        <message>
            <source>Why this order (required)</source>
            <translation>Lý do chọn thứ tự này (bắt buộc)</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>Lý &amp;do:</translation>
        </message>
        <message>
            <source>Names of the judges present (required)</source>
            <translation>Họ tên các thành viên Ban Giám khảo có mặt (bắt buộc)</translation>
        </message>
        <message>
            <source>&amp;Judges present:</source>
            <translation>&amp;Ban Giám khảo có mặt:</translation>
        </message>
        <message>
            <source>&amp;Record decision</source>
            <translation>&amp;Ghi nhận quyết định</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <source>ID / phone</source>
            <translation>Số CCCD/CMND / điện thoại</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Hạng</translation>
        </message>
        <message>
            <source>Correct answers</source>
            <translation>Số câu trả lời đúng</translation>
        </message>
        <message>
            <source>Prediction error</source>
            <translation>Sai số dự đoán</translation>
        </message>
        <message>
            <source>%1 (guess %2, target %3)</source>
            <translation>%1 (dự đoán %2, đáp án %3)</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Thời gian làm bài</translation>
        </message>
        <message>
            <source>Submitted at</source>
            <translation>Thời điểm nộp bài</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Số lượt thi</translation>
        </message>
        <message>
            <source>Started at</source>
            <translation>Thời điểm bắt đầu</translation>
        </message>
        <message>
            <source>%1: %2 correct, %3</source>
            <translation>%1: đúng %2 câu, %3</translation>
        </message>
        <message>
            <source> — counted</source>
            <translation> — được tính</translation>
        </message>
        <message>
            <source>Attempt %1</source>
            <translation>Lượt thi %1</translation>
        </message>
        <message>
            <source>Contestants</source>
            <translation>Số thí sinh</translation>
        </message>
        <message>
            <source>Perfect scores</source>
            <translation>Số người đạt điểm tuyệt đối</translation>
        </message>
        <message>
            <source>Average duration</source>
            <translation>Thời gian làm bài trung bình</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln contestant(s) are equal on every ranking key&lt;/b&gt; at the boundary of &lt;b&gt;%1&lt;/b&gt;. Their places would give: %2. The software does not break such a tie; the judges decide the order and the reason, which will be read in public.</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln thí sinh bằng nhau ở mọi tiêu chí xếp hạng&lt;/b&gt; tại ranh giới của &lt;b&gt;%1&lt;/b&gt;. Các vị trí của họ ứng với: %2. Phần mềm không tự phân định trường hợp bằng điểm này; Ban Giám khảo quyết định thứ tự và lý do, lý do sẽ được công bố công khai.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TieDecisionRepository</name>
        <message>
            <source>the decided order must name each tied contestant exactly once</source>
            <translation>thứ tự đã quyết định phải nêu mỗi thí sinh bằng điểm đúng một lần</translation>
        </message>
        <message>
            <source>write the reason for the decision: it will be read in public</source>
            <translation>hãy ghi lý do của quyết định: lý do này sẽ được công bố công khai</translation>
        </message>
        <message>
            <source>name the judges present</source>
            <translation>hãy ghi tên các thành viên Ban Giám khảo có mặt</translation>
        </message>
        <message>
            <source>write why the decision is withdrawn</source>
            <translation>hãy ghi lý do hủy bỏ quyết định</translation>
        </message>
        <message>
            <source>there is no active tie decision number %1</source>
            <translation>không có quyết định phân xử bằng điểm số %1 đang có hiệu lực</translation>
        </message>
        <message>
            <source>this tie was already decided by %1 at %2 (decision %3). Your decision was not recorded: reload to see theirs, and withdraw it first if it must change.</source>
            <translation>trường hợp đồng hạng này đã được %1 quyết định lúc %2 (quyết định %3). Quyết định của bạn chưa được ghi: hãy tải lại để xem quyết định đó, và rút quyết định đó trước nếu cần thay đổi.</translation>
        </message>
    </context>
    <context>
        <name>TokenStore</name>
        <message>
            <source>the system keychain</source>
            <translation>kho khóa của hệ điều hành</translation>
        </message>
        <message>
            <source>files readable only by you in %1 (no keychain: %2)</source>
            <translation>các tệp trong %1 mà chỉ bạn đọc được (không có kho khóa của hệ điều hành: %2)</translation>
        </message>
        <message>
            <source>cannot read the token for %1 from the keychain: %2</source>
            <translation>không đọc được mã truy cập (token) của %1 từ kho khóa của hệ điều hành: %2</translation>
        </message>
        <message>
            <source>%1: cannot read the token file: %2</source>
            <translation>%1: không đọc được tệp mã truy cập: %2</translation>
        </message>
        <message>
            <source>cannot store the token for %1 in the keychain: %2</source>
            <translation>không lưu được mã truy cập (token) của %1 vào kho khóa của hệ điều hành: %2</translation>
        </message>
        <message>
            <source>%1: cannot create the folder for tokens</source>
            <translation>%1: không tạo được thư mục lưu mã truy cập</translation>
        </message>
        <message>
            <source>%1: cannot write the token file: %2</source>
            <translation>%1: không ghi được tệp mã truy cập: %2</translation>
        </message>
        <message>
            <source>cannot remove the token for %1 from the keychain: %2</source>
            <translation>không xóa được mã truy cập (token) của %1 khỏi kho khóa của hệ điều hành: %2</translation>
        </message>
        <message>
            <source>%1: the token file is empty</source>
            <translation>%1: tệp mã truy cập trống</translation>
        </message>
        <message>
            <source>%1: the token file must hold the token alone on one line</source>
            <translation>%1: tệp mã truy cập chỉ được chứa mã truy cập trên một dòng duy nhất</translation>
        </message>
    </context>
    <context>
        <name>TopicCommands</name>
        <message>
            <source>retired</source>
            <translation>ngừng sử dụng</translation>
        </message>
        <message>
            <source>topic %1 added: %2</source>
            <translation>đã thêm chủ đề %1: %2</translation>
        </message>
        <message>
            <source>topic %1 is now named: %2</source>
            <translation>chủ đề %1 nay có tên: %2</translation>
        </message>
        <message>
            <source>topic %1 retired: its questions stay, no blueprint line can use it</source>
            <translation>đã ngừng sử dụng chủ đề %1: các câu hỏi của chủ đề vẫn được giữ, cấu trúc đề không thể dùng chủ đề này</translation>
        </message>
    </context>
    <context>
        <name>TopicRepository</name>
        <message>
            <source>topic '%1': no such topic (topics: %2)</source>
            <translation>chủ đề '%1': không có chủ đề này (các chủ đề: %2)</translation>
        </message>
        <message>
            <source>field 'name': a topic needs a name</source>
            <translation>trường 'name': chủ đề cần có tên</translation>
        </message>
        <message>
            <source>field 'name': topic %1 already has the name '%2'</source>
            <translation>trường 'name': chủ đề %1 đã có tên '%2'</translation>
        </message>
        <message>
            <source>field 'code': '%1' is not a topic code (2 to 16 capital letters, digits or '_', starting with a letter, e.g. TTHC)</source>
            <translation>trường 'code': '%1' không phải là mã chủ đề (từ 2 đến 16 chữ in hoa không dấu, chữ số hoặc '_', bắt đầu bằng một chữ cái, ví dụ TTHC)</translation>
        </message>
        <message>
            <source>field 'code': topic %1 exists already</source>
            <translation>trường 'code': chủ đề %1 đã có</translation>
        </message>
        <message>
            <source>topic %1 is retired already</source>
            <translation>chủ đề %1 đã ngừng sử dụng từ trước</translation>
        </message>
        <message numerus="yes">
            <source>topic %1 (%2) is in the contest's blueprint (%n question(s) an attempt): take it out of the blueprint first</source>
            <translation>
                <numerusform>chủ đề %1 (%2) đang có trong cấu trúc đề của cuộc thi (%n câu hỏi mỗi lượt thi): hãy bỏ chủ đề này khỏi cấu trúc đề trước</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TopicsPage</name>
        <message>
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Topic name</source>
            <translation>Tên chủ đề</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>&amp;Add topic</source>
            <translation>&amp;Thêm chủ đề</translation>
        </message>
        <message>
            <source>Re&amp;name selected</source>
            <translation>Đổi tê&amp;n chủ đề đã chọn</translation>
        </message>
        <message>
            <source>Re&amp;tire selected</source>
            <translation>&amp;Ngừng sử dụng chủ đề đã chọn</translation>
        </message>
        <message>
            <source>Topic &amp;code:</source>
            <translation>&amp;Mã chủ đề:</translation>
        </message>
        <message>
            <source>Topic &amp;name:</source>
            <translation>&amp;Tên chủ đề:</translation>
        </message>
        <message>
            <source>A retired topic keeps its questions; no blueprint line can use it. Only the committee changes topics.</source>
            <translation>Chủ đề ngừng sử dụng vẫn giữ các câu hỏi của nó; cấu trúc đề không thể dùng chủ đề đó. Chỉ Ban Tổ chức được thay đổi các chủ đề.</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>ngừng sử dụng</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>đang sử dụng</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <source>Topic %1 added.</source>
            <translation>Đã thêm chủ đề %1.</translation>
        </message>
        <message>
            <source>Select the topic to rename.</source>
            <translation>Hãy chọn chủ đề cần đổi tên.</translation>
        </message>
        <message>
            <source>Topic %1 is now named %2.</source>
            <translation>Chủ đề %1 nay có tên %2.</translation>
        </message>
        <message>
            <source>Select the topic to retire.</source>
            <translation>Hãy chọn chủ đề cần ngừng sử dụng.</translation>
        </message>
        <message>
            <source>Topic %1 retired.</source>
            <translation>Đã ngừng sử dụng chủ đề %1.</translation>
        </message>
    </context>
    <context>
        <name>Unit</name>
        <message>
            <source>Agency</source>
            <translation>Cơ quan</translation>
        </message>
        <message>
            <source>Commune / town</source>
            <translation>Xã, thị trấn</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Trường học</translation>
        </message>
        <message>
            <source>Mass organisation</source>
            <translation>Đoàn thể</translation>
        </message>
        <message>
            <source>Enterprise</source>
            <translation>Doanh nghiệp</translation>
        </message>
        <message>
            <source>Armed forces</source>
            <translation>Lực lượng vũ trang</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Khác</translation>
        </message>
    </context>
    <context>
        <name>UnitImporter</name>
        <message>
            <source>empty; every unit needs a code</source>
            <translation>để trống; mỗi đơn vị cần có mã</translation>
        </message>
        <message>
            <source>'%1': use only letters A-Z, digits, '.', '_' and '-'</source>
            <translation>'%1': chỉ dùng chữ cái A-Z, chữ số, '.', '_' và '-'</translation>
        </message>
        <message>
            <source>'%1' is already used on line %2</source>
            <translation>'%1' đã được dùng ở dòng %2</translation>
        </message>
        <message>
            <source>empty; every unit needs a name</source>
            <translation>để trống; mỗi đơn vị cần có tên</translation>
        </message>
        <message>
            <source>empty; use one of %1</source>
            <translation>để trống; dùng một trong các giá trị: %1</translation>
        </message>
        <message>
            <source>unknown kind '%1'; use one of %2</source>
            <translation>loại hình '%1' không hợp lệ; dùng một trong các giá trị: %2</translation>
        </message>
        <message>
            <source>empty; write the number of people, or 0 when it is not known</source>
            <translation>để trống; hãy ghi số người, hoặc 0 nếu chưa rõ</translation>
        </message>
        <message>
            <source>'%1' is not a whole number of people</source>
            <translation>'%1' không phải là số người hợp lệ (phải là số nguyên)</translation>
        </message>
        <message>
            <source>'%1': write 1 (may win a collective prize) or 0</source>
            <translation>'%1': ghi 1 (được xét giải tập thể) hoặc 0</translation>
        </message>
        <message>
            <source>no units in the file (only a header)</source>
            <translation>tệp không có đơn vị nào (chỉ có dòng tiêu đề)</translation>
        </message>
    </context>
    <context>
        <name>UnitParticipationReport</name>
        <message>
            <source>Participation by unit: %1</source>
            <translation>Tỷ lệ tham gia theo đơn vị: %1</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Hạng</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại hình</translation>
        </message>
        <message>
            <source>Headcount</source>
            <translation>Số cán bộ (biên chế)</translation>
        </message>
        <message>
            <source>Contestants</source>
            <translation>Số thí sinh</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Tỷ lệ tham gia</translation>
        </message>
        <message>
            <source>Average correct</source>
            <translation>Số câu đúng trung bình</translation>
        </message>
        <message>
            <source>Perfect scores</source>
            <translation>Số người đạt điểm tuyệt đối</translation>
        </message>
        <message>
            <source>%1: the report is written as .csv, .xlsx or .pdf</source>
            <translation>%1: báo cáo chỉ ghi được ở dạng .csv, .xlsx hoặc .pdf</translation>
        </message>
    </context>
    <context>
        <name>UnitReportPage</name>
        <message>
            <source>All kinds</source>
            <translation>Tất cả loại hình</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Xuất…</translation>
        </message>
        <message>
            <source>Save the report as CSV, Excel workbook or PDF</source>
            <translation>Lưu báo cáo thành tệp CSV, bảng tính Excel hoặc PDF</translation>
        </message>
        <message>
            <source>Kind of unit:</source>
            <translation>Loại hình đơn vị:</translation>
        </message>
        <message>
            <source>Export the per-unit report</source>
            <translation>Xuất báo cáo theo đơn vị</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</source>
            <translation>Bảng tính Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>UnitTableModel</name>
        <message>
            <source>✓ Yes</source>
            <translation>✓ Có</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Không</translation>
        </message>
        <message>
            <source>This unit cannot receive a collective prize (for example the organising office).</source>
            <translation>Đơn vị này không được xét giải tập thể (ví dụ: cơ quan thường trực Ban Tổ chức).</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại hình</translation>
        </message>
        <message>
            <source>Headcount</source>
            <translation>Số cán bộ (biên chế)</translation>
        </message>
        <message>
            <source>Collective prize</source>
            <translation>Giải tập thể</translation>
        </message>
    </context>
    <context>
        <name>UnitsPage</name>
        <message>
            <source>Units</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Offices, communes, schools and organisations whose people take part. They compete for the collective prizes and give the participation rate. Import them from a CSV file with the columns code, name, kind, headcount, collective_eligible.</source>
            <translation>Các cơ quan, xã, thị trấn, trường học và tổ chức có người tham gia dự thi. Các đơn vị này được xét giải tập thể và là căn cứ tính tỷ lệ tham gia. Nhập danh sách từ tệp CSV có các cột code, name, kind, headcount, collective_eligible.</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Tất cả loại hình</translation>
        </message>
        <message>
            <source>Import units</source>
            <translation>Nhập danh sách đơn vị</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s)</source>
            <translation>
                <numerusform>%Ln đơn vị</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln unit(s) shown</source>
            <translation>
                <numerusform>Đang hiển thị %1/%Ln đơn vị</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UserCommands</name>
        <message>
            <source>unknown role '%1' (committee, author, judge or secretary)</source>
            <translation>vai trò không xác định '%1' (committee, author, judge hoặc secretary)</translation>
        </message>
        <message>
            <source>New password for %1: </source>
            <translation>Mật khẩu mới của %1: </translation>
        </message>
        <message>
            <source>--role is required (usage: contestctl %1)</source>
            <translation>cần có --role (cách dùng: contestctl %1)</translation>
        </message>
        <message>
            <source>account %1 (%2) created
</source>
            <translation>đã tạo tài khoản %1 (%2)
</translation>
        </message>
        <message>
            <source>there is no account named %1</source>
            <translation>không có tài khoản nào tên %1</translation>
        </message>
        <message>
            <source>password of %1 changed
</source>
            <translation>đã đổi mật khẩu của %1
</translation>
        </message>
        <message>
            <source>%1 is now %2
</source>
            <translation>%1 nay có vai trò %2
</translation>
        </message>
        <message>
            <source>%1 disabled
</source>
            <translation>đã khóa tài khoản %1
</translation>
        </message>
        <message>
            <source>%1 enabled
</source>
            <translation>đã mở lại tài khoản %1
</translation>
        </message>
        <message>
            <source>%1 had no failed logins to forget
</source>
            <translation>%1 không có lần đăng nhập sai nào cần xóa
</translation>
        </message>
        <message>
            <source>%1 unlocked (%2 failed login(s) forgotten)
</source>
            <translation>đã mở khóa %1 (xóa %2 lần đăng nhập sai)
</translation>
        </message>
    </context>
    <context>
        <name>UserRepository</name>
        <message>
            <source>a user name is 1 to 64 letters, digits or . _ @ - (no spaces): '%1'</source>
            <translation>tên đăng nhập gồm 1 đến 64 chữ cái, chữ số hoặc . _ @ - (không có khoảng trắng): '%1'</translation>
        </message>
        <message>
            <source>a password needs at least %1 characters</source>
            <translation>mật khẩu cần ít nhất %1 ký tự</translation>
        </message>
        <message>
            <source>there is no account named %1</source>
            <translation>không có tài khoản nào tên %1</translation>
        </message>
        <message>
            <source>the first account must be the committee's (the administrator)</source>
            <translation>tài khoản đầu tiên phải là của Ban Tổ chức (quản trị viên)</translation>
        </message>
        <message>
            <source>an account named %1 exists already (names are compared without regard to case)</source>
            <translation>đã có tài khoản tên %1 (tên được so sánh không phân biệt chữ hoa, chữ thường)</translation>
        </message>
        <message>
            <source>%1 is the last active committee account: give another account the committee role first</source>
            <translation>%1 là tài khoản Ban Tổ chức cuối cùng đang hoạt động: hãy giao vai trò Ban Tổ chức cho một tài khoản khác trước</translation>
        </message>
        <message>
            <source>%1 is the last active committee account and cannot be disabled</source>
            <translation>%1 là tài khoản Ban Tổ chức cuối cùng đang hoạt động nên không thể khóa</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Committee members manage the accounts. Question authors write questions and see the answer keys; judges decide ties; secretaries print certificates and award lists. A disabled account can no longer log in; what it did stays in the audit log.</source>
            <translation>Thành viên Ban Tổ chức quản lý các tài khoản. Người soạn câu hỏi viết câu hỏi và xem đáp án; giám khảo xử lý đồng hạng; thư ký in giấy chứng nhận và danh sách khen thưởng. Tài khoản bị khóa không đăng nhập được nữa; những gì tài khoản đó đã làm vẫn còn trong nhật ký kiểm tra.</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Tên đăng nhập</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Ngày tạo</translation>
        </message>
        <message>
            <source>&amp;Add account…</source>
            <translation>&amp;Thêm tài khoản…</translation>
        </message>
        <message>
            <source>&amp;Reset password…</source>
            <translation>Đặt lại &amp;mật khẩu…</translation>
        </message>
        <message>
            <source>Change &amp;role…</source>
            <translation>Đổi &amp;vai trò…</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>&amp;Khóa</translation>
        </message>
        <message>
            <source>User accounts</source>
            <translation>Tài khoản người dùng</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>đã khóa</translation>
        </message>
        <message>
            <source>active</source>
            <translation>đang hoạt động</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>&amp;Mở khóa</translation>
        </message>
        <message>
            <source>Create the administrator account</source>
            <translation>Tạo tài khoản quản trị</translation>
        </message>
        <message>
            <source>Add account</source>
            <translation>Thêm tài khoản</translation>
        </message>
        <message>
            <source>The first account is the committee's administrator; it can add the others.</source>
            <translation>Tài khoản đầu tiên là quản trị viên của Ban Tổ chức; tài khoản này thêm được các tài khoản khác.</translation>
        </message>
        <message>
            <source>New password for %1</source>
            <translation>Mật khẩu mới cho %1</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>Đặt lại mật khẩu</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Đổi vai trò</translation>
        </message>
        <message>
            <source>New role of %1:</source>
            <translation>Vai trò mới của %1:</translation>
        </message>
        <message>
            <source>Disable account</source>
            <translation>Khóa tài khoản</translation>
        </message>
        <message>
            <source>Disable %1? The account can no longer log in.</source>
            <translation>Khóa %1? Tài khoản sẽ không đăng nhập được nữa.</translation>
        </message>
        <message>
            <source>Enable account</source>
            <translation>Mở khóa tài khoản</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Gỡ khóa đăng nhập</translation>
        </message>
        <message>
            <source>Forget the failed logins: lifts the wait after %1 failures and the lockout after %2</source>
            <translation>Xóa các lần đăng nhập sai: bỏ thời gian chờ sau %1 lần sai và lệnh khóa sau %2 lần</translation>
        </message>
        <message>
            <source>, locked after %1 failed logins</source>
            <translation>, bị khóa sau %1 lần đăng nhập sai</translation>
        </message>
        <message>
            <source>, %1 failed login(s)</source>
            <translation>, %1 lần đăng nhập sai</translation>
        </message>
        <message>
            <source>Unlock account</source>
            <translation>Gỡ khóa đăng nhập</translation>
        </message>
    </context>
    <context>
        <name>Utf8</name>
        <message>
            <source>%1:%2: the file is not UTF-8 text (byte 0x%3 is not valid UTF-8); save it as UTF-8 (in Excel: "CSV UTF-8") and try again</source>
            <translation>%1:%2: tệp không phải là văn bản UTF-8 (byte 0x%3 không hợp lệ trong UTF-8); hãy lưu tệp ở dạng UTF-8 (trong Excel: "CSV UTF-8") rồi thử lại</translation>
        </message>
    </context>
    <context>
        <name>WorkList</name>
        <message>
            <source>Approve questions for the bank: the contest cannot be published without them</source>
            <translation>Hãy duyệt câu hỏi cho ngân hàng câu hỏi: chưa có câu hỏi đã duyệt thì chưa thể công bố cuộc thi</translation>
        </message>
        <message>
            <source>Publish the contest to the online server, then pull the submissions</source>
            <translation>Công bố cuộc thi lên máy chủ trực tuyến, sau đó đồng bộ bài dự thi về</translation>
        </message>
        <message>
            <source>The contest is open: pull the new submissions from the online server</source>
            <translation>Cuộc thi đang diễn ra: hãy đồng bộ các bài dự thi mới từ máy chủ trực tuyến</translation>
        </message>
        <message>
            <source>The contest has closed: lock the results so that the certificates can be printed</source>
            <translation>Cuộc thi đã kết thúc: hãy chốt kết quả để có thể in Giấy chứng nhận</translation>
        </message>
        <message>
            <source>The results are not locked yet: the committee (Ban Tổ chức) locks them, then you can print</source>
            <translation>Kết quả chưa được chốt: Ban Tổ chức chốt kết quả, sau đó mới in được</translation>
        </message>
        <message>
            <source>The contest is still open: certificates are printed once it has closed and the committee (Ban Tổ chức) has locked the results</source>
            <translation>Cuộc thi vẫn đang diễn ra: Giấy chứng nhận được in sau khi cuộc thi kết thúc và Ban Tổ chức đã chốt kết quả</translation>
        </message>
        <message>
            <source>Nothing waits for you now.</source>
            <translation>Hiện không có việc nào đang chờ bạn.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln question(s) in draft wait for review</source>
            <translation>
                <numerusform>%Ln câu hỏi nháp đang chờ rà soát</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln reviewed question(s) wait for approval</source>
            <translation>
                <numerusform>%Ln câu hỏi đã rà soát đang chờ duyệt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln tie(s) at a prize boundary wait for your decision</source>
            <translation>
                <numerusform>%Ln trường hợp bằng điểm tại ranh giới giải đang chờ Ban Giám khảo phân xử</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln tie(s) at a prize boundary wait for the judges (Ban Giám khảo)</source>
            <translation>
                <numerusform>%Ln trường hợp bằng điểm tại ranh giới giải đang chờ Ban Giám khảo phân xử</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Results locked: %Ln certificate(s) and the award list of %1 prize(s) are ready to print</source>
            <translation>
                <numerusform>Kết quả đã chốt: %Ln Giấy chứng nhận và danh sách khen thưởng gồm %1 giải đã sẵn sàng để in</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkListPanel</name>
        <message>
            <source>To do:</source>
            <translation>Việc cần làm:</translation>
        </message>
        <message>
            <source>Hide the to-do list (it comes back at the next login)</source>
            <translation>Ẩn danh sách việc cần làm (danh sách hiện lại ở lần đăng nhập sau)</translation>
        </message>
    </context>
    <context>
        <name>contestctl</name>
        <message>
            <source>contestctl: unknown option %1 (see contestctl --help)
</source>
            <translation>contestctl: tùy chọn không xác định %1 (xem contestctl --help)
</translation>
        </message>
        <message>
            <source>contestctl: unknown command '%1' (see contestctl --help)
</source>
            <translation>contestctl: lệnh không xác định '%1' (xem contestctl --help)
</translation>
        </message>
        <message>
            <source>contestctl: usage:
  contestctl %1
</source>
            <translation>contestctl: cách dùng:
  contestctl %1
</translation>
        </message>
        <message>
            <source>contestctl: internal error: '%1' declares no required permission
</source>
            <translation>contestctl: lỗi nội bộ: '%1' không khai báo quyền cần có
</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Administration of online quiz contests.</source>
            <translation>Quản trị các cuộc thi trắc nghiệm trực tuyến.</translation>
        </message>
        <message>
            <source>The contest database to open (default: %1).</source>
            <translation>Cơ sở dữ liệu cuộc thi cần mở (mặc định: %1).</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>TỆP</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Mở cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>%1 cannot be opened:

%2

Create a new database or open another one from the File menu.</source>
            <translation>Không mở được %1:

%2

Hãy tạo cơ sở dữ liệu mới hoặc mở một cơ sở dữ liệu khác từ trình đơn Tệp.</translation>
        </message>
    </context>
</TS>
