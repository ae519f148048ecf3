#include "SiteHtml.h"

#include "ContestantForm.h"
#include "HtmlTemplate.h"

#include <QDateTime>
#include <QTimeZone>

namespace SiteHtml {

namespace {
QString esc(const QString& s)
{
    return HtmlTemplate::escape(s);
}

// One labelled field; a wrong one is marked aria-invalid and names its message.
QString field(const QString& id, const QString& label, const QString& control,
              const QJsonObject& errors)
{
    const QString error = errors.value(id).toString();
    QString html = QStringLiteral("<div class=\"field%1\"><label for=\"%2\">%3</label>")
                       .arg(error.isEmpty() ? QString() : QStringLiteral(" bad"), id, esc(label));
    QString input = control;
    if (!error.isEmpty())
        input.replace(
            QLatin1String(" id=\""),
            QStringLiteral(" aria-invalid=\"true\" aria-describedby=\"%1-error\" id=\"").arg(id));
    html += input;
    if (!error.isEmpty())
        html += QStringLiteral("<p class=\"error\" id=\"%1-error\">%2</p>").arg(id, esc(error));
    return html + QLatin1String("</div>\n");
}

QString textInput(const QString& id, const QString& type, const QString& value,
                  const QString& extra)
{
    return QStringLiteral("<input type=\"%1\" id=\"%2\" name=\"%2\" value=\"%3\" %4>")
        .arg(type, id, esc(value), extra);
}
} // namespace

QUrlQuery formBody(const QByteArray& body)
{
    QByteArray b = body;
    b.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(b));
}

QString formValue(const QUrlQuery& form, const QString& key)
{
    return form.queryItemValue(key, QUrl::FullyDecoded).left(1000);
}

QString entryFields(const PublishedContest& c, const QUrlQuery& v, const QJsonObject& errors)
{
    const auto value = [&](const char* key) { return formValue(v, QLatin1String(key)); };
    const int max = ContestantForm::kMaxText;
    QString html;
    html +=
        field(QStringLiteral("name"), QStringLiteral("Họ và tên *"),
              textInput(QStringLiteral("name"), QStringLiteral("text"), value("name"),
                        QStringLiteral("autocomplete=\"name\" maxlength=\"%1\" required").arg(max)),
              errors);
    html += QLatin1String("<div class=\"pair\">");
    html +=
        field(QStringLiteral("birth_year"), QStringLiteral("Năm sinh *"),
              textInput(QStringLiteral("birth_year"), QStringLiteral("number"), value("birth_year"),
                        QStringLiteral("inputmode=\"numeric\" min=\"1900\" max=\"2100\" required")),
              errors);
    QString gender = QStringLiteral("<select id=\"gender\" name=\"gender\" required><option "
                                    "value=\"\">Chọn giới tính</option>");
    for (const QString& g : ContestantForm::genders())
        gender += QStringLiteral("<option%1>%2</option>")
                      .arg(value("gender") == g ? QStringLiteral(" selected") : QString(), esc(g));
    html += field(QStringLiteral("gender"), QStringLiteral("Giới tính *"),
                  gender + QLatin1String("</select>"), errors);
    html += QLatin1String("</div><div class=\"pair\">");
    html += field(
        QStringLiteral("id_number"), QStringLiteral("Số CCCD"),
        textInput(QStringLiteral("id_number"), QStringLiteral("text"), value("id_number"),
                  QStringLiteral("inputmode=\"numeric\" autocomplete=\"off\" maxlength=\"20\"")),
        errors);
    html += field(QStringLiteral("phone"), QStringLiteral("Số điện thoại"),
                  textInput(QStringLiteral("phone"), QStringLiteral("tel"), value("phone"),
                            QStringLiteral("autocomplete=\"tel\" maxlength=\"20\"")),
                  errors);
    html += QLatin1String("</div>");
    QString unit = QStringLiteral(
        "<select id=\"unit\" name=\"unit\" required><option value=\"\">Chọn đơn vị</option>");
    for (const PublishedContest::Unit& u : c.units)
        unit +=
            QStringLiteral("<option value=\"%1\"%2>%3</option>")
                .arg(esc(u.code), value("unit") == u.code ? QStringLiteral(" selected") : QString(),
                     esc(u.name));
    html += field(QStringLiteral("unit"), QStringLiteral("Đơn vị công tác hoặc nơi cư trú *"),
                  unit + QLatin1String("</select>"), errors);
    html += field(
        QStringLiteral("address"), QStringLiteral("Địa chỉ"),
        textInput(QStringLiteral("address"), QStringLiteral("text"), value("address"),
                  QStringLiteral("autocomplete=\"street-address\" maxlength=\"%1\"").arg(max)),
        errors);
    return html;
}

QString errorSummary(const QJsonObject& errors)
{
    if (errors.isEmpty())
        return {};
    QString html =
        QStringLiteral("<div class=\"summary\" role=\"alert\"><p class=\"error\">Vui lòng "
                       "sửa các mục sau:</p><ul>");
    for (auto it = errors.begin(); it != errors.end(); ++it)
        html += QStringLiteral("<li><a href=\"#%1\">%2</a></li>")
                    .arg(esc(it.key()), esc(it.value().toString()));
    return html + QLatin1String("</ul></div>");
}

QString questions(const PublishedContest& c, const AttemptStore::Attempt& a)
{
    QString html;
    int n = 0;
    for (const QString& id : a.questions) {
        const PublishedContest::Question* q = c.question(id);
        if (!q)
            continue;
        ++n;
        const QString saved = a.answers.value(id).toString();
        html +=
            QStringLiteral("<fieldset class=\"question\" id=\"c%1\"><legend>Câu %1. %2</legend>\n")
                .arg(n)
                .arg(esc(q->text));
        for (const PublishedContest::Option& o : q->options) {
            const QString inputId = QStringLiteral("c%1-%2").arg(n).arg(esc(o.key));
            html += QStringLiteral(
                        "<div class=\"option\"><input type=\"radio\" name=\"q_%1\" id=\"%2\" "
                        "value=\"%3\" data-q=\"%1\"%4><label for=\"%2\">%3. %5</label></div>\n")
                        .arg(esc(id), inputId, esc(o.key),
                             saved == o.key ? QStringLiteral(" checked") : QString(), esc(o.text));
        }
        html += QLatin1String("</fieldset>\n");
    }
    return html;
}

QString dateTime(qint64 utcMs, int offsetMinutes)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(offsetMinutes * 60))
        .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString dateTime(const Timestamp& t)
{
    return dateTime(t.utcMs, t.offsetMinutes);
}

QString duration(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 60)
        return QStringLiteral("%1 giây").arg(s);
    return QStringLiteral("%1 phút %2 giây").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace SiteHtml
