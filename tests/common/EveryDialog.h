#pragma once

// Every dialog of the suite a test can build without a modal loop, on a demo database:
// the tests of the language and of small screens open the same list.

#include "AccountDialog.h"
#include "BackupBeforeSyncDialog.h"
#include "ConnectDatabaseDialog.h"
#include "LoginDialog.h"
#include "ProgressReportDialog.h"
#include "SignerNameDialog.h"
#include "SyncProgressDialog.h"
#include "TemplateEditorDialog.h"
#include "TieBreakDialog.h"
#include "printing/CertificateTemplate.h"
#include "results/Results.h"

#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <functional>
#include <memory>

namespace EveryDialog {

using Factory = std::function<QDialog*()>;

// `withTie`: results holding an unresolved tie (for the judges' dialog); kept alive by the
// caller while the dialogs are used.
inline QList<std::pair<QString, Factory>> list(Database& db, const Results& withTie)
{
    QList<std::pair<QString, Factory>> out = {
        {QStringLiteral("LoginDialog"), [&db] { return new LoginDialog(db); }},
        {QStringLiteral("AccountDialog"),
         [] {
             return new AccountDialog(QStringLiteral("Tài khoản mới"),
                                      QStringLiteral("Tạo tài khoản cho một thành viên."),
                                      std::nullopt);
         }},
        {QStringLiteral("SignerNameDialog"),
         [] { return new SignerNameDialog(QStringLiteral("TM. BAN TỔ CHỨC\nTRƯỞNG BAN")); }},
        {QStringLiteral("ProgressReportDialog"), [&db] { return new ProgressReportDialog(db); }},
        {QStringLiteral("ConnectDatabaseDialog"), [] { return new ConnectDatabaseDialog; }},
        {QStringLiteral("SyncProgressDialog"), [] { return new SyncProgressDialog; }},
        {QStringLiteral("BackupBeforeSyncDialog"),
         [] { return new BackupBeforeSyncDialog(true, QDir::tempPath(), 5); }},
        {QStringLiteral("PrintPreview"),
         [] {
             // The certificates' preview is Qt's own dialog around our pages.
             auto* printer = new QPrinter(QPrinter::HighResolution);
             auto* d = new QPrintPreviewDialog(printer);
             QObject::connect(d, &QObject::destroyed, [printer] { delete printer; });
             return d;
         }},
    };
    for (const QString& kind : CertificateTemplate::kinds())
        out.append({QStringLiteral("TemplateEditorDialog ") + kind,
                    [&db, kind] { return new TemplateEditorDialog(db, kind); }});
    if (!withTie.unresolvedTies.isEmpty())
        out.append({QStringLiteral("TieBreakDialog"), [&withTie] {
                        return new TieBreakDialog(withTie, withTie.unresolvedTies.first());
                    }});
    return out;
}

} // namespace EveryDialog
