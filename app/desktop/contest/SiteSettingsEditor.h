#pragma once

#include <QGroupBox>
#include <QMap>

class QLineEdit;
class QPlainTextEdit;

// The contest site's settings (docs/contest-site.md): its address, which the QR code of
// a printed certificate opens (/xac-minh/{code}), and the rules (thể lệ) its pages show.
class SiteSettingsEditor : public QGroupBox
{
    Q_OBJECT
public:
    explicit SiteSettingsEditor(QWidget* parent = nullptr);

    void setValues(const QString& siteUrl, const QString& rules);
    QString siteUrl() const;
    QString rules() const;
    // The field of each settings key ("site_url", "rules"), to mark a problem.
    const QMap<QString, QWidget*>& fieldWidgets() const { return m_fields; }

Q_SIGNALS:
    void changed();

private:
    QLineEdit* m_urlEdit = nullptr;
    QPlainTextEdit* m_rulesEdit = nullptr;
    QMap<QString, QWidget*> m_fields;
};
